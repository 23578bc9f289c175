import type { NetworkPlugin, NodePoolPlan, PlanDocument, PlanReport, SubnetPlan } from '../types.ts';
import { evaluate } from '../report/evaluate-plan.ts';
import type { Evaluation } from '../report/evaluation.ts';
import { planHeadroom } from './headroom.ts';
import { smallestSubnetPrefixFor } from '../model/capacity.ts';
import { formatCount } from '../model/format.ts';

/** The network plugins the comparison puts side by side (BYO CNI has no address model to compare). */
export type ComparedPlugin = Exclude<NetworkPlugin, 'none'>;

/** Plain names for the plugins, as a person would say them (plan-document.md §1). */
export const PLUGIN_LABELS: Readonly<Record<ComparedPlugin, string>> = {
  overlay: 'Azure CNI Overlay',
  kubenet: 'Kubenet',
  azureNodeSubnet: 'Azure CNI Node Subnet (flat)',
  azurePodSubnet: 'Azure CNI Pod Subnet',
};

/** One node pool under the plugin. */
export interface PoolUnderPlugin {
  name: string;
  /** The pool's maxPods: its own value when set, else the plugin default (R29). */
  maxPods: number;
  /**
   * Private IPs one node counts against the VNet (D12): node-subnet IPs (R10, R11), plus 16 for a
   * DynamicIndividual pod subnet or one per /28 block for StaticBlock (R25, R26).
   */
  vnetIpsPerNode: number;
}

/** What one subnet must hold under the plugin. */
export interface SubnetNeed {
  name: string;
  cidr: string;
  usable: number;
  ipsDuringUpgrade: number;
  /** The longest prefix whose usable addresses hold `ipsDuringUpgrade` (R4, R5); null when even a /2 is too small. */
  smallestPrefix: number | null;
  fits: boolean;
}

export interface PluginComparison {
  plugin: ComparedPlugin;
  label: string;
  /** True for the plan's own plugin: that column is the plan itself, unchanged. */
  current: boolean;
  pools: PoolUnderPlugin[];
  /** Most VNet IPs any one node takes at rest: 1 for overlay and kubenet, maxPods + 1 for node-subnet CNI. */
  ipsPerNode: number;
  /** Highest maxPods of any pool. */
  podsPerNode: number;
  /** Every subnet whose role is nodes, with what it must hold during an upgrade. */
  nodeSubnets: SubnetNeed[];
  /** Σ ipsDuringUpgrade over the node subnets (R13, R37). */
  nodeSubnetIpsDuringUpgrade: number;
  /** For the total: the smallest single node subnet that would hold every pool during an upgrade. */
  smallestNodeSubnetPrefix: number | null;
  /** Pod subnets (Azure CNI Pod Subnet only; empty otherwise). */
  podSubnets: SubnetNeed[];
  /** Cluster nodes the plan's ranges allow, every pool grown in proportion (the cluster headroom); −1 when already short at 0 nodes. */
  maxClusterNodes: { atRest: number; duringUpgrade: number };
  /** What runs out first as the cluster grows (during an upgrade), or null when nothing limits. */
  firstLimit: string | null;
  firstLimitRule: string | null;
  /** report.cluster.nodeLimit: the tier limit, or 400 − custom routes for kubenet (R21, R30). */
  nodeLimit: number;
  nodes: number;
  nodesDuringUpgrade: number;
  errors: number;
  warnings: number;
  errorCodes: string[];
  warningCodes: string[];
  /** One plain sentence: does it deploy, what the node subnets need, how far it grows. */
  verdict: string;
}

/** A cluster-wide limit: the most nodes it allows at rest and during an upgrade. */
interface ClusterLimit {
  label: string;
  rule: string;
  maxNodes: number;
  maxNodesDuringUpgrade: number;
}

const PLUGINS: readonly ComparedPlugin[] = ['overlay', 'kubenet', 'azureNodeSubnet'];

/**
 * The plan with another network plugin. Overlay and kubenet keep the user's pod CIDRs; the flat
 * models have none, so they are dropped. Pools keep a maxPods they set, otherwise the plugin default
 * applies (R29). Only Azure CNI Pod Subnet keeps the pools' pod subnets; for the others a subnet that
 * was a pod subnet keeps that role (stated as purpose pods), so it never turns into a node subnet.
 *
 * @example planWithPlugin(overlayPlan, 'azureNodeSubnet').cluster // { networkPlugin: 'azureNodeSubnet', … } without podCidrs
 */
