import type { PlanDocument } from '../types.ts';
import { FindingList } from './finding.ts';
import { resolvePlan, podCidrOf } from './resolve-plan.ts';
import type { ResolvedPlan, ResolvedPool, ResolvedSubnet } from './resolve-plan.ts';
import { subnetUsages } from './subnet-usage.ts';
import type { SubnetUsage } from './subnet-usage.ts';
import { podNodeBlocks } from './capacity.ts';
import { surgeNodeCount } from './surge.ts';
import {
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  POOL_NODE_LIMIT,
  STATIC_BLOCK_SIZE,
  VNET_PRIVATE_IP_LIMIT,
} from './constants.ts';
import type { RuleContext } from './rule-context.ts';
import { vnetPrivateIps } from './rules-subnet-capacity.ts';

export type HeadroomResource =
  | 'podCidr'
  | 'nodeSubnet'
  | 'podSubnet'
  | 'clusterNodeLimit'
  | 'kubenetRoutes'
  | 'poolNodeLimit'
  | 'vnetPrivateIps';

/** One address range or limit, and how many nodes it allows. */
export interface HeadroomLimit {
  resource: HeadroomResource;
  label: string;
  rule: string;
  /** Units of the range (blocks, IPs or nodes) and their name. */
  capacity: number;
  unit: string;
  /** Most nodes (in the pool, or in the cluster) with which the range still holds at rest / during upgrade. */
  maxNodes: number;
  maxNodesDuringUpgrade: number;
  /** Units used during upgrade at a given node count. */
  usedDuringUpgrade: (nodes: number) => number;
}

export interface HeadroomPoint {
  nodes: number;
  /** Percent of each range used during an upgrade at this node count. */
  percentUsed: Partial<Record<HeadroomResource, number>>;
}

export interface Headroom {
  /** Pool name, or null for the whole cluster. */
  pool: string | null;
  current: number;
  maxCount: number | null;
  limits: HeadroomLimit[];
  /** The range that runs out first during upgrade, or null when nothing limits. */
  firstLimit: HeadroomLimit | null;
  points: HeadroomPoint[];
}

const SEARCH_CEILING = 1_000_000;

