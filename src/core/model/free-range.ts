import type { Cidr } from '../ip/cidr.ts';
import { cidrOf, formatCidr } from '../ip/cidr.ts';
import { CidrIndex } from '../ip/cidr-index.ts';
import { AKS_RESERVED_RANGES, DOCKER_BRIDGE_LEGACY_RANGE, MULTICAST_RANGES } from '../ip/special-ranges.ts';
import { connectedPrefixIndex, subnetPrefixIndex } from './prefix-index.ts';
import type { ParsedPrefix, ResolvedPlan } from './resolve-plan.ts';

/** Where a pod or service range is looked for, in order (private space only). */
const SEARCH_SPACE = {
  pods: ['100.64.0.0/10', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fd00::/8'],
  services: ['172.16.0.0/12', '192.168.0.0/16', '10.0.0.0/8', '100.64.0.0/10', 'fd00::/8'],
} as const;

/** Candidates tried per search space: enough for crowded plans, bounded for hostile ones. */
const CANDIDATES_PER_SPACE = 4096;

/** Everything in the plan a suggested range must avoid, besides subnets and connected networks. */
function otherRanges(plan: ResolvedPlan, except: ParsedPrefix): CidrIndex<Cidr> {
  const taken: Cidr[] = [];
  for (const range of [...plan.vnetSpace, ...plan.podCidrs, ...plan.serviceCidrs, plan.podCidrExpansion]) {
    if (range !== null && range !== except) taken.push(range.cidr);
  }
  for (const reserved of [...AKS_RESERVED_RANGES, DOCKER_BRIDGE_LEGACY_RANGE, ...MULTICAST_RANGES]) {
    taken.push(reserved.cidr);
  }
  return new CidrIndex(taken, (cidr) => cidr);
}

/**
 * A range as large as `prefix`, in private space, that nothing in the plan uses: no VNet space, subnet,
 * connected network, other pod or service CIDR, AKS-reserved range or the old Docker bridge. It goes in
 * an overlap finding's message, so the advice never names a range that collides too. Null when the
 * first 4,096 aligned blocks of each private space are all taken.
 *
 * @example freeRangeLike(plan with VNet 10.0.0.0/16, service CIDR 10.0.0.0/16, 'services') // '172.16.0.0/16'
 */
export function freeRangeLike(
  plan: ResolvedPlan,
  prefix: ParsedPrefix,
  purpose: keyof typeof SEARCH_SPACE,
): string | null {
  const range = prefix.cidr;
  const others = otherRanges(plan, prefix);
  const subnets = subnetPrefixIndex(plan);
  const connected = connectedPrefixIndex(plan);
  const isTaken = (candidate: Cidr): boolean =>
    others.overlapping(candidate, 0).total > 0 ||
    subnets.overlapping(candidate, 0).total > 0 ||
    connected.overlapping(candidate, 0).total > 0;
  const bits = range.family === 'IPv4' ? 32n : 128n;
  const step = 1n << (bits - BigInt(range.prefixLength));
  for (const text of SEARCH_SPACE[purpose]) {
    const space = cidrOf(text);
    if (space.family !== range.family || space.prefixLength > range.prefixLength) continue;
    const blocks = 1n << BigInt(range.prefixLength - space.prefixLength);
    const tries = blocks < BigInt(CANDIDATES_PER_SPACE) ? Number(blocks) : CANDIDATES_PER_SPACE;
    for (let i = 0; i < tries; i++) {
      const candidate: Cidr = {
        family: range.family,
        network: space.network + BigInt(i) * step,
        prefixLength: range.prefixLength,
      };
      if (!isTaken(candidate)) return formatCidr(candidate);
    }
  }
  return null;
}
