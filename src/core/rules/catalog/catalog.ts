/**
 * The rule catalog: every rule R1–R70 of the rulebook (aks-rules.md) with its title, section, source
 * page, statement and the finding codes it raises. The project's own rule reference (docs/rules.md) and
 * docs/finding-codes.md are generated from it (`npm run docs`); the app's "how?" links read sources.ts.
 */
import type { Rule, RuleSection, RuleText } from './catalog-types.ts';
import { codesOfRule } from './finding-codes.ts';
import { RULE_TEXTS_A_G } from './rule-texts-a-g.ts';
import { RULE_TEXTS_H_R } from './rule-texts-h-r.ts';
import { ruleSource, type RuleId } from './sources.ts';

/** The rulebook's sections with their rules, in rulebook order (section M, the overlap matrix, has no rule). */
export const RULE_SECTIONS: ReadonlyArray<RuleSection & { readonly rules: readonly RuleId[] }> = [
  { letter: 'A', title: 'CIDR input handling', rules: ['R1', 'R2'] },
  {
    letter: 'B',
    title: 'Azure virtual network and subnet rules',
    rules: ['R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R58', 'R59'],
  },
  { letter: 'C', title: 'What consumes node-subnet IPs', rules: ['R10', 'R11', 'R12', 'R13', 'R65'] },
  {
    letter: 'D',
    title: 'Azure CNI Overlay pod CIDR',
    rules: ['R14', 'R15', 'R16', 'R17', 'R18', 'R19', 'R20'],
  },
  { letter: 'E', title: 'Kubenet (legacy, retiring 2028-03-31)', rules: ['R21', 'R66', 'R22', 'R23', 'R24'] },
  {
    letter: 'F',
    title: 'Azure CNI Pod Subnet (flat, dynamic or static block)',
    rules: ['R25', 'R26', 'R27', 'R57'],
  },
  { letter: 'G', title: 'Max pods per node', rules: ['R28', 'R29'] },
  {
    letter: 'H',
    title: 'Cluster and node-pool limits',
    rules: ['R30', 'R31', 'R61', 'R62', 'R32', 'R33', 'R34', 'R67'],
  },
  { letter: 'I', title: 'Upgrades and surge', rules: ['R35', 'R36', 'R37', 'R38', 'R69'] },
  { letter: 'J', title: 'Service CIDR', rules: ['R39', 'R40', 'R41', 'R42', 'R43'] },
  { letter: 'K', title: 'DNS service IP', rules: ['R44'] },
  { letter: 'L', title: 'Reserved ranges AKS refuses', rules: ['R45', 'R46'] },
  {
    letter: 'N',
    title: 'Dual-stack (IPv4/IPv6)',
    rules: ['R47', 'R48', 'R49', 'R50', 'R51', 'R52', 'R53', 'R54', 'R55', 'R60'],
  },
  { letter: 'O', title: 'BYO CNI', rules: ['R56'] },
  { letter: 'P', title: 'Data plane and network policy', rules: ['R63'] },
  { letter: 'Q', title: 'Egress and ingress', rules: ['R64', 'R68'] },
  { letter: 'R', title: 'Sizing advice', rules: ['R70'] },
];

const TEXTS: Readonly<Record<RuleId, RuleText>> = { ...RULE_TEXTS_A_G, ...RULE_TEXTS_H_R };

/**
 * Every rule of the catalog, in rulebook order.
 *
 * @example ruleCatalog().find((rule) => rule.id === 'R4')?.statement // "A subnet's usable addresses are its size minus the 5 Azure reserves: …"
 */
export function ruleCatalog(): Rule[] {
  return RULE_SECTIONS.flatMap(({ rules, ...section }) =>
    rules.map((id) => ({
      id,
      ...TEXTS[id],
      section,
      // Every RuleId has a source (sources.ts); the fallback only satisfies the type.
      source: ruleSource(id) ?? { title: '', url: '' },
      codes: codesOfRule(id),
    })),
  );
}
