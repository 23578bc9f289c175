import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluate } from '../report/evaluate-plan.ts';
import { overlayPlan } from '../../testing/test-plans.ts';
import { clusterGrowth, poolGrowth, snapshot, subnetSlots } from './headroom-growth.ts';
import { surgeNodeCount } from '../model/surge.ts';

const { model } = evaluate(
  overlayPlan({
    nodePools: [
      { name: 'system', mode: 'System', count: 3 },
      { name: 'apps', mode: 'User', count: 7 },
    ],
  }),
);
const [, apps] = model.pools as [(typeof model.pools)[0], (typeof model.pools)[0]];

describe('how pools grow in the headroom model', () => {
  it('a pool view grows one pool: its node count is the size', () => {
    expect(poolGrowth(apps).nodesAt(40)).toEqual([40]);
  });

  it('the cluster view splits n in proportion: 3 and 7 nodes at n = 20 → 6 and 14', () => {
    const growth = clusterGrowth(model);
    expect(growth.nodesAt(20)).toEqual([6, 14]);
  });

  it('the pools add up to n, each within one node of its share, at every size', () => {
    const growth = clusterGrowth(model);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const parts = growth.nodesAt(n);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.abs((parts[0] ?? 0) - (n * 3) / 10)).toBeLessThan(1);
      }),
    );
  });

  it('snapshot at 10 nodes: 10 + ceil(10 × 10 %) = 11 nodes during upgrade, 11 node-subnet IPs', () => {
    const growth = poolGrowth(apps);
    const slots = { nodeSubnet: subnetSlots([apps], 'subnet'), podSubnet: subnetSlots([apps], 'podSubnet') };
    expect(slots.nodeSubnet.subnets.map((s) => s.name)).toEqual(['snet-nodes']);
    const at10 = snapshot(growth, slots, 10);
    expect(at10).toMatchObject({ nodes: 10, nodesUp: 11 });
    expect(at10.nodeSubnet.up).toEqual([11]);
  });
});

describe('the cluster snapshot sums every pool once', () => {
  const plan = evaluate(
    overlayPlan({
      nodePools: [
        { name: 'system', mode: 'System', count: 3 },
        { name: 'apps', mode: 'User', count: 7, maxSurge: '33%' },
        { name: 'batch', mode: 'User', count: 0, maxSurge: '2' },
      ],
    }),
  ).model;
  const growth = clusterGrowth(plan);
  const slots = {
    nodeSubnet: subnetSlots(plan.pools, 'subnet'),
    podSubnet: subnetSlots(plan.pools, 'podSubnet'),
  };

  it('equals the pool-by-pool sum at every size: nodes, surge, largest pool and node-subnet IPs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const counts = growth.nodesAt(n);
        const ups = plan.pools.map(
          (pool, i) => (counts[i] ?? 0) + surgeNodeCount(counts[i] ?? 0, pool.maxSurge),
        );
        const s = snapshot(growth, slots, n);
        expect(s.nodes).toBe(n);
        expect(s.nodesUp).toBe(ups.reduce((a, b) => a + b, 0));
        expect(s.largest).toBe(Math.max(...counts));
        expect(s.largestUp).toBe(Math.max(...ups));
        expect(s.nodeSubnet.up).toEqual([ups.reduce((a, b) => a + b, 0)]); // one node subnet, 1 IP per node
      }),
    );
  });
});
