import type {
  NodePoolReport,
  PlanReport,
  PodRangeReport,
  ServiceRangeReport,
  SubnetReport,
} from '../types.ts';
import type { ResolvedPool } from '../model/resolve-plan.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';
import { formatCount } from '../model/format.ts';
import {
  AGC_MIN_AVAILABLE_IPS,
  APISERVER_SUBNET_MIN_PREFIX,
  AZURE_RESERVED_IPS_PER_SUBNET,
  SUBNET_MIN_PREFIX_IPV4,
} from '../model/constants.ts';

/** How a number comes about: the formula with the plan's values in it, and the rule it comes from. */
export interface Working {
  formula: string;
  rule: string;
}

const n = formatCount;

/** The prefix length of a range of `size` addresses (a power of two), from the evaluation's own count. */
function prefixOf(size: bigint, family: 'IPv4' | 'IPv6'): number {
  return (family === 'IPv4' ? 32 : 128) - (size.toString(2).length - 1);
}

function sumTerms(values: readonly number[]): string {
  return values.length <= 1 ? '' : `${values.map(n).join(' + ')} = `;
}

/**
 * @example podBlocksWorking(range) // { formula: '2^(24−16) = 256 blocks of /24', rule: 'R15' }
 */
export function podBlocksWorking(range: PodRangeReport): Working {
  if (range.blockPrefixLength === null) {
    return {
      formula: 'Bring-your-own CNI: AKS carves no per-node blocks from this range; it only routes to it.',
      rule: 'R56',
    };
  }
  return {
    formula: `2^(${range.blockPrefixLength}−${prefixOf(range.totalAddresses, range.family)}) = ${n(range.nodeBlocks)} blocks of /${range.blockPrefixLength}${range.family === 'IPv6' ? ' (one /80 per node, as AKS examples show)' : ''}`,
    rule: range.family === 'IPv6' ? 'R52' : 'R15',
  };
}

/**
 * @example podMaxNodesWorking(range, report) // { formula: 'min(256 blocks, 5,000 node limit) = 256 nodes', rule: 'R17' }
 */
export function podMaxNodesWorking(range: PodRangeReport, report: PlanReport): Working {
  if (!range.limitsNodes) {
    return {
      formula: `Not limited by this range; the cluster node limit is ${n(report.cluster.nodeLimit)}.`,
      rule: range.family === 'IPv6' ? 'R52' : 'R56',
    };
  }
  return {
    formula: `min(${n(range.nodeBlocks)} blocks, ${n(report.cluster.nodeLimit)} node limit) = ${n(range.maxNodes)} nodes`,
    rule: 'R17',
  };
}

/**
 * @example podMaxPodsWorking(range, report) // { formula: '256 nodes × 250 pods per node (largest maxPods) = 64,000 pods', rule: 'R17' }
 */
export function podMaxPodsWorking(range: PodRangeReport, report: PlanReport): Working {
  const perNode =
    range.maxNodes > 0
      ? range.maxPods / range.maxNodes
      : Math.max(0, ...report.nodePools.map((p) => p.maxPods));
  return {
    formula: `${n(range.maxNodes)} nodes × ${n(perNode)} pods per node (largest maxPods) = ${n(range.maxPods)} pods`,
    rule: 'R17',
  };
}

/**
 * @example podRequiredWorking(report, false) // { formula: 'Σ planned nodes (autoscaler maximums) = 3 + 10 = 13 blocks', rule: 'R16' }
 */
export function podRequiredWorking(report: PlanReport, duringUpgrade: boolean): Working {
  const nodes = report.nodePools.map((p) => p.nodes);
  const surge = report.nodePools.map((p) => p.surgeNodes);
  if (!duringUpgrade)
    return {
      formula: `Σ planned nodes (autoscaler maximums) = ${sumTerms(nodes)}${n(report.cluster.nodes)} blocks`,
      rule: 'R16',
    };
  return {
    formula: `${n(report.cluster.nodes)} nodes + Σ surge ${sumTerms(surge)}${n(report.cluster.nodesDuringUpgrade - report.cluster.nodes)} = ${n(report.cluster.nodesDuringUpgrade)} blocks`,
    rule: 'R16',
  };
}

