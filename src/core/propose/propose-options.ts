import type { NodePoolPlan, PlanDocument } from '../types.ts';

/** What `proposePlan` takes besides the plan (plan-document.md, "Proposals"). */
export interface ProposeOptions {
  /** Extra nodes on every pool's autoscaler maximum (or count), rounded up; default 0. */
  growthPercent?: number;
  /** ClusterIPs the service CIDR must hold after the defaults; default: keep the current size. */
  expectedServices?: number;
  /** Paths the proposal must not change, e.g. "vnet.subnets[2]", "cluster.serviceCidrs". */
  fixed?: string[];
}

/** The growth margin as a whole number of hundredths of a percent (0 for anything not a finite number ≥ 0). */
function growthHundredths(growthPercent: number | undefined): number {
  if (growthPercent === undefined || !Number.isFinite(growthPercent) || growthPercent <= 0) return 0;
  return Math.min(Math.round(growthPercent * 100), 100_000_00);
}

/**
 * `nodes` grown by `growthPercent`, rounded up, in integer arithmetic.
 *
 * @example grownNodes(24, 30) // 24 + ceil(24 × 30 / 100) = 24 + 8 = 32
 */
export function grownNodes(nodes: number, growthPercent: number | undefined): number {
  const hundredths = growthHundredths(growthPercent);
  if (hundredths === 0 || !Number.isInteger(nodes) || nodes <= 0) return nodes;
  return nodes + Math.ceil((nodes * hundredths) / 10_000);
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * The plan the proposal sizes: each pool's autoscaler maximum (or its count) grown by the margin.
 * The proposed plan keeps the pools as they are; only the ranges are sized for the grown pools.
 *
 * @example grownPlan({ nodePools: [{ count: 10 }] }, 30).nodePools[0].count // 13
 */
export function grownPlan(plan: PlanDocument, growthPercent: number | undefined): PlanDocument {
  if (growthHundredths(growthPercent) === 0) return plan;
  const nodePools = plan.nodePools.map((pool): NodePoolPlan => {
    if (pool.enableAutoScaling === true && isCount(pool.maxCount))
      return { ...pool, maxCount: grownNodes(pool.maxCount, growthPercent) };
    const count = isCount(pool.count)
      ? pool.count
      : pool.enableAutoScaling === true && isCount(pool.minCount)
        ? pool.minCount
        : 3;
    return { ...pool, count: grownNodes(count, growthPercent) };
  });
  return { ...plan, nodePools };
}

/**
 * True when `path` is one of the fixed paths or lies under one ("cluster.serviceCidrs" fixes
 * "cluster.serviceCidrs[1]"; "vnet" fixes every subnet).
 *
 * @example isFixedPath(['vnet.subnets[2]'], 'vnet.subnets[2].addressPrefixes[0]') // true
 */
export function isFixedPath(fixed: readonly string[], path: string): boolean {
  for (const f of fixed) {
    if (f === path) return true;
    if (path.startsWith(f) && (path[f.length] === '.' || path[f.length] === '[')) return true;
  }
  return false;
}
