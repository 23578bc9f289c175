import { CidrIndex } from '../ip/cidr-index.ts';
import type { ParsedPrefix, ResolvedConnectedNetwork, ResolvedPlan, ResolvedSubnet } from './resolve-plan.ts';

export interface SubnetPrefix {
  subnet: ResolvedSubnet;
  prefix: ParsedPrefix;
}

export interface ConnectedPrefix {
  network: ResolvedConnectedNetwork;
  prefix: ParsedPrefix;
}

interface PrefixIndexes {
  subnets: CidrIndex<SubnetPrefix>;
  connected: CidrIndex<ConnectedPrefix>;
}

/** Built once per evaluation: a plan may hold thousands of subnets and connected networks. */
const cache = new WeakMap<ResolvedPlan, PrefixIndexes>();

function build(plan: ResolvedPlan): PrefixIndexes {
  // Made at their final size: these lists hold 20,000 entries in a large plan.
  let count = 0;
  for (const subnet of plan.subnets) count += subnet.prefixes.length;
  const subnets = new Array<SubnetPrefix>(count);
  count = 0;
  for (const subnet of plan.subnets)
    for (const prefix of subnet.prefixes) subnets[count++] = { subnet, prefix };
  count = 0;
  for (const network of plan.connected) count += network.prefixes.length;
  const connected = new Array<ConnectedPrefix>(count);
  count = 0;
  for (const network of plan.connected)
    for (const prefix of network.prefixes) connected[count++] = { network, prefix };
  return {
    subnets: new CidrIndex(subnets, (hit) => hit.prefix.cidr),
    connected: new CidrIndex(connected, (hit) => hit.prefix.cidr),
  };
}

function indexes(plan: ResolvedPlan): PrefixIndexes {
  let found = cache.get(plan);
  if (found === undefined) {
    found = build(plan);
    cache.set(plan, found);
  }
  return found;
}

/**
 * Every subnet prefix of the plan, in plan order, indexed once per evaluation and shared by the rules
 * that ask about them (R8 subnet overlaps, R18 and R43 pod and service overlaps): a 10,000-subnet plan
 * is sorted once.
 *
 * @example subnetPrefixIndex(plan).overlapping(cidrOf('10.244.0.0/16'), 3) // the subnet prefixes a pod CIDR overlaps
 */
export function subnetPrefixIndex(plan: ResolvedPlan): CidrIndex<SubnetPrefix> {
  return indexes(plan).subnets;
}

/**
 * Every connected-network prefix of the plan, in plan order, indexed once per evaluation.
 *
 * @example connectedPrefixIndex(plan).overlapping(cidrOf('10.0.0.0/16'), 3) // the peered prefixes a VNet space overlaps
 */
export function connectedPrefixIndex(plan: ResolvedPlan): CidrIndex<ConnectedPrefix> {
  return indexes(plan).connected;
}
