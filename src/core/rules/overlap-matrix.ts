/** The plan's own kinds of address range, as the overlap rules tell them apart. */
export type PlanRangeKind = 'vnet' | 'subnet' | 'pod' | 'podExpansion' | 'service' | 'connected';

/**
 * Pairs of ranges that may not share an address, and the rule that says so (aks-rules matrix M:
 * R8 for the VNet, its subnets and connected networks, R18 for pod CIDRs, R43 for service CIDRs).
 * The one home of the matrix: the overlap rules and the address map both read it.
 */
const OVERLAP_ERRORS: readonly { a: PlanRangeKind; b: PlanRangeKind; rule: string }[] = [
  { a: 'pod', b: 'subnet', rule: 'R18' },
  { a: 'podExpansion', b: 'subnet', rule: 'R18' },
  { a: 'pod', b: 'service', rule: 'R43' },
  { a: 'podExpansion', b: 'service', rule: 'R43' },
  { a: 'pod', b: 'connected', rule: 'R18' },
  { a: 'podExpansion', b: 'connected', rule: 'R18' },
  { a: 'service', b: 'subnet', rule: 'R43' },
  { a: 'service', b: 'connected', rule: 'R43' },
  { a: 'vnet', b: 'connected', rule: 'R8' },
  { a: 'subnet', b: 'connected', rule: 'R8' },
  { a: 'subnet', b: 'subnet', rule: 'R8' },
  { a: 'vnet', b: 'vnet', rule: 'R8' },
];

/**
 * The rule an overlap of a range of kind `a` with one of kind `b` breaks, or null when the two may
 * share addresses (a subnet inside its VNet, a pod CIDR in VNet space with no subnet: a warning).
 *
 * @example overlapErrorRule('service', 'connected') // 'R43'
 */
export function overlapErrorRule(a: string, b: string): string | null {
  for (const entry of OVERLAP_ERRORS) {
    if ((entry.a === a && entry.b === b) || (entry.a === b && entry.b === a)) return entry.rule;
  }
  return null;
}
