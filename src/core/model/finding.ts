import type { Finding, FindingCode, Severity } from '../types.ts';

/**
 * Builds a finding; `path` is left out when undefined (exactOptionalPropertyTypes).
 *
 * @example finding('CIDR_INVALID', 'error', 'R1', 'cluster.podCidrs[0]', 'Pod CIDR …') // { code: 'CIDR_INVALID', … }
 */
export function finding(
  code: FindingCode,
  severity: Severity,
  rule: string,
  path: string | undefined,
  message: string,
  extra?: FindingExtra,
): Finding {
  const base: Finding =
    path === undefined ? { code, severity, rule, message } : { code, severity, rule, message, path };
  return extra === undefined ? base : { ...base, ...extra };
}

/** Fields some findings carry beside the message: the canonical network (R1), the advised prefix (R70). */
export type FindingExtra = Pick<Finding, 'canonical' | 'advisedPrefix'>;

/**
 * Findings of one code a report lists; the rest are counted in one more finding of that code. A plan
 * file or link may hold 10,000 pools with the same mistake: listing every one made reports of tens of
 * thousands of findings, slow to build and to show, and no more useful than the first hundred.
 */
export const MAX_FINDINGS_PER_CODE = 100;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * A finding's message, or a function that builds it: a rule run for each of 10,000 pools passes a
 * function, so only the findings a report lists (MAX_FINDINGS_PER_CODE of a code) build their text.
 */
export type FindingMessage = string | (() => string);

/**
 * Collects findings while the rules run.
 *
 * @example findings.add('POOL_NAME_INVALID', 'error', 'R32', 'nodePools[0].name', () => `Node pool name "X" is invalid…`)
 */
export class FindingList {
  /** The findings listed: at most MAX_FINDINGS_PER_CODE of each code, in the order they were added. */
  readonly items: Finding[] = [];
  /** Paths of errors (listed or only counted), in the order added; hasAt indexes them when asked. */
  private readonly errorPaths: string[] = [];
  /** errorPaths[0 … indexed) as a set: most error paths (10,000 pools' worth) are never asked about. */
  private readonly errorPathSet = new Set<string>();
  private indexed = 0;
  /** Every path a finding was added at, listed or only counted. */
  private readonly paths: string[] = [];
  private readonly perCode = new Map<FindingCode, number>();
  /** Per code past the limit: how many more, the worst severity and the rule. */
  private readonly unlisted = new Map<FindingCode, { count: number; severity: Severity; rule: string }>();

  add(
    code: FindingCode,
    severity: Severity,
    rule: string,
    path: string | undefined,
    message: FindingMessage,
    extra?: FindingExtra | (() => FindingExtra),
  ): void {
    if (path !== undefined) {
      this.paths.push(path);
      if (severity === 'error') this.errorPaths.push(path);
    }
    const count = (this.perCode.get(code) ?? 0) + 1;
    this.perCode.set(code, count);
    if (count <= MAX_FINDINGS_PER_CODE) {
      this.items.push(
        finding(
          code,
          severity,
          rule,
          path,
          typeof message === 'string' ? message : message(),
          typeof extra === 'function' ? extra() : extra,
        ),
      );
      return;
    }
    const more = this.unlisted.get(code);
    if (more === undefined) this.unlisted.set(code, { count: 1, severity, rule });
    else {
      more.count += 1;
      if (SEVERITY_RANK[severity] < SEVERITY_RANK[more.severity]) more.severity = severity;
    }
  }

  /** True when a finding of this severity (default error) is already recorded for the path. */
  hasAt(path: string, severity: Severity = 'error'): boolean {
    if (severity === 'error') {
      for (; this.indexed < this.errorPaths.length; this.indexed++)
        this.errorPathSet.add(this.errorPaths[this.indexed] ?? '');
      return this.errorPathSet.has(path);
    }
    return this.items.some((item) => item.path === path && item.severity === severity);
  }

  has(code: FindingCode): boolean {
    return this.perCode.has(code);
  }

  /** Every path a finding was added at, listed or not. */
  allPaths(): readonly string[] {
    return this.paths;
  }

  /** The listed findings, then one per code that had more than MAX_FINDINGS_PER_CODE, counting the rest. */
  listed(): Finding[] {
    const out = [...this.items];
    for (const [code, { count, severity, rule }] of this.unlisted) {
      out.push(
        finding(
          code,
          severity,
          rule,
          undefined,
          `${count.toLocaleString('en-US')} more ${code} findings like the ones above are not listed; a report lists at most ${MAX_FINDINGS_PER_CODE} of one kind. Fix those first.`,
        ),
      );
    }
    return out;
  }
}
