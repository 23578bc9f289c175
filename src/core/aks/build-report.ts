import type { NodePoolReport, PodRangeReport, ServiceRangeReport, SubnetReport } from '../types.ts';
import { IPV6_NODE_BLOCK_PREFIX, OVERLAY_IPV4_NODE_BLOCK_PREFIX, DEFAULT_MAX_PODS } from './constants.ts';
import { podNodeBlocks, serviceAllocatable } from './capacity.ts';
import { cidrSize } from '../ip/cidr.ts';
import { formatAddress } from '../ip/address.ts';
import { kubernetesVersionAtLeast } from './kubernetes-version.ts';
import { formatMaxSurge } from './surge.ts';
import type { RuleContext } from './rule-context.ts';
import type { SubnetUsage } from './subnet-usage.ts';
import { clusterNodeTotals } from './rules-pod-cidr.ts';

/** Per pod CIDR: node blocks, max nodes and pods, blocks needed (R14–R17, R22, R52, R56). */
export function podRangeReports(ctx: RuleContext): PodRangeReport[] {
  const { plan } = ctx;
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
  const maxPodsPerNode =
    plan.pools.reduce((max, pool) => Math.max(max, pool.maxPods), 0) || DEFAULT_MAX_PODS[plan.plugin];
  const reports: PodRangeReport[] = [];
  for (const pod of plan.podCidrs) {
    if (pod === null) continue;
    const family = pod.cidr.family;
    const blockPrefixLength =
      plan.plugin === 'none'
        ? null
        : family === 'IPv4'
          ? OVERLAY_IPV4_NODE_BLOCK_PREFIX
          : IPV6_NODE_BLOCK_PREFIX;
    const nodeBlocks = blockPrefixLength === null ? 0n : podNodeBlocks(pod.cidr, blockPrefixLength);
    const limitsNodes = blockPrefixLength !== null && family === 'IPv4';
    const bounded =
      blockPrefixLength === null
        ? plan.nodeLimit
        : Number(nodeBlocks < BigInt(plan.nodeLimit) ? nodeBlocks : BigInt(plan.nodeLimit));
    reports.push({
      family,
      cidr: pod.canonical,
      totalAddresses: cidrSize(pod.cidr),
      blockPrefixLength,
      nodeBlocks,
      maxNodes: bounded,
      maxPods: bounded * maxPodsPerNode,
      requiredBlocks: blockPrefixLength === null ? 0 : nodes,
      requiredBlocksDuringUpgrade: blockPrefixLength === null ? 0 : nodesDuringUpgrade,
      limitsNodes,
    });
  }
  return reports;
}

/** Per service CIDR: allocatable ClusterIPs and what the defaults leave (R40–R42). */
export function serviceRangeReports(ctx: RuleContext): ServiceRangeReport[] {
  const { plan } = ctx;
  const allocatorOnly = plan.version === null || kubernetesVersionAtLeast(plan.version, 1, 34);
  let firstIpv4 = true;
  const reports: ServiceRangeReport[] = [];
  for (const service of plan.serviceCidrs) {
    if (service === null) continue;
    const allocatable = serviceAllocatable(service.cidr, allocatorOnly);
    const takesDefaults = service.cidr.family === 'IPv4' && firstIpv4;
    if (service.cidr.family === 'IPv4') firstIpv4 = false;
    const after = takesDefaults ? allocatable - 2n : allocatable;
    reports.push({
      family: service.cidr.family,
      cidr: service.canonical,
      totalAddresses: cidrSize(service.cidr),
      allocatable,
      availableAfterDefaults: after > 0n ? after : 0n,
      kubernetesServiceIp:
        cidrSize(service.cidr) > 1n
          ? formatAddress({ family: service.cidr.family, value: service.cidr.network + 1n })
          : '',
    });
  }
  return reports;
}

/** One entry per VNet subnet (R3, R4, R13, R57). */
export function subnetReports(ctx: RuleContext): SubnetReport[] {
  return ctx.usages.map((usage) => ({
    name: usage.subnet.name,
    cidr: usage.subnet.ipv4[0]?.canonical ?? '',
    ipv6Cidr: usage.subnet.ipv6[0]?.canonical ?? null,
    role: usage.role,
    totalAddresses: usage.totalAddresses,
    reserved: usage.reserved,
    usable: usage.usable,
    ipsSteady: usage.ipsSteady,
    ipsDuringUpgrade: usage.ipsDuringUpgrade,
    freeAfterUpgrade:
      usage.ipsDuringUpgrade === 0 ? usage.usable : usage.usable - BigInt(usage.ipsDuringUpgrade),
    otherIps: usage.otherIps,
    pools: poolNames(usage),
  }));
}

/** The names of the pools using a subnet (nodes, then pods), each once; most subnets have none or one. */
function poolNames(usage: SubnetUsage): string[] {
  const { nodePools, podPools } = usage;
  if (nodePools.length + podPools.length === 0) return [];
  const [only] = nodePools.length === 0 ? podPools : nodePools;
  if (nodePools.length + podPools.length === 1 && only !== undefined) return [only.name];
  return [...new Set([...nodePools, ...podPools].map((pool) => pool.name))];
}

/** One entry per node pool (R10, R11, R25, R26, R35, R36). */
export function nodePoolReports(ctx: RuleContext): NodePoolReport[] {
  return ctx.plan.pools.map((pool) => ({
    name: pool.name,
    mode: pool.mode,
    osType: pool.osType,
    subnet: pool.subnet?.name ?? null,
    podSubnet: pool.podSubnet?.name ?? null,
    podIpAllocationMode: pool.podIpAllocationMode,
    count: pool.count,
    enableAutoScaling: pool.enableAutoScaling,
    minCount: pool.minCount,
    maxCount: pool.maxCount,
    maxSurge: formatMaxSurge(pool.maxSurge),
    nodes: pool.plannedNodes,
    surgeNodes: pool.surgeNodes,
    maxPods: pool.maxPods,
    ipsPerNode: pool.ipsPerNode,
    podSubnetIpsPerNode: pool.podSubnetIpsPerNode,
    podSubnetIpsPerNodeDuringUpgrade: pool.podSubnetIpsPerNodeDuringUpgrade,
  }));
}
