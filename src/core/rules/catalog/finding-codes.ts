/**
 * Every finding code the core can emit, as one typed union: a typo in a code is a type error. The
 * tables live beside this file (rule codes by rulebook section, then the non-rule groups); the app's
 * first load imports only the types, so the `when` texts cost nothing there.
 */
import type { CodeEntry } from './catalog-types.ts';
import {
  AZURE_IMPORT_CODE_ENTRIES,
  EXPORT_CODES,
  FORM_CODES,
  INTERNAL_CODES,
  PLAN_CODES,
  PROPOSAL_CODES,
  SHARE_CODES,
} from './other-codes.ts';
import { RULE_CODES_A_G } from './rule-codes-a-g.ts';
import { RULE_CODES_H_R } from './rule-codes-h-r.ts';

/** The rulebook's §4 codes, raised by evaluatePlan. */
export type RuleCode = keyof typeof RULE_CODES_A_G | keyof typeof RULE_CODES_H_R;
/** parsePlanDocument's codes (PLAN_*). */
export type PlanCode = keyof typeof PLAN_CODES;
/** decodePlan's codes (SHARE_*). */
export type ShareCode = keyof typeof SHARE_CODES;
/** proposePlan's codes (PROPOSAL_*). */
export type ProposalCode = keyof typeof PROPOSAL_CODES;
/** The exporters' codes (EXPORT_*). */
export type ExportCode = keyof typeof EXPORT_CODES;
/** importAzureJson's codes (AZURE_IMPORT_*). */
export type AzureImportCode = keyof typeof AZURE_IMPORT_CODE_ENTRIES;
/** The app form's codes (FIELD_*): raised by src/state, not by the core. */
export type FormCode = keyof typeof FORM_CODES;
/** Every code a finding can carry: the core's, and the app form's two. */
export type FindingCode =
  | RuleCode
  | PlanCode
  | ShareCode
  | ProposalCode
  | ExportCode
  | AzureImportCode
  | FormCode
  | keyof typeof INTERNAL_CODES;

/** One group of codes: who raises them, and the codes in catalog order. */
export interface CodeGroup {
  readonly id: 'plan' | 'share' | 'rule' | 'proposal' | 'export' | 'import' | 'internal' | 'form';
  readonly codes: Readonly<Partial<Record<FindingCode, CodeEntry>>>;
}

/** The rulebook's §4 codes with their entries, in rulebook order. */
export const RULE_CODES: Readonly<Record<RuleCode, CodeEntry>> = { ...RULE_CODES_A_G, ...RULE_CODES_H_R };

/** The code groups in the order docs/finding-codes.md lists them. */
export const CODE_GROUPS: readonly CodeGroup[] = [
  { id: 'plan', codes: PLAN_CODES },
  { id: 'share', codes: SHARE_CODES },
  { id: 'rule', codes: RULE_CODES },
  { id: 'internal', codes: INTERNAL_CODES },
  { id: 'proposal', codes: PROPOSAL_CODES },
  { id: 'export', codes: EXPORT_CODES },
  { id: 'import', codes: AZURE_IMPORT_CODE_ENTRIES },
  { id: 'form', codes: FORM_CODES },
];

/** Every code of the catalog with its entry, in catalog order. */
export const FINDING_CODES: Readonly<Record<FindingCode, CodeEntry>> = {
  ...PLAN_CODES,
  ...SHARE_CODES,
  ...RULE_CODES_A_G,
  ...RULE_CODES_H_R,
  ...INTERNAL_CODES,
  ...PROPOSAL_CODES,
  ...EXPORT_CODES,
  ...AZURE_IMPORT_CODE_ENTRIES,
  ...FORM_CODES,
};

/**
 * The rule codes (§4) that name a rule or a decision, in rulebook order.
 *
 * @example codesOfRule('R44').length // 6: DNS_IP_NOT_IPV4 … DNS_IP_NOT_DOT10
 */
export function codesOfRule(rule: string): RuleCode[] {
  return (Object.keys(RULE_CODES) as RuleCode[]).filter((code) => RULE_CODES[code].rules.includes(rule));
}
