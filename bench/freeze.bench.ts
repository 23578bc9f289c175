/**
 * `npm run bench` (second part): inputs a share link, a plan file or a paste can carry that once froze
 * the page (issue 13, "Nothing freezes"). Each case is timed as the user waits for it: the whole chain
 * a keystroke runs (evaluatePlan, the address map, headroom, the plugin comparison) or the import.
 * Prints numbers and the budget each case should stay under; it is not a pass/fail test.
 */
import { addressMap, comparePlugins, importAzureJson, planHeadroom } from '../src/core/index.ts';
import type { PlanDocument } from '../src/core/index.ts';
import { chartScale } from '../src/features/headroom/headroom-scale.ts';
import { evaluate } from '../src/core/index.ts';

/** Median of `runs` calls (at least one), in ms; slow cases run once. */
function time(label: string, budgetMs: number, run: () => unknown, runs = 3): void {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    if (times[0] !== undefined && times[0] > 2_000) break;
  }
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)] ?? Number.NaN;
  const verdict = ms <= budgetMs ? 'within' : 'OVER';
  console.log(
    `${label.padEnd(60)} ${ms.toFixed(ms < 10 ? 2 : 0).padStart(9)} ms  (${verdict} budget ${budgetMs} ms)`,
  );
}

/** Everything one edit recomputes for the views. */
function allViews(plan: PlanDocument): void {
  const evaluation = evaluate(plan);
  addressMap(evaluation);
  void planHeadroom(evaluation).cluster.points;
  comparePlugins(evaluation);
}

function sameSubnets(n: number): PlanDocument {
  return {
    schemaVersion: 1,
    vnet: {
      name: 'vnet',
      addressSpace: ['10.0.0.0/16'],
      subnets: Array.from({ length: n }, (_, i) => ({ name: `s${i}`, addressPrefixes: ['10.0.0.0/24'] })),
    },
    nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 's0' }],
  };
}

function sameVnetPrefixes(n: number): PlanDocument {
  return {
    schemaVersion: 1,
    vnet: {
      name: 'vnet',
      addressSpace: Array.from({ length: n }, () => '10.0.0.0/16'),
      subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/24'] }],
    },
    nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'nodes' }],
  };
}

function hugeNodeCount(count: number): PlanDocument {
  return {
    schemaVersion: 1,
    vnet: {
      name: 'vnet',
      addressSpace: ['10.0.0.0/16'],
      subnets: [{ name: 'nodes', addressPrefixes: ['10.0.0.0/22'] }],
    },
    nodePools: [{ name: 'system', mode: 'System', count, subnet: 'nodes' }],
  };
}

function aksShowWithPools(n: number): string {
  return JSON.stringify({
    name: 'aks',
    networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay' },
    agentPoolProfiles: Array.from({ length: n }, (_, i) => ({
      name: `p${i}`,
      mode: 'User',
      count: 3,
      vnetSubnetId: `/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/sn${i}`,
    })),
  });
}

console.log('Inputs that once froze the page (issue 13): time per case\n');
for (const n of [200, 400, 800])
  time(`${n} subnets on the same prefix: every view`, 500, () => allViews(sameSubnets(n)));
for (const n of [200, 800])
  time(`${n} subnets on the same prefix: address map only`, 300, () => {
    const plan = sameSubnets(n);
    addressMap(evaluate(plan));
  });
time('2,000 identical VNet prefixes (paste): every view', 500, () => allViews(sameVnetPrefixes(2_000)));
time('2,000 identical VNet prefixes: Azure import', 500, () =>
  importAzureJson({
    vnetShow: JSON.stringify({
      name: 'v',
      addressSpace: { addressPrefixes: Array.from({ length: 2_000 }, () => '10.0.0.0/16') },
      subnets: [],
    }),
  }),
);
time('node count 100,000 (the schema maximum): every view', 300, () => allViews(hugeNodeCount(100_000)));
time('node count 123,456,789,012,345 (a stored draft): every view', 300, () =>
  allViews(hugeNodeCount(123_456_789_012_345)),
);
time('headroom chart rows up to today = 123,456,789,012,345 nodes', 50, () => {
  const pool = planHeadroom(evaluate(hugeNodeCount(3))).pools[0];
  if (pool !== undefined) chartScale(pool, 123_456_789_012_345, null);
});
for (const n of [2_000, 20_000]) {
  const text = aksShowWithPools(n);
  time(`Azure import of ${n.toLocaleString('en-US')} pools`, n === 2_000 ? 300 : 3_000, () =>
    importAzureJson({ aksShow: text }),
  );
}
