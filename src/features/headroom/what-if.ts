import type { Evaluation, Finding, Headroom, NodePoolPlan, PlanDocument } from '../../core/index.ts';

/** Extra nodes per pool, by index into `plan.nodePools`; missing, zero, negative or non-integer parts add nothing. */
export type ExtraNodes = readonly number[];

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function extraAt(extras: ExtraNodes, index: number): number {
  const extra = extras[index];
  return extra !== undefined && Number.isFinite(extra) && extra > 0 ? Math.floor(extra) : 0;
}

/**
 * A hypothetical plan with `extras[i]` more nodes in pool i: its `count` grows by the extra nodes, and
 * so does its `maxCount` when it autoscales (the planner sizes autoscaling pools by maxCount, aks-rules §1).
 * A count the plan leaves out (or that is not a whole number) starts from the count the evaluation
 * resolved. The user's plan is never changed; pools with no extra nodes are passed through as they are.
 *
 * @example planWithExtraNodes(evaluate(plan), [0, 40]) // pool 1: count 4 → 44 (and maxCount 6 → 46 when autoscaling)
 */
export function planWithExtraNodes({ plan, model }: Evaluation, extras: ExtraNodes): PlanDocument {
  if (!plan.nodePools.some((_pool, index) => extraAt(extras, index) > 0)) return plan;
  const resolvedCount = (index: number): number => model.pools[index]?.count ?? 0;
  return {
    ...plan,
    nodePools: plan.nodePools.map((pool, index): NodePoolPlan => {
      const extra = extraAt(extras, index);
      if (extra === 0) return pool;
      const autoscaled = pool.enableAutoScaling === true && isCount(pool.maxCount);
      if (autoscaled) {
        return {
          ...pool,
          ...(isCount(pool.count) ? { count: pool.count + extra } : {}),
          maxCount: (pool.maxCount as number) + extra,
        };
      }
      return { ...pool, count: (isCount(pool.count) ? pool.count : resolvedCount(index)) + extra };
    }),
  };
}

/** One pool's extra nodes as an `ExtraNodes` list. */
export function extraNodesInPool(poolIndex: number, extra: number): ExtraNodes {
  const extras = new Array<number>(Math.max(poolIndex + 1, 0)).fill(0);
  if (poolIndex >= 0) extras[poolIndex] = extra;
  return extras;
}

function findingKey(finding: Finding): string {
  return `${finding.code}\u0000${finding.path ?? ''}`;
}

/**
 * Findings of `after` that `before` does not have, matched by code and path (messages carry numbers
 * that change with the node count, so they are not compared).
 *
 * @example newFindings([], [{ code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE', … }]) // that one finding
 */
export function newFindings(before: readonly Finding[], after: readonly Finding[]): Finding[] {
  const known = new Set(before.map(findingKey));
  const seen = new Set<string>();
  return after.filter((finding) => {
    const key = findingKey(finding);
    if (known.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The slider's upper end for extra nodes: past the first run-out point with a margin (the chart's
 * last point, which lies at least 25 % beyond it), and never below 10.
 *
 * @example whatIfSliderMax(headroomOfPoolWith3NodesIn24) // 285 − 3 = 282: the chart runs to 1.25 × 228
 */
export function whatIfSliderMax(headroom: Headroom): number {
  const lastNodes = headroom.points[headroom.points.length - 1]?.nodes ?? 0;
  const runOut = headroom.firstLimit?.maxNodesDuringUpgrade ?? 0;
  const end = Math.max(lastNodes, Math.ceil(runOut * 1.25));
  return Math.max(10, end - headroom.current);
}
