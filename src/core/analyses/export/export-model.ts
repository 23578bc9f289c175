import type {
  Finding,
  IpFamily,
  NetworkDataplane,
  NetworkPolicy,
  OsType,
  OutboundType,
  PodIpAllocationMode,
  PoolMode,
  SubnetPurpose,
  Tier,
} from '../../types.ts';
import type { ExportOptions } from './export-check.ts';
import { exportProblems } from './export-check.ts';
import type { Evaluation } from '../../report/evaluation.ts';
import type { ParsedPrefix } from '../../model/parse-cidr-field.ts';
import type { ResolvedSubnet } from '../../model/resolve-plan.ts';
import { formatMaxSurge } from '../../model/surge.ts';

/**
 * What every exporter writes, resolved once from an evaluated plan that passed exportProblems (every
 * fixed-choice value in its list): the plan's own values where it states them, the model's resolved
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

/** Canonical text of the prefixes that parsed (the defaults the resolver applied always do). */
function canonical(list: readonly (ParsedPrefix | null)[]): string[] {
  const out: string[] = [];
  for (const p of list) if (p !== null) out.push(p.canonical);
  return out;
}

/** The plan's VNet as written (prefixes as typed); the purpose each subnet has in the model. */
function resolveVnet(evaluation: Evaluation, options: ExportOptions): ExportVnet | null {
  const { plan, model } = evaluation;
  if (plan.vnet === undefined) return null;
  const subnets: ExportSubnet[] = (plan.vnet.subnets ?? []).map((s, i) => ({
    name: s.name,
    prefixes: s.addressPrefixes,
    purpose: model.subnets[i]?.purpose ?? 'nodes',
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
 * Checks an evaluated plan (exportProblems) and resolves it into the values the exporters write; the
 * findings instead when the plan cannot be exported. Every default comes from the evaluation's model
 * (the resolver applied PLAN_DEFAULTS), with its type; names and prefixes are written as typed.
 *
 * @example prepareExport(evaluate(plan)).model?.pools[0]?.maxPods // 250 when the plan left maxPods out (overlay)
 */
export function prepareExport(
  evaluation: Evaluation,
  options: ExportOptions = {},
): { model: ExportModel; findings?: undefined } | { model?: undefined; findings: Finding[] } {
  const problems = exportProblems(evaluation, options);
  if (problems.length > 0) return { findings: problems };
  const { plan, model, report } = evaluation;
  const cluster = plan.cluster ?? {};
  const plugin = model.plugin;
  const ownPodCidrs = plugin === 'overlay' || plugin === 'kubenet' || plugin === 'none';
  const vnet = resolveVnet(evaluation, options);
  const subnetNamed = (subnet: ResolvedSubnet | null): ExportSubnet | null =>
    subnet === null || vnet === null ? null : (vnet.subnets.find((s) => s.name === subnet.name) ?? null);

  const pools: ExportPool[] = model.pools.map((p) => {
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
      maxSurge: formatMaxSurge(p.maxSurge),
      subnet: subnetNamed(p.subnet),
      podSubnet: plugin === 'azurePodSubnet' ? subnetNamed(p.podSubnet) : null,
      podIpAllocationMode: plugin === 'azurePodSubnet' ? p.podIpAllocationMode : null,
    };
  });
  const systemIndex = pools.findIndex((p) => p.mode === 'System');
  const first = pools[systemIndex];
  const ordered =
    systemIndex > 0 && first !== undefined ? [first, ...pools.filter((_, i) => i !== systemIndex)] : pools;
  const outboundType = model.outboundType;

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
      kubernetesVersion: model.versionText,
      tier: model.tier,
      networkPlugin: plugin === 'kubenet' ? 'kubenet' : plugin === 'none' ? 'none' : 'azure',
      networkPluginMode: plugin === 'overlay' ? 'overlay' : null,
      podSubnets: plugin === 'azurePodSubnet',
      // Kubenet and BYO CNI leave the data plane to AKS unless the plan states one.
      dataplane:
        cluster.networkDataplane === undefined && (plugin === 'kubenet' || plugin === 'none')
          ? null
          : model.dataplane,
      policy: model.policy,
      outboundType,
      ipFamilies: model.families,
      // The plan's own CIDRs as typed; the defaults the resolver applied otherwise.
      podCidrs: !ownPodCidrs
        ? []
        : model.podCidrsGiven && cluster.podCidrs !== undefined
          ? cluster.podCidrs
          : canonical(model.podCidrs),
      serviceCidrs:
        model.serviceCidrsGiven && cluster.serviceCidrs !== undefined
          ? cluster.serviceCidrs
          : canonical(model.serviceCidrs),
      dnsServiceIp: model.dnsServiceIp?.text ?? null,
      privateCluster: model.privateCluster,
      podCidrExpansion: cluster.podCidrExpansion ?? null,
      vnet,
      pools: ordered,
      connectedNetworks: model.connected.map((n, i) => ({
        name: n.name,
        kind: n.kind,
        prefixes: plan.connectedNetworks?.[i]?.addressPrefixes ?? [],
      })),
      errorCount: report.findings.filter((f) => f.severity === 'error').length,
    },
  };
}

/**
 * An exporter's result: `render` applied to the checked model, or the findings that refused it.
 *
 * @example exportResult(evaluate(plan), {}, () => 'code') // { ok: true, text: 'code' }
 */
export function exportResult(
  evaluation: Evaluation,
  options: ExportOptions,
  render: (model: ExportModel) => string,
): ExportResult {
  const prepared = prepareExport(evaluation, options);
  return prepared.model === undefined
    ? { ok: false, findings: prepared.findings }
    : { ok: true, text: render(prepared.model) };
}
