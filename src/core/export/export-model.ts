import type {
  IpFamily,
  NetworkDataplane,
  NetworkPolicy,
  OsType,
  OutboundType,
  PlanDocument,
  PlanReport,
  PodIpAllocationMode,
  PoolMode,
  SubnetPurpose,
  Tier,
} from '../types.ts';

/**
 * What every exporter writes, resolved once: the plan's own values where it states them, the
 * report's resolved defaults where it does not (pod and service CIDRs, DNS IP, max pods, max surge,
 * pool modes), so the generated code is complete and says exactly what the planner evaluated.
 */
export interface ExportModel {
  title: string | null;
  clusterName: string;
  kubernetesVersion: string | null;
  tier: Tier;
  /** The AKS API's networkPlugin (azure | kubenet | none) and networkPluginMode (overlay or none). */
  networkPlugin: 'azure' | 'kubenet' | 'none';
  networkPluginMode: 'overlay' | null;
  /** True for Azure CNI Pod Subnet: every pool names a pod subnet. */
  podSubnets: boolean;
  /** Null for kubenet and BYO CNI when the plan does not state it (the AKS default applies). */
  dataplane: NetworkDataplane | null;
  policy: NetworkPolicy;
  outboundType: OutboundType;
  ipFamilies: IpFamily[];
  /** Empty when the plugin has no pod CIDR (Azure CNI Node Subnet / Pod Subnet). */
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
  privateCluster: boolean;
  podCidrExpansion: string | null;
  /** Null: AKS creates and manages the VNet. */
  vnet: ExportVnet | null;
  /** The pools, the first System pool first (it is created with the cluster). */
  pools: ExportPool[];
  /** Peerings, ExpressRoute, VPN and on-premises ranges nothing may overlap (written as comments). */
  connectedNetworks: { name: string; kind: string; prefixes: string[] }[];
  /** Errors the planner found in the plan (the code is still generated, with a warning). */
  errorCount: number;
}

export interface ExportVnet {
  name: string;
  resourceGroup: string | null;
  addressSpace: string[];
  subnets: ExportSubnet[];
  /** True when the plan carries Azure resource IDs of its subnets: the VNet exists already. */
  exists: boolean;
  /** The subnet the API server is injected into (apiServer purpose), if any. */
  apiServerSubnet: ExportSubnet | null;
}

export interface ExportSubnet {
  name: string;
  prefixes: string[];
  purpose: SubnetPurpose;
  delegatedTo: string | null;
  id: string | null;
}

export interface ExportPool {
  name: string;
  mode: PoolMode;
  osType: OsType;
  count: number;
  enableAutoScaling: boolean;
  minCount: number;
  maxCount: number;
  maxPods: number;
  maxSurge: string;
  subnet: ExportSubnet | null;
  podSubnet: ExportSubnet | null;
  podIpAllocationMode: PodIpAllocationMode | null;
}

/** Placeholders for names the plan does not hold. */
export const EXPORT_PLACEHOLDERS = {
  clusterName: 'aks-cluster',
  vnetName: 'vnet-aks',
  resourceGroup: 'rg-aks',
  location: 'westeurope',
  nodeVmSize: 'Standard_D4ds_v5',
} as const;

function appliedDefault(report: PlanReport, path: string): string | undefined {
  return report.defaultsApplied.find((d) => d.path === path)?.value;
}

function nonEmpty(list: string[] | undefined): list is string[] {
  return list !== undefined && list.length > 0;
}

/**
 * Resolves a plan and its report into the values the exporters write.
 *
 * @example exportModel(plan, evaluatePlan(plan)).pools[0]?.maxPods // 250 when the plan left maxPods out (overlay)
 */
