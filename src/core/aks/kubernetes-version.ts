/** A Kubernetes version compared by major and minor only (aks-rules R35: the patch is ignored). */
export interface KubernetesVersion {
  major: number;
  minor: number;
}

const VERSION = /^v?(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})(?:\.(0|[1-9][0-9]{0,3}))?$/;

/**
 * Parses `1.33`, `1.33.2` or `v1.33.2`; anything else is null. Never throws.
 *
 * @example parseKubernetesVersion('1.9.11') // { major: 1, minor: 9 }
 */
export function parseKubernetesVersion(text: string): KubernetesVersion | null {
  const match = VERSION.exec(text.trim());
  if (match?.[1] === undefined || match[2] === undefined) return null;
  return { major: Number(match[1]), minor: Number(match[2]) };
}

/**
 * True when `version` is `major.minor` or later (1.9 < 1.10 < 1.32).
 *
 * @example kubernetesVersionAtLeast({ major: 1, minor: 10 }, 1, 9) // true
 */
export function kubernetesVersionAtLeast(version: KubernetesVersion, major: number, minor: number): boolean {
  return version.major > major || (version.major === major && version.minor >= minor);
}
