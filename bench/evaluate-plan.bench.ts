/**
 * `npm run bench`: time per evaluatePlan call for a typical plan and for plans with 10 … 10,000
 * connected networks or subnets, IPv4 and IPv6. Prints numbers; it is not a pass/fail test.
 * Targets (issue 6): ≤ 0.2 ms for a typical plan, ≤ 50 ms for 10,000 ranges.
 */
import { evaluatePlan, planHeadroom } from '../src/core/index.ts';
import type { PlanDocument } from '../src/core/index.ts';
import { SCENARIOS } from '../src/testing/scenarios.ts';

function timePerCall(label: string, run: () => unknown, minMs = 400): number {
  for (let i = 0; i < 5; i++) run(); // warm up the JIT
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || calls < 5) {
    run();
    calls++;
    elapsed = performance.now() - start;
  }
  const perCall = elapsed / calls;
  console.log(
    `${label.padEnd(52)} ${perCall.toFixed(perCall < 1 ? 4 : 2).padStart(10)} ms/call  (${calls} calls)`,
  );
  return perCall;
}

const typical = SCENARIOS.find((s) => s.id === 'production-autoscale')?.plan as PlanDocument;

function withConnected(n: number, family: 'IPv4' | 'IPv6'): PlanDocument {
  const connectedNetworks = Array.from({ length: n }, (_, i) => ({
    name: `net-${i}`,
    kind: 'peering' as const,
    addressPrefixes: [
      family === 'IPv4'
        ? `10.${128 + ((i >> 8) & 63)}.${i & 255}.0/24`
        : `fd00:${(i >> 8).toString(16)}:${(i & 255).toString(16)}::/48`,
    ],
  }));
  return { ...typical, connectedNetworks };
}

function withSubnets(n: number, family: 'IPv4' | 'IPv6'): PlanDocument {
  const subnets = Array.from({ length: n }, (_, i) => ({
    name: `snet-${i}`,
    addressPrefixes:
      family === 'IPv4'
        ? [`10.${(i >> 8) & 255}.${i & 255}.0/24`]
        : [`10.${(i >> 8) & 255}.${i & 255}.0/24`, `fd00:10:0:${i.toString(16)}::/64`],
    purpose: 'other' as const,
  }));
  return {
    schemaVersion: 1,
    cluster: {
      networkPlugin: 'overlay',
      ...(family === 'IPv6' ? { ipFamilies: ['IPv4', 'IPv6'] as const } : {}),
      podCidrs: family === 'IPv4' ? ['100.64.0.0/16'] : ['100.64.0.0/16', 'fd99::/64'],
      serviceCidrs: family === 'IPv4' ? ['172.16.0.0/16'] : ['172.16.0.0/16', 'fd98::/108'],
      dnsServiceIp: '172.16.0.10',
    } as PlanDocument['cluster'],
    vnet: {
      name: 'vnet-big',
      addressSpace: family === 'IPv4' ? ['10.0.0.0/8'] : ['10.0.0.0/8', 'fd00:10::/48'],
      subnets: [
        {
          name: 'nodes',
          addressPrefixes: family === 'IPv4' ? ['11.0.0.0/16'] : ['11.0.0.0/16', 'fd00:11::/64'],
        },
        ...subnets,
      ],
    },
    nodePools: [{ name: 'system', mode: 'System', count: 3, subnet: 'nodes' }],
  } as PlanDocument;
}

console.log(`evaluatePlan on Node ${process.version}\n`);
const results: Record<string, number> = {};
results['typical'] = timePerCall('typical plan (production, 3 pools)', () => evaluatePlan(typical), 1000);
for (const scenario of SCENARIOS)
  timePerCall(`scenario ${scenario.id}`, () => evaluatePlan(scenario.plan), 200);
console.log('');
for (const family of ['IPv4', 'IPv6'] as const) {
  let previous: number | null = null;
  for (const n of [10, 100, 1_000, 10_000]) {
    const plan = withConnected(n, family);
    const t = timePerCall(`${family} ${n.toLocaleString('en-US')} connected networks`, () =>
      evaluatePlan(plan),
    );
    if (previous !== null) console.log(`${''.padEnd(52)} ×${(t / previous).toFixed(1)} for ×10 ranges`);
    previous = t;
    results[`${family}-connected-${n}`] = t;
  }
  previous = null;
  for (const n of [10, 100, 1_000, 10_000]) {
    const plan = withSubnets(n, family);
    const t = timePerCall(`${family} ${n.toLocaleString('en-US')} subnets`, () => evaluatePlan(plan));
    if (previous !== null) console.log(`${''.padEnd(52)} ×${(t / previous).toFixed(1)} for ×10 ranges`);
    previous = t;
    results[`${family}-subnets-${n}`] = t;
  }
}
console.log('');
timePerCall('planHeadroom, typical plan', () => planHeadroom(typical));
const worst = Math.max(
  ...Object.entries(results)
    .filter(([k]) => k.endsWith('10000'))
    .map(([, v]) => v),
);
console.log(
  `\nTargets: typical ${results['typical']?.toFixed(4)} ms (≤ 0.2), 10,000 ranges worst ${worst.toFixed(2)} ms (≤ 50)`,
);