export function planWithPlugin(plan: PlanDocument, plugin: ComparedPlugin): PlanDocument {
  const {
    podCidrs,
    podCidrExpansion,
    podIpAllocationMode,
    networkPlugin: _networkPlugin,
    ...cluster
  } = plan.cluster ?? {};
  const overlayLike = plugin === 'overlay' || plugin === 'kubenet';
  const variant: PlanDocument = {
    ...plan,
    cluster: {
      ...cluster,
      networkPlugin: plugin,
      ...(overlayLike && podCidrs !== undefined ? { podCidrs: [...podCidrs] } : {}),
      ...(overlayLike && podCidrExpansion !== undefined ? { podCidrExpansion } : {}),
      ...(plugin === 'azurePodSubnet' && podIpAllocationMode !== undefined ? { podIpAllocationMode } : {}),
    },
    nodePools: plan.nodePools.map((pool): NodePoolPlan => {
      if (plugin === 'azurePodSubnet') return { ...pool };
      const { podSubnet: _podSubnet, podIpAllocationMode: _mode, ...rest } = pool;
      return rest;
    }),
  };
  if (plugin !== 'azurePodSubnet' && plan.vnet?.subnets !== undefined) {
    const podSubnetNames = new Set(plan.nodePools.map((pool) => pool.podSubnet));
    variant.vnet = {
      ...plan.vnet,
      subnets: plan.vnet.subnets.map((subnet): SubnetPlan =>
        subnet.purpose === undefined && podSubnetNames.has(subnet.name)
          ? { ...subnet, purpose: 'pods' }
          : subnet,
      ),
    };
  }
  return variant;
}

function subnetNeed(subnet: PlanReport['subnets'][number]): SubnetNeed {
  const usable = Number(subnet.usable);
  return {
    name: subnet.name,
    cidr: subnet.cidr,
    usable,
    ipsDuringUpgrade: subnet.ipsDuringUpgrade,
    smallestPrefix: smallestSubnetPrefixFor(subnet.ipsDuringUpgrade),
    fits: subnet.ipsDuringUpgrade <= usable,
  };
}

function unique(codes: readonly string[]): string[] {
  return [...new Set(codes)];
}

function nodesText(count: number): string {
  return `${formatCount(count)} node${count === 1 ? '' : 's'}`;
}

function verdictOf(c: Omit<PluginComparison, 'verdict'>): string {
  const head =
    c.errors > 0
      ? `Does not deploy as planned (${c.errorCodes.join(', ')})`
      : c.warnings > 0
        ? `Deploys, with ${c.warnings === 1 ? 'a warning' : `${formatCount(c.warnings)} warnings`} (${c.warningCodes.join(', ')})`
        : 'Fits';
  const size =
    c.smallestNodeSubnetPrefix === null
      ? 'more than a /2 can hold'
      : `a /${c.smallestNodeSubnetPrefix} at least`;
  const need = `node subnets need ${formatCount(c.nodeSubnetIpsDuringUpgrade)} IPs during upgrade (${size})`;
  let growth = '';
  if (c.firstLimit !== null) {
    const max = c.maxClusterNodes.duringUpgrade;
    growth =
      max < c.nodes
        ? `; short already: ${c.firstLimit} allows ${nodesText(Math.max(max, 0))} during upgrades, the plan has ${formatCount(c.nodes)}`
        : `; up to ${nodesText(max)} with room to upgrade (first to run out: ${c.firstLimit})`;
  }
  return `${head}: ${need}${growth}.`;
}

