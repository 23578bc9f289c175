/** The shapes of the rule catalog: the project's own copy of the rulebook (aks-rules.md) in code. */

/**
 * How severe a code's findings are: one severity, or two when the core chooses per finding
 * (CIDR_HOST_BITS_SET is an error on VNet and subnet prefixes and a warning on the other CIDRs).
 */
export type CodeSeverity = 'error' | 'warning' | 'info' | 'error or warning' | 'warning or info';

/** One finding code: its severity, the rules (and rulebook decisions D1–D23) behind it, and when it is raised. */
export interface CodeEntry {
  readonly severity: CodeSeverity;
  /** Rule numbers (R1–R70) and decisions (D1–D23) in the rulebook's §4 order; empty for non-rule codes. */
  readonly rules: readonly string[];
  /** When the core raises it, in one or two sentences. */
  readonly when: string;
}

/** A rulebook section: the letter and its heading (aks-rules.md §1). */
export interface RuleSection {
  readonly letter: string;
  readonly title: string;
}

/** The page a rule cites, as a link a reviewer can follow. */
export interface RuleSource {
  readonly title: string;
  readonly url: string;
}

/** The words of one rule: its title and what it says, with its numbers. */
export interface RuleText {
  readonly title: string;
  readonly statement: string;
}

/** One rule of the catalog, R1–R70. */
export interface Rule extends RuleText {
  /** R1 … R70; numbers never change. */
  readonly id: string;
  readonly section: RuleSection;
  readonly source: RuleSource;
  /** The finding codes that name this rule, in catalog order. */
  readonly codes: readonly string[];
}
