import type { Evaluation } from '../report/evaluation.ts';
import { podCidrOf } from '../model/resolve-plan.ts';
import type { ResolvedPlan, ResolvedPool, ResolvedSubnet } from '../model/resolve-plan.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';
import { clusterGrowth, poolGrowth, snapshot, snapshots, subnetSlots } from './headroom-growth.ts';
import type { Growth } from './headroom-growth.ts';
import { podNodeBlocks } from '../model/capacity.ts';
import {
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  POOL_NODE_LIMIT,
  VNET_PRIVATE_IP_LIMIT,
} from '../model/constants.ts';

export type { Headroom, HeadroomLimit, HeadroomPoint, HeadroomResource } from './headroom-types.ts';
import type { Headroom, HeadroomLimit, HeadroomPoint, HeadroomResource } from './headroom-types.ts';

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

/** What every pool's headroom needs from the whole plan, computed once (a plan may hold thousands of pools). */
interface PlanTotals {
  nodes: number;
  nodesDuringUpgrade: number;
  vnetIps: number;
  usageOf: Map<ResolvedSubnet, SubnetUsage>;
}

/** The evaluation's totals (report.cluster) and each subnet's usage, read once for every pool. */
function planTotals({ usages, report }: Evaluation): PlanTotals {
  const usageOf = new Map<ResolvedSubnet, SubnetUsage>();
  for (const usage of usages) if (!usageOf.has(usage.subnet)) usageOf.set(usage.subnet, usage);
  const { nodes, nodesDuringUpgrade, vnetPrivateIps } = report.cluster;
  return { nodes, nodesDuringUpgrade, vnetIps: vnetPrivateIps, usageOf };
}

/**
 * Every range and limit as the growing pools reach size n (aks-rules R9, R13, R16, R21, R22, R30,
 * R31, R57): the one model behind the pool view, the cluster view, the plugin comparison and the print.
 */
function growthLimits(plan: ResolvedPlan, totals: PlanTotals, growth: Growth): HeadroomLimit[] {
  const slots = {
    nodeSubnet: subnetSlots(growth.pools, 'subnet'),
    podSubnet: subnetSlots(growth.pools, 'podSubnet'),
  };
  const today = snapshot(growth, slots, null);
  const at = snapshots(growth, slots);
  const restNodes = totals.nodes - today.nodes;
  const restUpgrade = totals.nodesDuringUpgrade - today.nodesUp;
  const nodesAt = (n: number): number => restNodes + at(n).nodes;
  const nodesUpAt = (n: number): number => restUpgrade + at(n).nodesUp;
  const limits: HeadroomLimit[] = [];

  const blocks = podBlocks(plan);
  if (blocks !== null) {
    const rule = plan.plugin === 'kubenet' ? 'R22' : 'R16';
    limits.push(limit('podCidr', 'Pod CIDR /24 blocks', rule, blocks, 'blocks', nodesAt, nodesUpAt));
  }
  const subnetLimits = (role: 'nodeSubnet' | 'podSubnet') => {
    slots[role].subnets.forEach((subnet, slot) => {
      const mine = today[role].at[slot] ?? 0;
      const mineUp = today[role].up[slot] ?? 0;
      const usage = totals.usageOf.get(subnet);
      if (usage === undefined || usage.subnet.ipv4.length === 0) return;
      const rest = usage.ipsSteady - mine;
      const restUp = usage.ipsDuringUpgrade - mineUp;
      limits.push(
        limit(
          role,
          `${role === 'nodeSubnet' ? 'Node' : 'Pod'} subnet ${usage.subnet.name}`,
          role === 'nodeSubnet' ? 'R13' : 'R57',
          Number(usage.usable),
          'IPs',
          (n) => rest + (at(n)[role].at[slot] ?? 0),
          (n) => restUp + (at(n)[role].up[slot] ?? 0),
        ),
      );
    });
  };
  subnetLimits('nodeSubnet');
  subnetLimits('podSubnet');
  limits.push(
    limit(
      'clusterNodeLimit',
      `${plan.tier} tier node limit`,
      'R30',
      plan.tierNodeLimit,
      'nodes',
      nodesAt,
      nodesUpAt,
    ),
  );
  // The evaluation's node limit (report.cluster.nodeLimit) when the kubenet route table makes it lower.
  if (plan.kubenetNodeLimit !== null && plan.nodeLimit < plan.tierNodeLimit) {
    limits.push(
      limit('kubenetRoutes', 'Kubenet route table', 'R21', plan.nodeLimit, 'routes', nodesAt, nodesUpAt),
    );
  }
  if (growth.pools.length > 0) {
    limits.push(
      limit(
        'poolNodeLimit',
        'Nodes per pool',
        'R31',
        POOL_NODE_LIMIT,
        'nodes',
        (n) => at(n).largest,
        (n) => at(n).largestUp,
      ),
    );
  }
  const restVnet = totals.vnetIps - today.vnetIps;
  const vnetAt = (n: number): number => restVnet + at(n).vnetIps;
  limits.push(
    limit('vnetPrivateIps', 'VNet private IPs', 'R9', VNET_PRIVATE_IP_LIMIT, 'IPs', vnetAt, vnetAt),
  );
  return limits;
}

