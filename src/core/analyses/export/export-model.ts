import type {
  Finding,
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
} from '../../types.ts';
import type { ExportOptions } from './export-check.ts';
import { exportProblems } from './export-check.ts';

/**
 * What every exporter writes, resolved once from a plan that passed exportProblems (every
 * fixed-choice value in its list): the plan's own values where it states them, the report's resolved
 * defaults where it does not (pod and service CIDRs, DNS IP, max pods, max surge, pool modes).
 */
export interface ExportModel {
  title: string | null;
  notes: string | null;
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
  /** The VNet exists: subnets are looked up, nothing is created or changed in it (ExportOptions). */
  exists: boolean;
  /** The subnet the API server is injected into (apiServer purpose), if any. */
  apiServerSubnet: ExportSubnet | null;
  /** The subnets the cluster uses (node, pod and API server subnets), each once, in VNet order. */
  used: ExportSubnet[];
  /** Node subnets that get the egress route table (outbound type userDefinedRouting, new VNet). */
  routed: ExportSubnet[];
}

export interface ExportSubnet {
  name: string;
  prefixes: string[];
  purpose: SubnetPurpose;
  delegatedTo: string | null;
  id: string | null;
  otherIps: { name: string; count: number }[];
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
  identityName: 'id-aks-cluster',
  routeTableName: 'rt-aks-egress',
} as const;

/** Built-in role Network Contributor, granted to the cluster identity on the subnets it uses. */
export const NETWORK_CONTRIBUTOR_ROLE_ID = '4d97b98b-1d4f-4787-a291-c67834d212e7';

/** What an exporter returns: the code, or why none was written. Never thrown. */
export type ExportResult = { ok: true; text: string } | { ok: false; findings: Finding[] };

function appliedDefault(report: PlanReport, path: string): string | undefined {
  return report.defaultsApplied.find((d) => d.path === path)?.value;
}

function nonEmpty(list: string[] | undefined): list is string[] {
  return list !== undefined && list.length > 0;
}

function resolveVnet(plan: PlanDocument, options: ExportOptions): ExportVnet | null {
  if (plan.vnet === undefined) return null;
  const subnets: ExportSubnet[] = (plan.vnet.subnets ?? []).map((s) => ({
    name: s.name,
    prefixes: s.addressPrefixes,
    purpose: s.purpose ?? 'nodes',
    delegatedTo: s.delegatedTo ?? null,
    id: s.id ?? null,
    otherIps: (s.otherIps ?? []).map((o) => ({ name: o.name ?? 'other IPs', count: o.count })),
  }));
  return {
    name: plan.vnet.name ?? EXPORT_PLACEHOLDERS.vnetName,
    resourceGroup: plan.vnet.resourceGroup ?? null,
    addressSpace: plan.vnet.addressSpace ?? [],
    subnets,
    exists: options.existingVnet ?? subnets.some((s) => s.id !== null),
    apiServerSubnet: subnets.find((s) => s.purpose === 'apiServer') ?? null,
    used: [],
    routed: [],
  };
}

/**
 * Checks a plan and its report (exportProblems) and resolves them into the values the exporters
 * write; the findings instead when the plan cannot be exported.
 *
 * @example prepareExport(plan, evaluatePlan(plan)).model?.pools[0]?.maxPods // 250 when the plan left maxPods out (overlay)
 */
export function prepareExport(
  plan: PlanDocument,
  report: PlanReport,
  options: ExportOptions = {},
): { model: ExportModel; findings?: undefined } | { model?: undefined; findings: Finding[] } {
  const problems = exportProblems(plan, report, options);
  if (problems.length > 0) return { findings: problems };
  const cluster = plan.cluster ?? {};
  const plugin = report.cluster.networkPlugin;
  const ownPodCidrs = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  const vnet = resolveVnet(plan, options);
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
  const outboundType = (cluster.outboundType ??
    appliedDefault(report, 'cluster.outboundType') ??
    'loadBalancer') as OutboundType;

  if (vnet !== null) {
    const used = new Set<ExportSubnet>();
    const routed = new Set<ExportSubnet>();
    for (const pool of ordered) {
      if (pool.subnet !== null) used.add(pool.subnet);
      if (pool.subnet !== null) routed.add(pool.subnet);
      if (pool.podSubnet !== null) used.add(pool.podSubnet);
    }
    if (vnet.apiServerSubnet !== null) used.add(vnet.apiServerSubnet);
    vnet.used = vnet.subnets.filter((s) => used.has(s));
    vnet.routed =
      outboundType === 'userDefinedRouting' && !vnet.exists ? vnet.subnets.filter((s) => routed.has(s)) : [];
  }

  return {
    model: {
      title: plan.title ?? null,
      notes: plan.notes ?? null,
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
      outboundType,
      ipFamilies: report.cluster.ipFamilies,
      podCidrs: !ownPodCidrs
        ? []
        : nonEmpty(cluster.podCidrs)
          ? cluster.podCidrs
          : report.podRanges.map((r) => r.cidr),
      serviceCidrs: nonEmpty(cluster.serviceCidrs)
        ? cluster.serviceCidrs
        : report.serviceRanges.map((r) => r.cidr),
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
    },
  };
}

/**
 * An exporter's result: `render` applied to the checked model, or the findings that refused it.
 *
 * @example exportResult(plan, evaluatePlan(plan), {}, () => 'code') // { ok: true, text: 'code' }
 */
export function exportResult(
  plan: PlanDocument,
  report: PlanReport,
  options: ExportOptions,
  render: (model: ExportModel) => string,
): ExportResult {
  const prepared = prepareExport(plan, report, options);
  return prepared.model === undefined
    ? { ok: false, findings: prepared.findings }
    : { ok: true, text: render(prepared.model) };
}