function compareOne(
  evaluation: Evaluation,
  plugin: ComparedPlugin,
  currentPlugin: NetworkPlugin,
): PluginComparison {
  const current = plugin === currentPlugin;
  // The plan's own plugin is the evaluation the page already has; another plugin is another plan.
  const variant = current ? evaluation : evaluate(planWithPlugin(evaluation.plan, plugin));
  const { report } = variant;
  const cluster = planHeadroom(variant, { pools: false }).cluster;

  const pools = variant.model.pools.map((pool) => ({
    name: pool.name,
    maxPods: pool.maxPods,
    vnetIpsPerNode: pool.vnetIpsPerNode,
  }));
  const nodeSubnets = report.subnets.filter((s) => s.role === 'nodes').map(subnetNeed);
  const podSubnets = report.subnets.filter((s) => s.role === 'pods' && s.pools.length > 0).map(subnetNeed);
  const nodeSubnetIpsDuringUpgrade = nodeSubnets.reduce((sum, s) => sum + s.ipsDuringUpgrade, 0);

  // The cluster headroom is the one answer to "how far can it grow, what runs out first" (issue 13).
  const limits: ClusterLimit[] = cluster.limits;
  const first: ClusterLimit | null = cluster.firstLimit;
  const atRest = limits.reduce((min, l) => Math.min(min, l.maxNodes), Number.POSITIVE_INFINITY);

  const errorCodes = unique(report.findings.filter((f) => f.severity === 'error').map((f) => f.code));
  const warningCodes = unique(report.findings.filter((f) => f.severity === 'warning').map((f) => f.code));
  const partial: Omit<PluginComparison, 'verdict'> = {
    plugin,
    label: PLUGIN_LABELS[plugin],
    current,
    pools,
    ipsPerNode: pools.reduce((max, p) => Math.max(max, p.vnetIpsPerNode), 0),
    podsPerNode: pools.reduce((max, p) => Math.max(max, p.maxPods), 0),
    nodeSubnets,
    nodeSubnetIpsDuringUpgrade,
    smallestNodeSubnetPrefix: smallestSubnetPrefixFor(nodeSubnetIpsDuringUpgrade),
    podSubnets,
    maxClusterNodes: {
      atRest: Number.isFinite(atRest) ? atRest : report.cluster.nodeLimit,
      duringUpgrade: first?.maxNodesDuringUpgrade ?? report.cluster.nodeLimit,
    },
    firstLimit: first?.label ?? null,
    firstLimitRule: first?.rule ?? null,
    nodeLimit: report.cluster.nodeLimit,
    nodes: report.cluster.nodes,
    nodesDuringUpgrade: report.cluster.nodesDuringUpgrade,
    errors: report.findings.filter((f) => f.severity === 'error').length,
    warnings: report.findings.filter((f) => f.severity === 'warning').length,
    errorCodes,
    warningCodes,
  };
  return { ...partial, verdict: verdictOf(partial) };
}

function failed(plugin: ComparedPlugin, currentPlugin: NetworkPlugin): PluginComparison {
  return {
    plugin,
    label: PLUGIN_LABELS[plugin],
    current: plugin === currentPlugin,
    pools: [],
    ipsPerNode: 0,
    podsPerNode: 0,
    nodeSubnets: [],
    nodeSubnetIpsDuringUpgrade: 0,
    smallestNodeSubnetPrefix: null,
    podSubnets: [],
    maxClusterNodes: { atRest: 0, duringUpgrade: 0 },
    firstLimit: null,
    firstLimitRule: null,
    nodeLimit: 0,
    nodes: 0,
    nodesDuringUpgrade: 0,
    errors: 0,
    warnings: 0,
    errorCodes: [],
    warningCodes: [],
    verdict: 'The planner could not evaluate the plan under this plugin.',
  };
}

/**
 * The same node pools under Azure CNI Overlay, kubenet and flat Azure CNI (node subnet), plus
 * Azure CNI Pod Subnet when the plan already uses it: VNet IPs per node, what the node subnets must
 * hold during an upgrade and the smallest subnet that does, how far the cluster grows and what runs
 * out first, and the findings each variant gets. The plan's own plugin is the evaluation given,
 * unchanged; each other plugin is the plan rewritten for it (planWithPlugin) and evaluated once.
 * Never throws.
 *
 * @example comparePlugins(evaluate(flatCniPlan)) // 3 + 4 nodes, 2 surge: overlay needs 9 IPs (/28); flat CNI at 30 pods (7 + 2) × 31 = 279 (/23)
 */
export function comparePlugins(evaluation: Evaluation): PluginComparison[] {
  const currentPlugin: NetworkPlugin = evaluation.model.plugin;
  const plugins = currentPlugin === 'azurePodSubnet' ? [...PLUGINS, 'azurePodSubnet' as const] : PLUGINS;
  return plugins.map((plugin) => {
    try {
      return compareOne(evaluation, plugin, currentPlugin);
    } catch {
      return failed(plugin, currentPlugin);
    }
  });
}
