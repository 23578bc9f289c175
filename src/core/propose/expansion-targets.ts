import type { PlanDocument } from '../types.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrMask, formatCidr } from '../ip/cidr.ts';
import { cidrIsPrivate } from '../ip/special-ranges.ts';
import { OVERLAY_IPV4_NODE_BLOCK_PREFIX, POD_CIDR_WARN_SHORTER_THAN } from '../model/constants.ts';
import { podNodeBlocks } from '../model/capacity.ts';
import { FindingList } from '../model/finding.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import { podCidrOf, resolvePlan } from '../model/resolve-plan.ts';
import { FreeSpace } from './free-space.ts';
import { connectedCidrs, NEVER_USED } from './avoid-ranges.ts';

export interface ExpansionTarget {
  cidr: string;
  maxNodes: number;
}

/**
 * The pod CIDR supersets a resolved overlay plan can expand to (R19), smallest first: each contains
 * the current IPv4 pod CIDR, stays private and clear of the VNet address space, every subnet, the
 * service CIDRs, connected networks and reserved ranges (R18, R43, R45), and is no larger than /8 (R15).
 * The list stops at the first target that reaches the cluster's node limit (a larger one adds no nodes).
 *
 * @example expansionTargetsOf(plan) // [{ cidr: '10.244.0.0/15', maxNodes: 512 }, …] for 10.244.0.0/16
 */
export function expansionTargetsOf(plan: ResolvedPlan): ExpansionTarget[] {
  if (plan.plugin !== 'overlay' || plan.pools.some((pool) => pool.osType === 'Windows')) return [];
  const current = podCidrOf(plan, 'IPv4');
  if (current === null) return [];
  const taken = new FreeSpace([...NEVER_USED, ...connectedCidrs(plan)]);
  for (const space of plan.vnetSpace) taken.add(space.cidr);
  for (const subnet of plan.subnets) for (const p of subnet.prefixes) taken.add(p.cidr);
  for (const service of plan.serviceCidrs) if (service !== null) taken.add(service.cidr);
  const targets: ExpansionTarget[] = [];
  for (let prefix = current.cidr.prefixLength - 1; prefix >= POD_CIDR_WARN_SHORTER_THAN; prefix--) {
    const superset: Cidr = {
      family: 'IPv4',
      network: current.cidr.network & cidrMask('IPv4', prefix),
      prefixLength: prefix,
    };
    // Everything but the current range itself must be free: check the two halves beside it level by level.
    if (!cidrIsPrivate(superset) || !clearBesides(taken, superset, current.cidr)) break;
    const blocks = podNodeBlocks(superset, OVERLAY_IPV4_NODE_BLOCK_PREFIX);
    const maxNodes = blocks < BigInt(plan.nodeLimit) ? Number(blocks) : plan.nodeLimit;
    targets.push({ cidr: formatCidr(superset), maxNodes });
    if (maxNodes >= plan.nodeLimit) break;
  }
  return targets;
}

/** True when `outer` minus `inner` (inner inside outer) overlaps nothing taken. */
function clearBesides(taken: FreeSpace, outer: Cidr, inner: Cidr): boolean {
  // The siblings of inner at every level up to outer cover outer minus inner exactly.
  for (let prefix = inner.prefixLength; prefix > outer.prefixLength; prefix--) {
    const size = 1n << BigInt(32 - prefix);
    const own = inner.network & cidrMask('IPv4', prefix);
    const sibling: Cidr = { family: 'IPv4', network: own ^ size, prefixLength: prefix };
    if (!taken.isFree(sibling)) return false;
  }
  return true;
}

/**
 * The valid pod CIDR expansion targets of a plan (R19), with the nodes each allows. Empty unless the
 * plan is an overlay cluster with Linux pools only. Pure; never throws.
 *
 * @example expansionTargets({ schemaVersion: 1, nodePools: [{ count: 3 }] })[0] // { cidr: '10.244.0.0/15', maxNodes: 512 }
 */
export function expansionTargets(plan: PlanDocument): ExpansionTarget[] {
  try {
    return expansionTargetsOf(resolvePlan(plan, new FindingList(), []));
  } catch {
    return [];
  }
}
