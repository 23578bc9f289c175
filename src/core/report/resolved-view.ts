import type { ResolvedPlan as ResolvedPlanView } from '../types.ts';
import { formatMaxSurge } from '../model/surge.ts';
import type { RuleContext } from '../rules/rule-context.ts';

const API_PLUGIN = {
  overlay: 'azure',
  kubenet: 'kubenet',
  azureNodeSubnet: 'azure',
  azurePodSubnet: 'azure',
  none: 'none',
} as const;

/**
 * The report's `resolved`: the resolver's plan with every default applied, in the AKS API's spelling,
 * plain strings and numbers only (no bigint), so views, exports and analyses read one model.
 *
 * @example resolvedView(ctx).apiNetworkPluginMode // 'overlay' for networkPlugin overlay (--network-plugin azure --network-plugin-mode overlay)
 */
export function resolvedView(ctx: RuleContext): ResolvedPlanView {
  const { plan, usages } = ctx;
  const canonical = (list: readonly ({ canonical: string } | null)[]): string[] => {
    const out: string[] = [];
    for (const p of list) if (p !== null) out.push(p.canonical);
    return out;
  };
  return {
    networkPlugin: plan.plugin,
    apiNetworkPlugin: API_PLUGIN[plan.plugin],
    apiNetworkPluginMode: plan.plugin === 'overlay' ? 'overlay' : null,
    networkDataplane: plan.dataplane,
    networkPolicy: plan.policy,
    outboundType: plan.outboundType,
    tier: plan.tier,
    kubernetesVersion: plan.versionText,
    ipFamilies: [...plan.families],
    podCidrs: canonical(plan.podCidrs),
    serviceCidrs: canonical(plan.serviceCidrs),
    dnsServiceIp: plan.dnsServiceIp?.text ?? null,
    privateCluster: plan.privateCluster,
    podIpAllocationMode: plan.podIpAllocationMode,
    routeTableCustomRoutes: plan.routeTableCustomRoutes,
    podCidrExpansion: plan.podCidrExpansion?.canonical ?? null,
    nodeLimit: plan.nodeLimit,
    managedVnet: plan.managedVnet,
    vnetName: plan.vnetName,
    vnetResourceGroup: plan.vnetResourceGroup,
    vnetAddressSpace: plan.vnetSpace.map((p) => p.canonical),
    subnets: usages.map(({ subnet, role }) => ({
      name: subnet.name,
      addressPrefixes: subnet.prefixes.map((p) => p.canonical),
      purpose: subnet.purpose,
      role,
      delegatedTo: subnet.delegatedTo,
      otherIps: subnet.otherIps,
      sharedByClusters: subnet.sharedByClusters,
      id: subnet.id,
    })),
    nodePools: plan.pools.map((pool) => ({
      name: pool.name,
      mode: pool.mode,
      osType: pool.osType,
      vnetSubnetName: pool.subnet?.name ?? null,
      podSubnetName: pool.podSubnet?.name ?? null,
      podIpAllocationMode: pool.podIpAllocationMode,
      count: pool.count,
      enableAutoScaling: pool.enableAutoScaling,
      minCount: pool.minCount,
      maxCount: pool.maxCount,
      maxSurge: formatMaxSurge(pool.maxSurge),
      maxPods: pool.maxPods,
      plannedNodes: pool.plannedNodes,
      surgeNodes: pool.surgeNodes,
    })),
  };
}

/** The resolved view of an empty plan (the internal-error report). */
export const EMPTY_RESOLVED: ResolvedPlanView = {
  networkPlugin: 'overlay',
  apiNetworkPlugin: 'azure',
  apiNetworkPluginMode: 'overlay',
  networkDataplane: 'azure',
  networkPolicy: 'none',
  outboundType: 'loadBalancer',
  tier: 'Standard',
  kubernetesVersion: null,
  ipFamilies: ['IPv4'],
  podCidrs: [],
  serviceCidrs: [],
  dnsServiceIp: null,
  privateCluster: false,
  podIpAllocationMode: 'DynamicIndividual',
  routeTableCustomRoutes: 0,
  podCidrExpansion: null,
  nodeLimit: 0,
  managedVnet: false,
  vnetName: null,
  vnetResourceGroup: null,
  vnetAddressSpace: [],
  subnets: [],
  nodePools: [],
};
