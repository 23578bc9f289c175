import type { PlanDocument } from '../../src/core/index.ts';
import { TEMPLATES } from '../../src/state/templates.ts';

/** The production template (3 pools with autoscaling): the browser benchmark's typical plan. */
export function productionPlan(): PlanDocument {
  const production = TEMPLATES.find((t) => t.id === 'production-autoscale')?.plan;
  if (production === undefined) throw new Error('no production-autoscale template');
  return production;
}

/** The production template with 100 pools of 3 nodes at 30 pods (exactly the 100-pool limit, R31). */
export function hundredPoolPlan(): PlanDocument {
  return {
    ...productionPlan(),
    title: 'One hundred pools',
    nodePools: Array.from({ length: 100 }, (_, i) => ({
      name: `pool${i}`,
      mode: i === 0 ? ('System' as const) : ('User' as const),
      count: 3,
      maxPods: 30,
    })),
  };
}
