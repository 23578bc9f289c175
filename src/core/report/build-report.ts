import type { NodePoolReport, PodRangeReport, ServiceRangeReport, SubnetReport } from '../types.ts';
import {
  APISERVER_SUBNET_MIN_PREFIX,
  AGC_MIN_AVAILABLE_IPS,
  IPV6_NODE_BLOCK_PREFIX,
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  DYNAMIC_POD_SUBNET_BATCH,
  STATIC_BLOCK_SIZE,
} from '../model/constants.ts';
import {
  dynamicFullDensityIps,
  nodesThatFit,
  podNodeBlocks,
  serviceAllocatable,
  smallestPodCidrPrefixFor,
  smallestSubnetPrefixFor,
  staticBlockIpsPerNode,
  staticBlockWaste,
} from '../model/capacity.ts';
import { addressBits } from '../ip/address.ts';
import { cidrSize } from '../ip/cidr.ts';
import { formatAddress } from '../ip/address.ts';
import { kubernetesVersionAtLeast } from '../model/kubernetes-version.ts';
import { formatMaxSurge } from '../model/surge.ts';
import { PLAN_DEFAULTS } from '../model/defaults.ts';
import type { RuleContext } from '../rules/rule-context.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';
import { clusterNodeTotals } from '../rules/pod-cidr.ts';

/** Per pod CIDR: node blocks, max nodes and pods, blocks needed (R14–R17, R22, R52, R56). */
export function podRangeReports(ctx: RuleContext): PodRangeReport[] {
  const { plan } = ctx;
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
  const maxPodsPerNode =
    plan.pools.reduce((max, pool) => Math.max(max, pool.maxPods), 0) ||
    PLAN_DEFAULTS['nodePools[].maxPods'].value(plan);
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
    const podCidrBinds = blockPrefixLength !== null && nodeBlocks <= BigInt(plan.nodeLimit);
    const bounded = podCidrBinds ? Number(nodeBlocks) : plan.nodeLimit;
    const limitedBy: PodRangeReport['limitedBy'] = podCidrBinds
      ? 'podCidr'
      : plan.kubenetNodeLimit !== null && plan.kubenetNodeLimit < plan.tierNodeLimit
        ? 'kubenetNodeLimit'
        : 'clusterNodeLimit';
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
      limitedBy,
      // R70: the longest prefix holding the blocks needed during upgrade (any prefix holds none).
      minPrefix:
        blockPrefixLength === null
          ? addressBits(family)
          : smallestPodCidrPrefixFor(nodesDuringUpgrade, blockPrefixLength),
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
    const allocatableLegacyBitmap = serviceAllocatable(service.cidr, false);
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
      allocatableLegacyBitmap,
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
    minPrefix: subnetMinPrefix(usage),
    ...subnetNodeCapacity(ctx, usage),
  }));
}

/**
 * R70: the longest prefix whose usable addresses hold ipsDuringUpgrade, never above /29 (R5); an
 * API-server subnet never above /28 (R12); an AGC subnet the size that leaves 250 after its otherIps (R68).
 */
function subnetMinPrefix(usage: SubnetUsage): number {
  if (usage.roles.has('appGatewayForContainers'))
    return smallestSubnetPrefixFor(AGC_MIN_AVAILABLE_IPS + usage.subnet.otherIps, 0) ?? 0;
  const fit = smallestSubnetPrefixFor(usage.ipsDuringUpgrade, 0) ?? 0;
  return usage.roles.has('apiServer') ? Math.min(fit, APISERVER_SUBNET_MIN_PREFIX) : fit;
}

/**
 * Nodes a subnet holds with its pools' IPs per node (R11, R13; R57 at rest for a pod subnet), the
 * largest per-node figure of its pools counting, and the pods those nodes run. A node subnet no pool
 * uses counts the plugin's default figure; API-server, AGC and other subnets hold no nodes.
 */
function subnetNodeCapacity(ctx: RuleContext, usage: SubnetUsage): { maxNodes: number; maxPods: number } {
  const { plan } = ctx;
  const pods = usage.roles.has('pods');
  const pools = pods ? usage.podPools : usage.nodePools;
  let ipsPerNode = 0;
  let maxPods = 0;
  for (const pool of pools) {
    const perNode = pods ? pool.podSubnetIpsPerNode : pool.ipsPerNode;
    if (perNode > ipsPerNode || (perNode === ipsPerNode && pool.maxPods > maxPods)) {
      ipsPerNode = perNode;
      maxPods = pool.maxPods;
    }
  }
  if (pools.length === 0 && usage.role === 'nodes' && !usage.roles.has('pods')) {
    maxPods = PLAN_DEFAULTS['nodePools[].maxPods'].value(plan);
    ipsPerNode = plan.plugin === 'azureNodeSubnet' ? maxPods + 1 : 1;
  } else if (pools.length === 0 && pods) {
    maxPods = PLAN_DEFAULTS['nodePools[].maxPods'].value(plan);
    ipsPerNode =
      plan.podIpAllocationMode === 'StaticBlock' ? staticBlockIpsPerNode(maxPods) : DYNAMIC_POD_SUBNET_BATCH;
  }
  // Other consumers (otherIps, a private endpoint, API-server reservations) come first.
  const maxNodes = Number(nodesThatFit(usage.usable - BigInt(usage.otherIps), ipsPerNode));
  return { maxNodes, maxPods: maxNodes * maxPods };
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
  return ctx.plan.pools.map((pool) => {
    const report: NodePoolReport = {
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
    };
    // R25, R26: a pod-subnet pool's per-node figures, assigned only where they apply (no object spread
    // per pool: a plan may hold 10,000 pools).
    if (pool.podIpAllocationMode === 'StaticBlock') {
      report.blocksPerNode = pool.podSubnetIpsPerNode / STATIC_BLOCK_SIZE;
      report.wastePerNode = staticBlockWaste(pool.maxPods);
    } else if (pool.podIpAllocationMode === 'DynamicIndividual') {
      const full = dynamicFullDensityIps(pool.maxPods);
      report.minIpsPerNode = DYNAMIC_POD_SUBNET_BATCH;
      report.ipsPerNodeAtFullDensity = full;
      report.minTotal = DYNAMIC_POD_SUBNET_BATCH * pool.plannedNodes;
      report.totalAtFullDensity = full * pool.plannedNodes;
    }
    return report;
  });
}