/**
 * R3, R4: a subnet's usable addresses, every IPv4 prefix counted with Azure's 5 reserved in each
 * (from the evaluation's subnet usage: the prefixes as parsed, not the report's text).
 *
 * @example subnetUsableWorking(usage) // { formula: '2^(32−22) − 5 reserved by Azure = 1,019 usable', rule: 'R4' }
 */
export function subnetUsableWorking(usage: SubnetUsage): Working {
  const prefixes = usage.subnet.ipv4;
  if (prefixes.length === 0) return { formula: 'No valid IPv4 prefix yet.', rule: 'R4' };
  const sizes = prefixes.map((p) => `2^(32−${p.cidr.prefixLength})`).join(' + ');
  return {
    formula: `${sizes} − ${usage.reserved} reserved by Azure = ${n(usage.usable)} usable`,
    rule: 'R4',
  };
}

function poolsOf(subnet: SubnetReport, report: PlanReport): NodePoolReport[] {
  return report.nodePools.filter((p) => subnet.pools.includes(p.name));
}

/**
 * @example subnetIpsWorking(subnet, report, true) // { formula: 'system (3 + 1) × 1 + apps (10 + 2) × 1 = 16 IPs', rule: 'R13' }
 */
export function subnetIpsWorking(subnet: SubnetReport, report: PlanReport, duringUpgrade: boolean): Working {
  const pools = poolsOf(subnet, report);
  const podRole = subnet.role === 'pods';
  const terms = pools.map((p) => {
    const perNode = podRole
      ? duringUpgrade
        ? p.podSubnetIpsPerNodeDuringUpgrade
        : p.podSubnetIpsPerNode
      : p.ipsPerNode;
    const nodes = duringUpgrade ? `(${n(p.nodes)} + ${n(p.surgeNodes)})` : n(p.nodes);
    return `${p.name} ${nodes} × ${n(perNode)}`;
  });
  if (subnet.otherIps > 0) terms.push(`${n(subnet.otherIps)} other IPs`);
  const total = duringUpgrade ? subnet.ipsDuringUpgrade : subnet.ipsSteady;
  const rule = podRole ? 'R57' : subnet.role === 'apiServer' ? 'R12' : 'R13';
  return { formula: terms.length === 0 ? `${n(total)} IPs` : `${terms.join(' + ')} = ${n(total)} IPs`, rule };
}

/**
 * @example serviceAllocatableWorking(range, report) // { formula: '2^(32−16) − 2 (network and broadcast) = 65,534 ClusterIPs', rule: 'R40' }
 */
export function serviceAllocatableWorking(range: ServiceRangeReport, report: PlanReport): Working {
  const p = prefixOf(range.totalAddresses, range.family);
  if (range.family === 'IPv4')
    return {
      formula: `2^(32−${p}) − 2 (network and broadcast) = ${n(range.allocatable)} ClusterIPs`,
      rule: 'R40',
    };
  const version = report.cluster.kubernetesVersion;
  const legacy = range.allocatable < range.totalAddresses - 1n;
  return {
    formula: legacy
      ? `min(2^(128−${p}), 65,536) − 1 = ${n(range.allocatable)} ClusterIPs (bitmap allocator before Kubernetes 1.34; plan has ${version ?? '?'})`
      : `2^(128−${p}) − 1 = ${n(range.allocatable)} ClusterIPs (IPAddress allocator, Kubernetes 1.34+)`,
    rule: 'R40',
  };
}

/**
 * @example serviceAfterDefaultsWorking(range) // { formula: '65,534 − 1 kubernetes.default (10.0.0.1) − 1 kube-dns = 65,532', rule: 'R42' }
 */