function poolHeadroom(plan: ResolvedPlan, totals: PlanTotals, pool: ResolvedPool): Headroom {
  const maxCount = pool.enableAutoScaling ? pool.maxCount : null;
  return finish(pool.name, pool.plannedNodes, maxCount, () => growthLimits(plan, totals, poolGrowth(pool)));
}

function clusterHeadroom(plan: ResolvedPlan, totals: PlanTotals): Headroom {
  return finish(null, totals.nodes, null, () => growthLimits(plan, totals, clusterGrowth(plan)));
}

/** The range that runs out first during an upgrade, or null when nothing limits. */
function firstToRunOut(limits: readonly HeadroomLimit[]): HeadroomLimit | null {
  let first: HeadroomLimit | null = null;
  for (const item of limits) {
    if (first === null || item.maxNodesDuringUpgrade < first.maxNodesDuringUpgrade) first = item;
  }
  return first;
}

/** Points for a chart of percent used during an upgrade, from 0 nodes to past the run-out point. */
function chartPoints(
  current: number,
  maxCount: number | null,
  limits: readonly HeadroomLimit[],
  firstLimit: HeadroomLimit | null,
): HeadroomPoint[] {
  const target = Math.max(current, maxCount ?? 0, 1);
  const runOut = firstLimit === null ? target : Math.max(firstLimit.maxNodesDuringUpgrade, 0);
  const end = Math.min(SEARCH_CEILING, Math.max(Math.ceil(target * 1.5), Math.ceil(runOut * 1.25), 10));
  const step = Math.max(1, Math.ceil(end / 60));
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
}

/**
 * A headroom whose limits, first limit and chart points are worked out when first read: the page
 * reads the cluster and the pools it shows, and a link may carry 10,000 pools. Work that fails
 * (it should not) reads as no limits, so reading never throws.
 */
function finish(
  pool: string | null,
  current: number,
  maxCount: number | null,
  work: () => HeadroomLimit[],
): Headroom {
  let limits: HeadroomLimit[] | undefined;
  let firstLimit: HeadroomLimit | null | undefined;
  let points: HeadroomPoint[] | undefined;
  const readLimits = (): HeadroomLimit[] => {
    if (limits === undefined) {
      try {
        limits = work();
      } catch {
        limits = [];
      }
    }
    return limits;
  };
  const readFirst = (): HeadroomLimit | null =>
    firstLimit === undefined ? (firstLimit = firstToRunOut(readLimits())) : firstLimit;
  const headroom = { pool, current, maxCount } as Headroom;
  Object.defineProperties(headroom, {
    limits: { enumerable: true, get: readLimits },
    firstLimit: { enumerable: true, get: readFirst },
    points: {
      enumerable: true,
      get: () => (points ??= chartPoints(current, maxCount, readLimits(), readFirst())),
    },
  });
  return headroom;
}

/**
 * How far each node pool, and the cluster as a whole, can scale before an address range or limit
 * runs out: for each range the largest node count that still fits at rest and during an upgrade
 * (surge included), plus points for a chart of percent used. Pools grow one at a time, the others
 * staying at their planned size; the cluster view grows every pool in proportion. With
 * `{ pools: false }` only the cluster is worked out (pools is empty). Each headroom's limits and
 * points are worked out when first read (a link may carry 10,000 pools; the page reads a few). Reads
 * the plan's one evaluation; never resolves the plan again. Never throws, not even when read.
 *
 * @example planHeadroom(evaluate(plan)).pools[0]?.firstLimit?.maxNodesDuringUpgrade // 228 for one overlay pool in a /24: 228 + ceil(22.8) = 251 usable
 */
export function planHeadroom(
  evaluation: Evaluation,
  options: { pools?: boolean } = {},
): { pools: Headroom[]; cluster: Headroom } {
  const wantPools = options.pools !== false;
  let known = worked.get(evaluation);
  try {
    if (known === undefined) {
      known = { totals: planTotals(evaluation), cluster: null, pools: null };
      worked.set(evaluation, known);
    }
    const { model } = evaluation;
    const { totals } = known;
    known.cluster ??= clusterHeadroom(model, totals);
    if (wantPools) known.pools ??= model.pools.map((pool) => poolHeadroom(model, totals, pool));
    return { pools: wantPools ? (known.pools ?? []) : [], cluster: known.cluster };
  } catch {
    return { pools: [], cluster: finish(null, 0, null, () => []) };
  }
}

/**
 * Headroom already worked out for an evaluation: the page's headroom panel, its print view and the
 * plugin comparison read the same evaluation, so it is worked out once per edit. An evaluation is
 * read only, so what was worked out for it stays true; it goes when the evaluation does.
 */
const worked = new WeakMap<
  Evaluation,
  { totals: PlanTotals; cluster: Headroom | null; pools: Headroom[] | null }
>();