/** Largest n in [0, ceiling] with fits(n) (fits is monotone: true then false); −1 when none. */
function largestFitting(fits: (n: number) => boolean): number {
  if (!fits(0)) return -1;
  let low = 0;
  let high = SEARCH_CEILING;
  if (fits(high)) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

function limit(
  resource: HeadroomResource,
  label: string,
  rule: string,
  capacity: number,
  unit: string,
  usedAtRest: (n: number) => number,
  usedDuringUpgrade: (n: number) => number,
): HeadroomLimit {
  return {
    resource,
    label,
    rule,
    capacity,
    unit,
    maxNodes: largestFitting((n) => usedAtRest(n) <= capacity),
    maxNodesDuringUpgrade: largestFitting((n) => usedDuringUpgrade(n) <= capacity),
    usedDuringUpgrade,
  };
}

function podBlocks(plan: ResolvedPlan): number | null {
  if (plan.plugin !== 'overlay' && plan.plugin !== 'kubenet') return null;
  const pod = podCidrOf(plan, 'IPv4');
  if (pod === null) return null;
  const blocks = podNodeBlocks(pod.cidr, OVERLAY_IPV4_NODE_BLOCK_PREFIX);
  return blocks > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(blocks);
}

function vnetIpsPerNode(pool: ResolvedPool): number {
  let ips = pool.ipsPerNode;
  if (pool.podSubnet !== null && pool.podIpAllocationMode === 'DynamicIndividual') ips += 16;
  if (pool.podSubnet !== null && pool.podIpAllocationMode === 'StaticBlock')
    ips += pool.podSubnetIpsPerNode / STATIC_BLOCK_SIZE;
  return ips;
}

/** What every pool's headroom needs from the whole plan, computed once (a plan may hold thousands of pools). */
interface PlanTotals {
  nodes: number;
  nodesDuringUpgrade: number;
  vnetIps: number;
  usageOf: Map<ResolvedSubnet, SubnetUsage>;
}

function planTotals(plan: ResolvedPlan, usages: SubnetUsage[], ctx: RuleContext): PlanTotals {
  const usageOf = new Map<ResolvedSubnet, SubnetUsage>();
  for (const usage of usages) if (!usageOf.has(usage.subnet)) usageOf.set(usage.subnet, usage);
  return {
    nodes: plan.pools.reduce((s, p) => s + p.plannedNodes, 0),
    nodesDuringUpgrade: plan.pools.reduce((s, p) => s + p.plannedNodes + p.surgeNodes, 0),
    vnetIps: vnetPrivateIps(ctx),
    usageOf,
  };
}

function poolHeadroom(plan: ResolvedPlan, totals: PlanTotals, pool: ResolvedPool): Headroom {
  const otherNodes = totals.nodes - pool.plannedNodes;
  const otherUpgrade = totals.nodesDuringUpgrade - pool.plannedNodes - pool.surgeNodes;
  const surge = (n: number): number => surgeNodeCount(n, pool.maxSurge);
  const limits: HeadroomLimit[] = [];

  const blocks = podBlocks(plan);
  if (blocks !== null) {
    limits.push(
      limit(
        'podCidr',
        'Pod CIDR /24 blocks',
        plan.plugin === 'kubenet' ? 'R22' : 'R16',
        blocks,
        'blocks',
        (n) => otherNodes + n,
        (n) => otherUpgrade + n + surge(n),
      ),
    );
  }
  const nodeUsage = pool.subnet === null ? undefined : totals.usageOf.get(pool.subnet);
  if (nodeUsage !== undefined && nodeUsage.subnet.ipv4.length > 0) {
    const mine = pool.plannedNodes * pool.ipsPerNode;
    const mineUp = (pool.plannedNodes + pool.surgeNodes) * pool.ipsPerNode;
    const usable = Number(nodeUsage.usable);
    limits.push(
      limit(
        'nodeSubnet',
        `Node subnet ${nodeUsage.subnet.name}`,
        'R13',
        usable,
        'IPs',
        (n) => nodeUsage.ipsSteady - mine + n * pool.ipsPerNode,
        (n) => nodeUsage.ipsDuringUpgrade - mineUp + (n + surge(n)) * pool.ipsPerNode,
      ),
    );
  }
  const podUsage = pool.podSubnet === null ? undefined : totals.usageOf.get(pool.podSubnet);
  if (podUsage !== undefined && podUsage.subnet.ipv4.length > 0) {
    const mine = pool.plannedNodes * pool.podSubnetIpsPerNode;
    const mineUp = (pool.plannedNodes + pool.surgeNodes) * pool.podSubnetIpsPerNodeDuringUpgrade;
    limits.push(
      limit(
        'podSubnet',
        `Pod subnet ${podUsage.subnet.name}`,
        'R57',
        Number(podUsage.usable),
        'IPs',
        (n) => podUsage.ipsSteady - mine + n * pool.podSubnetIpsPerNode,
        (n) => podUsage.ipsDuringUpgrade - mineUp + (n + surge(n)) * pool.podSubnetIpsPerNodeDuringUpgrade,
      ),
    );
  }
  limits.push(
    limit(
      'clusterNodeLimit',
      `${plan.tier} tier node limit`,
      'R30',
      plan.tierNodeLimit,
      'nodes',
      (n) => otherNodes + n,
      (n) => otherUpgrade + n + surge(n),
    ),
  );
  if (plan.kubenetNodeLimit !== null) {
    limits.push(
      limit(
        'kubenetRoutes',
        'Kubenet route table',
        'R21',
        plan.kubenetNodeLimit,
        'routes',
        (n) => otherNodes + n,
        (n) => otherUpgrade + n + surge(n),
      ),
    );
  }
  limits.push(
    limit(
      'poolNodeLimit',
      'Nodes per pool',
      'R31',
      POOL_NODE_LIMIT,
      'nodes',
      (n) => n,
      (n) => n + surge(n),
    ),
  );
  const vnetIps = totals.vnetIps;
  const perNode = vnetIpsPerNode(pool);
  const mineVnet = pool.plannedNodes * perNode;
  limits.push(
    limit(
      'vnetPrivateIps',
      'VNet private IPs',
      'R9',
      VNET_PRIVATE_IP_LIMIT,
      'IPs',
      (n) => vnetIps - mineVnet + n * perNode,
      (n) => vnetIps - mineVnet + n * perNode,
    ),
  );
  return finish(pool.name, pool.plannedNodes, pool.enableAutoScaling ? pool.maxCount : null, limits);
}

function clusterHeadroom(plan: ResolvedPlan, ctx: RuleContext): Headroom {
  const nodes = plan.pools.reduce((s, p) => s + p.plannedNodes, 0);
  const upgrade = plan.pools.reduce((s, p) => s + p.plannedNodes + p.surgeNodes, 0);
  const surgeRatio = nodes > 0 ? upgrade / nodes : 1.1;
  const up = (n: number): number => Math.ceil(n * surgeRatio);
  const limits: HeadroomLimit[] = [];
  const blocks = podBlocks(plan);
  if (blocks !== null)
    limits.push(limit('podCidr', 'Pod CIDR /24 blocks', 'R16', blocks, 'blocks', (n) => n, up));
  limits.push(
    limit(
      'clusterNodeLimit',
      `${plan.tier} tier node limit`,
      'R30',
      plan.tierNodeLimit,
      'nodes',
      (n) => n,
      up,
    ),
  );
  if (plan.kubenetNodeLimit !== null) {
    limits.push(
      limit('kubenetRoutes', 'Kubenet route table', 'R21', plan.kubenetNodeLimit, 'routes', (n) => n, up),
    );
  }
  const vnetIps = vnetPrivateIps(ctx);
  const perNode = nodes > 0 ? vnetIps / nodes : 1;
  limits.push(
    limit(
      'vnetPrivateIps',
      'VNet private IPs',
      'R9',
      VNET_PRIVATE_IP_LIMIT,
      'IPs',
      (n) => Math.ceil(n * perNode),
      (n) => Math.ceil(n * perNode),
    ),
  );
  return finish(null, nodes, null, limits);
}

function finish(
  pool: string | null,
  current: number,
  maxCount: number | null,
  limits: HeadroomLimit[],
): Headroom {
  let firstLimit: HeadroomLimit | null = null;
  for (const item of limits) {
    if (firstLimit === null || item.maxNodesDuringUpgrade < firstLimit.maxNodesDuringUpgrade)
      firstLimit = item;
  }
  const target = Math.max(current, maxCount ?? 0, 1);
  const runOut = firstLimit === null ? target : Math.max(firstLimit.maxNodesDuringUpgrade, 0);
  const end = Math.min(SEARCH_CEILING, Math.max(Math.ceil(target * 1.5), Math.ceil(runOut * 1.25), 10));
  const step = Math.max(1, Math.ceil(end / 60));
  const chartPoints = (): HeadroomPoint[] => {
    const points: HeadroomPoint[] = [];
    for (let n = 0; n <= end; n += step) {
      const percentUsed: Partial<Record<HeadroomResource, number>> = {};
      for (const item of limits) {
        percentUsed[item.resource] =
          item.capacity > 0 ? Math.round((item.usedDuringUpgrade(n) / item.capacity) * 1000) / 10 : 100;
      }
      points.push({ nodes: n, percentUsed });
    }
    return points;
  };
  // The chart points are worked out when first read: a page shows one pool's chart, a plan may have 10,000 pools.
  let points: HeadroomPoint[] | undefined;
  const headroom = { pool, current, maxCount, limits, firstLimit } as Headroom;
  Object.defineProperty(headroom, 'points', {
    enumerable: true,
    get: () => (points ??= chartPoints()),
  });
  return headroom;
}

/**
 * How far each node pool, and the cluster as a whole, can scale before an address range or limit
 * runs out: for each range the largest node count that still fits at rest and during an upgrade
 * (surge included), plus points for a chart of percent used. Pools grow one at a time, the others
 * staying at their planned size; the cluster view grows every pool in proportion. With
 * `{ pools: false }` only the cluster is worked out (pools is empty). Never throws.
 *
 * @example planHeadroom(plan).pools[0]?.firstLimit?.maxNodesDuringUpgrade // 228 for one overlay pool in a /24: 228 + ceil(22.8) = 251 usable
 */
export function planHeadroom(
  plan: PlanDocument,
  options: { pools?: boolean } = {},
): { pools: Headroom[]; cluster: Headroom } {
  try {
    const findings = new FindingList();
    const resolved = resolvePlan(plan, findings, []);
    const usages = subnetUsages(resolved);
    const ctx: RuleContext = { plan: resolved, usages, findings };
    const totals = planTotals(resolved, usages, ctx);
    return {
      pools:
        options.pools === false ? [] : resolved.pools.map((pool) => poolHeadroom(resolved, totals, pool)),
      cluster: clusterHeadroom(resolved, ctx),
    };
  } catch {
    return { pools: [], cluster: finish(null, 0, null, []) };
  }
}
