/**
 * `npm run bench`: time per evaluatePlan call for a typical plan and for plans with 10 … 10,000
 * connected networks or subnets, IPv4 and IPv6, and how the time grows per ×10 ranges. Prints numbers;
 * it is not a pass/fail test. Targets (issue 6): ≤ 0.2 ms for a typical plan, ≤ 50 ms for 10,000 ranges.
 *
 * How a case is timed: calls are first run untimed for at least 5 calls and 200 ms (the engine
 * compiles the code as it runs, so the first calls are slower), then for at least `minMs` in 5 rounds
 * of at least 1 call each; the median round's time per call is printed. Garbage collection during
 * the rounds counts (a large plan makes garbage), but one pause or one busy moment of the machine
 * does not decide the number. The first call is printed too: it runs before the engine has compiled
 * the code and before the CIDR parse cache holds the plan's prefixes (later calls, like a user's
 * next edit, find them there).
 */
import { availableParallelism, cpus } from 'node:os';
import { evaluatePlan, planHeadroom, proposePlan } from '../src/core/index.ts';
import { hundredPoolPlan } from './propose-bench-plan.ts';
import type { PlanDocument } from '../src/core/index.ts';
import { SCENARIOS } from '../src/testing/scenarios.ts';
import { evaluate } from '../src/core/index.ts';

const ROUNDS = 5;

function timePerCall(label: string, run: () => unknown, minMs = 400): number {
  const warmUpStart = performance.now();
  run();
  const firstCall = performance.now() - warmUpStart;
  for (let i = 1; i < 5 || performance.now() - warmUpStart < 200; i++) run();
  const rounds: number[] = [];
  let calls = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let roundCalls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < minMs / ROUNDS || roundCalls < 1) {
      run();
      roundCalls++;
      elapsed = performance.now() - start;
    }
    rounds.push(elapsed / roundCalls);
    calls += roundCalls;
  }
  rounds.sort((a, b) => a - b);
  const perCall = rounds[Math.floor(ROUNDS / 2)] ?? Number.NaN;
  console.log(
    `${label.padEnd(52)} ${perCall.toFixed(perCall < 1 ? 4 : 2).padStart(10)} ms/call  (${calls} calls; first call ${firstCall.toFixed(firstCall < 1 ? 3 : 1)} ms)`,
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

console.log(
  `evaluatePlan on Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'})\n`,
);
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
timePerCall('planHeadroom, typical plan (with its evaluation)', () => planHeadroom(evaluate(typical)));
const hundredPools = hundredPoolPlan();
const proposeMs = timePerCall('proposePlan, 100 pools in 100 subnets', () => proposePlan(hundredPools));
const worst = Math.max(
  ...Object.entries(results)
    .filter(([k]) => k.endsWith('10000'))
    .map(([, v]) => v),
);
console.log(
  `\nTargets: typical ${results['typical']?.toFixed(4)} ms (≤ 0.2), 10,000 ranges worst ${worst.toFixed(2)} ms (≤ 50), proposePlan 100 pools ${proposeMs.toFixed(2)} ms (≤ 50)`,
);