export function serviceAfterDefaultsWorking(range: ServiceRangeReport): Working {
  return range.allocatable === range.availableAfterDefaults
    ? {
        formula: `${n(range.allocatable)} (kubernetes.default and kube-dns take IPv4 addresses only)`,
        rule: 'R42',
      }
    : {
        formula: `${n(range.allocatable)} − 1 kubernetes.default (${range.kubernetesServiceIp}) − 1 kube-dns = ${n(range.availableAfterDefaults)}`,
        rule: 'R42',
      };
}

/**
 * R36: a pool's surge nodes from its resolved maxSurge (the evaluation's model pool).
 *
 * @example surgeWorking(evaluate(plan).model.pools[0]) // { formula: 'min(ceil(3 × 10 %), 3) = 1 surge nodes', rule: 'R36' }
 */
export function surgeWorking(pool: ResolvedPool): Working {
  const { maxSurge, plannedNodes: nodes, surgeNodes } = pool;
  if (maxSurge.kind === 'percent') {
    return {
      formula: `min(ceil(${n(nodes)} × ${maxSurge.percent} %), ${n(nodes)}) = ${n(surgeNodes)} surge nodes`,
      rule: 'R36',
    };
  }
  return {
    formula: `min(${n(maxSurge.nodes)}, ${n(nodes)}) = ${n(surgeNodes)} surge nodes`,
    rule: 'R36',
  };
}

/**
 * @example clusterNodesWorking(report) // { formula: 'Σ planned nodes = 3 + 10 = 13; limit 5,000', rule: 'R30' }
 */
export function clusterNodesWorking(report: PlanReport): Working {
  return {
    formula: `Σ planned nodes = ${sumTerms(report.nodePools.map((p) => p.nodes))}${n(report.cluster.nodes)}; limit ${n(report.cluster.nodeLimit)}`,
    rule: report.cluster.networkPlugin === 'kubenet' ? 'R21' : 'R30',
  };
}

/**
 * R70: the longest pod CIDR prefix whose /24 (or /80) blocks hold the nodes during an upgrade.
 *
 * @example podMinPrefixWorking(range) // { formula: '24 − ceil(log2 137) = /16: 2^(24−16) = 256 ≥ 137 blocks during upgrade', rule: 'R70' }
 */
export function podMinPrefixWorking(range: PodRangeReport): Working {
  if (range.blockPrefixLength === null)
    return { formula: 'Bring-your-own CNI: no per-node blocks, so any size holds the nodes.', rule: 'R56' };
  const b = range.blockPrefixLength;
  const p = range.minPrefix;
  const needed = range.requiredBlocksDuringUpgrade;
  return {
    formula: `${b} − ceil(log2 ${n(Math.max(needed, 1))}) = /${p}: 2^(${b}−${p}) = ${n(2n ** BigInt(b - p))} ≥ ${n(needed)} blocks during upgrade (${n(range.requiredBlocks)} at rest)`,
    rule: 'R70',
  };
}

/**
 * R70: the longest subnet prefix (never above /29) whose usable addresses hold the IPs during upgrade.
 *
 * @example subnetMinPrefixWorking(subnet) // { formula: 'largest p ≤ 29 with 2^(32−p) − 5 ≥ 275: /23 = 507 usable', rule: 'R70' }
 */
export function subnetMinPrefixWorking(subnet: SubnetReport): Working {
  const p = subnet.minPrefix;
  const usable = 2n ** BigInt(32 - p) - BigInt(AZURE_RESERVED_IPS_PER_SUBNET);
  if (subnet.role === 'appGatewayForContainers')
    return {
      formula: `${n(AGC_MIN_AVAILABLE_IPS)} available + ${n(subnet.otherIps)} other IPs: /${p} = ${n(usable)} usable`,
      rule: 'R68',
    };
  return {
    formula: `largest p ≤ ${subnet.role === 'apiServer' ? APISERVER_SUBNET_MIN_PREFIX : SUBNET_MIN_PREFIX_IPV4} with 2^(32−p) − ${AZURE_RESERVED_IPS_PER_SUBNET} ≥ ${n(subnet.ipsDuringUpgrade)} IPs during upgrade: /${p} = ${n(usable > 0n ? usable : 0n)} usable`,
    rule: 'R70',
  };
}
