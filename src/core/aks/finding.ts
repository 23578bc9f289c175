import type { Finding, Severity } from '../types.ts';

/**
 * Builds a finding; `path` is left out when undefined (exactOptionalPropertyTypes).
 *
 * @example finding('CIDR_INVALID', 'error', 'R1', 'cluster.podCidrs[0]', 'Pod CIDR …') // { code: 'CIDR_INVALID', … }
 */
export function finding(
  code: string,
  severity: Severity,
  rule: string,
  path: string | undefined,
  message: string,
): Finding {
  return path === undefined ? { code, severity, rule, message } : { code, severity, rule, message, path };
}

/** Collects findings while the rules run. */
export class FindingList {
  readonly items: Finding[] = [];

  add(code: string, severity: Severity, rule: string, path: string | undefined, message: string): void {
    this.items.push(finding(code, severity, rule, path, message));
  }

  /** True when a finding of this severity (default error) is already recorded for the path. */
  hasAt(path: string, severity: Severity = 'error'): boolean {
    return this.items.some((item) => item.path === path && item.severity === severity);
  }

  has(code: string): boolean {
    return this.items.some((item) => item.code === code);
  }
}
