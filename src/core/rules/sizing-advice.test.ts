/** R70: a "too small" finding advises one prefix that clears both the at-rest and the upgrade need. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NetworkPlugin, NodePoolPlan, PlanDocument } from '../types.ts';
import { podCidrSizeAdvice, subnetSizeAdvice } from './sizing-advice.ts';
import { evaluate, expectFinding, overlayPlan, podSubnetPlan, subnet } from '../../testing/test-plans.ts';

describe('R70 arithmetic', () => {
  it.each([
    // N = Σ (plannedNodes + surge): p = 24 − ceil(log2 N), never above /8
    { nodes: 124, upgrade: 137, prefix: 16, clears: 'both' }, // worked example: 256 ≥ 137 (a /17 holds 128)
    { nodes: 3, upgrade: 4, prefix: 22, clears: 'both' },
    { nodes: 256, upgrade: 256, prefix: 16, clears: 'both' },
    { nodes: 256, upgrade: 257, prefix: 15, clears: 'both' },
    { nodes: 60_000, upgrade: 66_000, prefix: 8, clears: 'atRest' }, // /8 = 65,536 blocks < 66,000
    { nodes: 70_000, upgrade: 77_000, prefix: null, clears: 'none' },
  ])(
    'pod CIDR: $nodes nodes, $upgrade during upgrade → /$prefix ($clears)',
    ({ nodes, upgrade, prefix, clears }) => {
      const advice = podCidrSizeAdvice(nodes, upgrade);
      expect([advice.prefix, advice.clears]).toEqual([prefix, clears]);
    },
  );
  it.each([
    // the largest p ≤ 29 with 2^(32−p) − 5 ≥ ipsDuringUpgrade
    { steady: 250, upgrade: 275, shortest: 2, prefix: 23, clears: 'both' }, // worked example: /24 = 251 < 275, /23 = 507
    { steady: 2, upgrade: 3, shortest: 2, prefix: 29, clears: 'both' }, // /29 = 3
    { steady: 3, upgrade: 4, shortest: 2, prefix: 28, clears: 'both' }, // /28 = 11
    { steady: 1_891, upgrade: 2_046, shortest: 2, prefix: 20, clears: 'both' }, // D1: 66 × 31 = 2,046 > 2,043 in a /21
    { steady: 1_000_000, upgrade: 1_040_000, shortest: 12, prefix: 12, clears: 'both' }, // /12 = 1,048,571
    { steady: 1_000_000, upgrade: 1_050_000, shortest: 12, prefix: 12, clears: 'atRest' }, // StaticBlock cap (R27)
    { steady: 1_100_000, upgrade: 1_200_000, shortest: 12, prefix: null, clears: 'none' },
  ])(
    'subnet: $steady at rest, $upgrade during upgrade, up to /$shortest → /$prefix ($clears)',
    ({ steady, upgrade, shortest, prefix, clears }) => {
      const advice = subnetSizeAdvice(steady, upgrade, shortest);
      expect([advice.prefix, advice.clears]).toEqual([prefix, clears]);
    },
  );
});

describe('R70 worked examples through evaluatePlan', () => {
  it('124 nodes at 10% surge 13: a /18 (64 blocks) is ERROR advising /16, not /17 (128 < 137)', () => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/18'] }, pool: { count: 124 } }));
    const hit = expectFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS', 'error', 'cluster.podCidrs[0]');
    expect(hit.advisedPrefix).toBe(16);
    expect(hit.message).toContain('/16 or larger');
    expect(report.podRanges[0]?.minPrefix).toBe(16);
    // Following the advice: no next finding.
    const fixed = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/16'] }, pool: { count: 124 } }));
    expect(fixed.findings.filter((f) => f.code.startsWith('POD_CIDR_INSUFFICIENT'))).toEqual([]);
  });
  it('a /17 for the same plan is the WARN, also advising /16 (D18 message)', () => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/17'] }, pool: { count: 124 } }));
    const hit = expectFinding(report, 'POD_CIDR_INSUFFICIENT_FOR_UPGRADE', 'warning', 'cluster.podCidrs[0]');
    expect(hit.advisedPrefix).toBe(16);
    expect(hit.message).toContain('refuse to add or scale');
  });
  it('250 overlay nodes + 25 surge = 275 IPs: a /25 (123) is ERROR advising /23, not /24 (251)', () => {
    const plan = (prefix: string) =>
      overlayPlan({
        cluster: { podCidrs: ['10.244.0.0/15'] },
        vnet: { subnets: [subnet('snet-nodes', prefix)] },
        pool: { count: 250 },
      });
    const hit = expectFinding(
      evaluate(plan('10.224.0.0/25')),
      'SUBNET_INSUFFICIENT_FOR_NODES',
      'error',
      'vnet.subnets[0]',
    );
    expect(hit.advisedPrefix).toBe(23);
    const warn = expectFinding(
      evaluate(plan('10.224.0.0/24')),
      'SUBNET_INSUFFICIENT_FOR_UPGRADE',
      'warning',
      'vnet.subnets[0]',
    );
    expect(warn.advisedPrefix).toBe(23);
    expect(warn.message).toContain('refuse to add or scale');
    expect(
      evaluate(plan('10.224.0.0/23')).findings.filter((f) => f.code.startsWith('SUBNET_INSUFFICIENT')),
    ).toEqual([]);
  });
  it('pod subnet, StaticBlock maxPods 30 on a /26 (59 usable): 2 nodes need 64 at rest → advise /25 (123 ≥ 96)', () => {
    const report = evaluate(
      podSubnetPlan({
        cluster: { podIpAllocationMode: 'StaticBlock' },
        vnet: {
          subnets: [
            subnet('snet-nodes', '10.224.0.0/22'),
            subnet('snet-pods', '10.228.0.0/26', { purpose: 'pods' }),
          ],
        },
        pool: { count: 2 },
      }),
    );
    const hit = expectFinding(report, 'POD_SUBNET_INSUFFICIENT', 'error', 'vnet.subnets[1]');
    expect(hit.advisedPrefix).toBe(25); // (2 + 1 surge) × 32 = 96
  });
});

/** Applies each range's advised prefix, keeping its network (bases chosen with zero host bits down to /8). */
function withAdvice(plan: PlanDocument, advised: Map<string, number>): PlanDocument {
  const copy = structuredClone(plan);
  for (const [path, prefix] of advised) {
    if (path === 'cluster.podCidrs[0]' && copy.cluster?.podCidrs !== undefined)
      copy.cluster.podCidrs[0] = `100.0.0.0/${prefix}`;
    const match = /^vnet\.subnets\[(\d+)\]$/.exec(path);
    const target = match === null ? undefined : copy.vnet?.subnets?.[Number(match[1])];
    if (target !== undefined)
      target.addressPrefixes = [`${target.addressPrefixes[0]?.split('/')[0] ?? ''}/${prefix}`];
  }
  return copy;
}