export function exportModel(plan: PlanDocument, report: PlanReport): ExportModel {
  const cluster = plan.cluster ?? {};
  const plugin = report.cluster.networkPlugin;
  const ownPodCidrs = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  const podCidrs = !ownPodCidrs
    ? []
    : nonEmpty(cluster.podCidrs)
      ? cluster.podCidrs
      : report.podRanges.map((r) => r.cidr);
  const serviceCidrs = nonEmpty(cluster.serviceCidrs)
    ? cluster.serviceCidrs
    : report.serviceRanges.map((r) => r.cidr);

  let vnet: ExportVnet | null = null;
  if (plan.vnet !== undefined) {
    const subnets: ExportSubnet[] = (plan.vnet.subnets ?? []).map((s) => ({
      name: s.name,
      prefixes: s.addressPrefixes,
      purpose: s.purpose ?? 'nodes',
      delegatedTo: s.delegatedTo ?? null,
      id: s.id ?? null,
    }));
    vnet = {
      name: plan.vnet.name ?? EXPORT_PLACEHOLDERS.vnetName,
      resourceGroup: plan.vnet.resourceGroup ?? null,
      addressSpace: plan.vnet.addressSpace ?? [],
      subnets,
      exists: subnets.some((s) => s.id !== null),
      apiServerSubnet: subnets.find((s) => s.purpose === 'apiServer') ?? null,
    };
  }
  const subnetNamed = (name: string | null): ExportSubnet | null =>
    name === null || vnet === null ? null : (vnet.subnets.find((s) => s.name === name) ?? null);

  const pools: ExportPool[] = report.nodePools.map((p) => {
    const minCount = p.minCount ?? p.count;
    return {
      name: p.name,
      mode: p.mode,
      osType: p.osType,
      count: p.count,
      enableAutoScaling: p.enableAutoScaling,
      minCount,
      maxCount: p.maxCount ?? Math.max(p.count, minCount),
      maxPods: p.maxPods,
      maxSurge: p.maxSurge,
      subnet: subnetNamed(p.subnet),
      podSubnet: plugin === 'azurePodSubnet' ? subnetNamed(p.podSubnet) : null,
      podIpAllocationMode: plugin === 'azurePodSubnet' ? p.podIpAllocationMode : null,
    };
  });
  const systemIndex = pools.findIndex((p) => p.mode === 'System');
  const first = pools[systemIndex];
  const ordered =
    systemIndex > 0 && first !== undefined ? [first, ...pools.filter((_, i) => i !== systemIndex)] : pools;

  return {
    title: plan.title ?? null,
    clusterName: cluster.name ?? EXPORT_PLACEHOLDERS.clusterName,
    kubernetesVersion: cluster.kubernetesVersion ?? null,
    tier: report.cluster.tier,
    networkPlugin: plugin === 'kubenet' ? 'kubenet' : plugin === 'none' ? 'none' : 'azure',
    networkPluginMode: plugin === 'overlay' ? 'overlay' : null,
    podSubnets: plugin === 'azurePodSubnet',
    dataplane:
      cluster.networkDataplane ??
      (plugin === 'kubenet' || plugin === 'none'
        ? null
        : ((appliedDefault(report, 'cluster.networkDataplane') ?? 'azure') as NetworkDataplane)),
    policy: (cluster.networkPolicy ??
      appliedDefault(report, 'cluster.networkPolicy') ??
      'none') as NetworkPolicy,
    outboundType: (cluster.outboundType ??
      appliedDefault(report, 'cluster.outboundType') ??
      'loadBalancer') as OutboundType,
    ipFamilies: report.cluster.ipFamilies,
    podCidrs,
    serviceCidrs,
    dnsServiceIp: cluster.dnsServiceIp ?? appliedDefault(report, 'cluster.dnsServiceIp') ?? null,
    privateCluster: cluster.privateCluster ?? false,
    podCidrExpansion: cluster.podCidrExpansion ?? null,
    vnet,
    pools: ordered,
    connectedNetworks: (plan.connectedNetworks ?? []).map((n, i) => ({
      name: n.name ?? `connected network ${i + 1}`,
      kind: n.kind ?? 'other',
      prefixes: n.addressPrefixes,
    })),
    errorCount: report.findings.filter((f) => f.severity === 'error').length,
  };
}
