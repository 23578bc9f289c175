/** A Kubernetes version compared by major and minor only (aks-rules R35: the patch is ignored). */
export interface KubernetesVersion {
  major: number;
  minor: number;
}

const VERSION = /^v?(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})(?:\.(0|[1-9][0-9]{0,3}))?$/;

/**
 * Parses `1.33`, `1.33.2` or `v1.33.2` (major 1, minor 9–99: versions AKS has run); anything else,
 * `1.2` included, is null. Never throws.
 *
 * @example parseKubernetesVersion('1.9.11') // { major: 1, minor: 9 }
 */
export function parseKubernetesVersion(text: string): KubernetesVersion | null {
  const match = VERSION.exec(text.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  const version = { major: Number(match[1]), minor: Number(match[2]) };
  // Kubernetes 1.x since AKS's first versions (1.9); `1.2`, `2.0` or `1.100` are typing slips.
  return version.major === 1 && version.minor >= 9 && version.minor <= 99 ? version : null;
}

/**
 * True when `version` is `major.minor` or later (1.9 < 1.10 < 1.32).
 *
 * @example kubernetesVersionAtLeast({ major: 1, minor: 10 }, 1, 9) // true
 */
export function kubernetesVersionAtLeast(version: KubernetesVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}
