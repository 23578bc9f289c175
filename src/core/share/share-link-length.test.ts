/**
 * How long a share link gets (docs/share-links.md, "Long plans"). The figures in the doc come from
 * here; if the grammar changes them, update the doc with the new numbers.
 */
import { describe, expect, it } from 'vitest';
import { decodePlan, encodePlan } from './plan-codec.ts';
import { scenario, SCENARIOS } from '../../testing/scenarios.ts';
import type { NodePoolPlan, PlanDocument } from '../types.ts';

/** An origin and path of typical length for where the planner is hosted. */
const BASE = 'https://aks-planner.example.com/';

/** The production scenario (cluster, VNet, 3 subnets, 2 peerings) with 100 node pools. */
function hundredPoolPlan(pool: (i: number) => NodePoolPlan): PlanDocument {
  const base = scenario('production-autoscale').plan;
  return {
    ...base,
    nodePools: [base.nodePools[0] ?? {}, ...Array.from({ length: 99 }, (_, i) => pool(i + 1))],
  };
}

/** Every pool fully specified: autoscaling, surge, max pods and its subnet named. */
const FULL = hundredPoolPlan((i) => ({
  name: `user${String(i).padStart(2, '0')}`,
  mode: 'User',
  osType: 'Linux',
  subnet: 'snet-aks-nodes',
  count: 3,
  enableAutoScaling: true,
  minCount: 1,
  maxCount: 10,
  maxSurge: '33%',
  maxPods: 110,
}));

/** Pools with a name, a count and max pods (defaults for everything else). */
const LEAN = hundredPoolPlan((i) => ({ name: `user${String(i).padStart(2, '0')}`, count: 3, maxPods: 110 }));

describe('share-link length for a 100-pool plan', () => {
  const full = BASE + '?' + encodePlan(FULL);
  const lean = BASE + '?' + encodePlan(LEAN);

  it('fully specified pools: 11,638 characters (under 12,000), about 107 per pool', () => {
    expect(full.length).toBe(11_638);
    expect(full.length).toBeLessThan(12_000);
    expect(decodePlan(full.slice(BASE.length + 1)).plan).toEqual(FULL);
  });

  it('lean pools (name, count, max pods): 4,015 characters (under 4,100), about 34 per pool', () => {
    expect(lean.length).toBe(4_015);
    expect(lean.length).toBeLessThan(4_100);
  });

  it('the worked scenarios of src/testing take 185–1,039 characters', () => {
    const lengths = SCENARIOS.map((s) => (BASE + '?' + encodePlan(s.plan)).length);
    expect([Math.min(...lengths), Math.max(...lengths)]).toEqual([185, 1_039]);
  });
});