const SIZE_CODES = [
  'SUBNET_INSUFFICIENT_FOR_NODES',
  'SUBNET_INSUFFICIENT_FOR_UPGRADE',
  'POD_CIDR_INSUFFICIENT_BLOCKS',
  'POD_CIDR_INSUFFICIENT_FOR_UPGRADE',
  'POD_SUBNET_INSUFFICIENT',
  'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
];

const arbitraryPool: fc.Arbitrary<NodePoolPlan> = fc.record({
  count: fc.integer({ min: 0, max: 1_000 }),
  maxSurge: fc.constantFrom('10%', '33%', '100%', '1', '5', '0%'),
  maxPods: fc.integer({ min: 10, max: 250 }),
  enableAutoScaling: fc.boolean(),
});

const arbitrarySizedPlan: fc.Arbitrary<PlanDocument> = fc
  .record({
    plugin: fc.constantFrom<NetworkPlugin>('overlay', 'kubenet', 'azureNodeSubnet', 'azurePodSubnet'),
    mode: fc.constantFrom('DynamicIndividual' as const, 'StaticBlock' as const),
    pools: fc.array(arbitraryPool, { minLength: 1, maxLength: 4 }),
    nodePrefix: fc.integer({ min: 14, max: 29 }),
    podSubnetPrefix: fc.integer({ min: 12, max: 29 }),
    podCidrPrefix: fc.integer({ min: 10, max: 24 }),
  })
  .map(({ plugin, mode, pools, nodePrefix, podSubnetPrefix, podCidrPrefix }) => ({
    schemaVersion: 1 as const,
    cluster: {
      networkPlugin: plugin,
      tier: 'Standard' as const,
      podIpAllocationMode: mode,
      ...(plugin === 'overlay' || plugin === 'kubenet' ? { podCidrs: [`100.0.0.0/${podCidrPrefix}`] } : {}),
    },
    vnet: {
      addressSpace: ['10.0.0.0/8', '11.0.0.0/8'],
      subnets: [
        { name: 'nodes', addressPrefixes: [`10.0.0.0/${nodePrefix}`] },
        { name: 'pods', addressPrefixes: [`11.0.0.0/${podSubnetPrefix}`], purpose: 'pods' as const },
      ],
    },
    nodePools: pools.map((pool, i) => ({
      ...pool,
      name: `pool${i}`,
      mode: i === 0 ? ('System' as const) : ('User' as const),
      subnet: 'nodes',
      ...(plugin === 'azurePodSubnet' ? { podSubnet: 'pods' } : {}),
      ...(pool.enableAutoScaling === true ? { minCount: 0, maxCount: pool.count ?? 0 } : {}),
    })),
  }));

describe('R70 property: following the advice never produces the next finding', () => {
  it('applying every advised prefix leaves no size finding for that range (no error when the advice clears only the at-rest need)', () => {
    fc.assert(
      fc.property(arbitrarySizedPlan, (plan) => {
        const before = evaluate(plan).findings.filter(
          (f) => SIZE_CODES.includes(f.code) && f.advisedPrefix !== undefined,
        );
        const advised = new Map(before.map((f) => [f.path ?? '', f.advisedPrefix ?? 0]));
        const atRestOnly = new Set(
          before.filter((f) => f.message.includes('lower maxSurge')).map((f) => f.path),
        );
        const after = evaluate(withAdvice(plan, advised)).findings.filter(
          (f) => SIZE_CODES.includes(f.code) && advised.has(f.path ?? ''),
        );
        for (const f of after) {
          expect(atRestOnly.has(f.path), `${f.code} at ${f.path ?? ''} after the advice: ${f.message}`).toBe(
            true,
          );
          expect(f.severity).toBe('warning');
        }
      }),
      { numRuns: 200 },
    );
  });
});
