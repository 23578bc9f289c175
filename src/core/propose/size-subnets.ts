import {
  AGC_DELEGATION,
  AGC_MIN_AVAILABLE_IPS,
  APISERVER_SUBNET_MIN_PREFIX,
  SUBNET_MIN_PREFIX_IPV4,
} from '../model/constants.ts';
import { smallestSubnetPrefixFor } from '../model/capacity.ts';
import { formatCount } from '../model/format.ts';
import type { ResolvedPlan, ResolvedPool, ResolvedSubnet } from '../model/resolve-plan.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';
import { subnetUsages } from '../model/subnet-usage.ts';

export type SizedRole = 'nodes' | 'pods' | 'apiServer' | 'appGatewayForContainers';

/** One subnet the proposal sizes: its role, the IPs it must hold and the prefix that holds them. */
export interface SubnetNeed {
  subnet: ResolvedSubnet;
  role: SizedRole;
  /** IPs the subnet must hold (during upgrade for nodes and pods, R70). */
  neededIps: number;
  /** The longest IPv4 prefix that holds them; null when even a /2 is too small. */
  prefixLength: number | null;
  /** Plain words with the arithmetic. */
  reason: string;
  /** A dual-stack node subnet (R60), or a dual-stack StaticBlock pod subnet (D19), needs an IPv6 /64. */
  needsIpv6: boolean;
}

const TERMS_LISTED = 5;

/** "system (3 + 1 surge) × 1 + apps (20 + 2 surge) × 1" with the rest of the pools counted. */
function poolTerms(pools: readonly ResolvedPool[], perNode: (pool: ResolvedPool) => number): string {
  const listed = pools
    .slice(0, TERMS_LISTED)
    .map(
      (p) =>
        `${p.name} (${formatCount(p.plannedNodes)} + ${formatCount(p.surgeNodes)} surge) × ${perNode(p)}`,
    );
  const rest = pools.length - TERMS_LISTED;
  return listed.join(' + ') + (rest > 0 ? ` + ${formatCount(rest)} more pools` : '');
}

function usableAt(prefixLength: number): bigint {
  return (1n << BigInt(32 - prefixLength)) - 5n;
}

/** "→ /26 (59 usable; a /27 has 27)": the chosen prefix and why one smaller would not do. */
function prefixClause(prefixLength: number | null, floor: number): string {
  if (prefixLength === null) return '→ more than a /2 holds: split the pools across subnets';
  const smaller =
    prefixLength < floor
      ? `; a /${prefixLength + 1} has ${formatCount(usableAt(prefixLength + 1))}`
      : `, the smallest allowed`;
  return `→ /${prefixLength} (${formatCount(usableAt(prefixLength))} usable${smaller})`;
}

function isAgc(subnet: ResolvedSubnet): boolean {
  return (
    (subnet.purposeStated as string | null) === 'appGatewayForContainers' ||
    subnet.delegatedTo?.toLowerCase() === AGC_DELEGATION.toLowerCase()
  );
}

function otherTerm(usage: SubnetUsage): string {
  const parts: string[] = [];
  if (usage.subnet.otherIps > 0) parts.push(`${formatCount(usage.subnet.otherIps)} other IPs`);
  if (usage.privateEndpoint > 0) parts.push('1 private endpoint');
  return parts.map((p) => ` + ${p}`).join('');
}

function needOf(usage: SubnetUsage, plan: ResolvedPlan): SubnetNeed | null {
  const { subnet } = usage;
  const dualStack = plan.families.includes('IPv6');
  if (isAgc(subnet)) {
    const neededIps = AGC_MIN_AVAILABLE_IPS + subnet.otherIps;
    const prefixLength = smallestSubnetPrefixFor(neededIps);
    return {
      subnet,
      role: 'appGatewayForContainers',
      neededIps,
      prefixLength,
      reason: `Application Gateway for Containers needs 250 available IPs${subnet.otherIps > 0 ? ` + ${formatCount(subnet.otherIps)} other IPs` : ''} = ${formatCount(neededIps)} ${prefixClause(prefixLength, SUBNET_MIN_PREFIX_IPV4)} (R68).`,
      needsIpv6: false,
    };
  }
  if (usage.roles.has('apiServer')) {
    const neededIps = usage.ipsDuringUpgrade;
    const fit = smallestSubnetPrefixFor(neededIps);
    const prefixLength = fit === null ? null : Math.min(fit, APISERVER_SUBNET_MIN_PREFIX);
    const clusters = subnet.sharedByClusters;
    return {
      subnet,
      role: 'apiServer',
      neededIps,
      prefixLength,
      reason: `API Server VNet Integration reserves 9 IPs per cluster: 9 × ${clusters}${otherTerm(usage)} = ${formatCount(neededIps)}, and the subnet is at least a /28 ${prefixClause(prefixLength, APISERVER_SUBNET_MIN_PREFIX)} (R12).`,
      needsIpv6: false,
    };
  }
  if (usage.podPools.length > 0) {
    const neededIps = usage.ipsDuringUpgrade;
    const prefixLength = smallestSubnetPrefixFor(neededIps);
    const staticBlock = usage.podPools.every((p) => p.podIpAllocationMode === 'StaticBlock');
    return {
      subnet,
      role: 'pods',
      neededIps,
      prefixLength,
      reason: `Pod IPs during upgrade: ${poolTerms(usage.podPools, (p) => p.podSubnetIpsPerNodeDuringUpgrade)} IPs per node${otherTerm(usage)} = ${formatCount(neededIps)} ${prefixClause(prefixLength, SUBNET_MIN_PREFIX_IPV4)} (R57, R70).`,
      needsIpv6: dualStack && staticBlock,
    };
  }
  if (usage.nodePools.length > 0) {
    const neededIps = usage.ipsDuringUpgrade;
    const prefixLength = smallestSubnetPrefixFor(neededIps);
    return {
      subnet,
      role: 'nodes',
      neededIps,
      prefixLength,
      reason: `Node IPs during upgrade: ${poolTerms(usage.nodePools, (p) => p.ipsPerNode)}${otherTerm(usage)} = ${formatCount(neededIps)} ${prefixClause(prefixLength, SUBNET_MIN_PREFIX_IPV4)} (R13, R70).`,
      needsIpv6: dualStack,
    };
  }
  return null;
}

/**
 * Every subnet the plan's pools, API server or AGC use, sized at the smallest IPv4 prefix that holds
 * what it needs during an upgrade (R13, R57, R12, R68, R70), in plan order. Subnets nothing uses are
 * left as they are. The arithmetic is the evaluator's (subnetUsages), so the two always agree.
 *
 * @example subnetNeeds(plan)[0] // { role: 'nodes', neededIps: 4, prefixLength: 29, … } for one pool of 3 nodes at 10 % surge
 */
export function subnetNeeds(plan: ResolvedPlan): SubnetNeed[] {
  if (plan.managedVnet) return [];
  const needs: SubnetNeed[] = [];
  for (const usage of subnetUsages(plan)) {
    const need = needOf(usage, plan);
    if (need !== null) needs.push(need);
  }
  return needs;
}
