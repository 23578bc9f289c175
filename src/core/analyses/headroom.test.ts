import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planHeadroom } from './headroom.ts';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import type { PlanDocument } from '../types.ts';
import { arbitraryPlan } from '../../testing/plan-arbitraries.ts';
import { scenario } from '../../testing/scenarios.ts';
import { evaluate } from '../report/evaluate-plan.ts';

const onePool = (
  subnet: string,
  pod = '10.244.0.0/16',
  extra: Partial<PlanDocument['nodePools'][number]> = {},
): PlanDocument => ({
  schemaVersion: 1,
  cluster: { podCidrs: [pod] },
  vnet: { addressSpace: ['10.224.0.0/12'], subnets: [{ name: 'nodes', addressPrefixes: [subnet] }] },
  nodePools: [{ name: 'system', mode: 'System', count: 3, ...extra }],
});

describe('planHeadroom', () => {
  it('doc example: one overlay pool in a /24 grows to 228 nodes during upgrade (228 + ceil(22.8) = 251)', () => {
    const headroom = planHeadroom(evaluate(onePool('10.224.0.0/24')));
    const subnet = headroom.pools[0]?.limits.find((l) => l.resource === 'nodeSubnet');
    expect(subnet?.capacity).toBe(251);
    expect(subnet?.maxNodes).toBe(251); // at rest one IP per node
    expect(subnet?.maxNodesDuringUpgrade).toBe(228);
    expect(headroom.pools[0]?.firstLimit?.resource).toBe('nodeSubnet');
  });

  it('pod CIDR /20 = 16 blocks limits before a /22 subnet: 14 + ceil(1.4) = 16', () => {
    const headroom = planHeadroom(evaluate(onePool('10.224.0.0/22', '10.244.0.0/20')));
    const pod = headroom.pools[0]?.limits.find((l) => l.resource === 'podCidr');
    expect(pod?.maxNodes).toBe(16);
    expect(pod?.maxNodesDuringUpgrade).toBe(14);
    expect(headroom.pools[0]?.firstLimit?.resource).toBe('podCidr');
  });

  it('other pools take their share: a second pool of 10 (+1 surge) leaves 251 − 11 for the first', () => {
    const plan = onePool('10.224.0.0/24');
    plan.nodePools.push({ name: 'apps', mode: 'User', count: 10, maxSurge: '1' });
    const first = planHeadroom(evaluate(plan)).pools[0];
    // n + ceil(n/10) ≤ 240 → n = 218 (218 + 22 = 240)
    expect(first?.limits.find((l) => l.resource === 'nodeSubnet')?.maxNodesDuringUpgrade).toBe(218);
  });

  it('flat CNI at maxPods 30: floor(251 / 31) = 8 nodes at rest in a /24', () => {
    const plan = onePool('10.224.0.0/24');
    plan.cluster = { networkPlugin: 'azureNodeSubnet' };
    const subnet = planHeadroom(evaluate(plan)).pools[0]?.limits.find((l) => l.resource === 'nodeSubnet');
    expect(subnet?.maxNodes).toBe(8);
    expect(subnet?.maxNodesDuringUpgrade).toBe(7); // (7 + 1) × 31 = 248 ≤ 251; (8 + 1) × 31 = 279
  });

  it('pool limit: 909 nodes + 91 surge = 1,000', () => {
    const pool = planHeadroom(evaluate(onePool('10.224.0.0/16', '10.128.0.0/11'))).pools[0];
    expect(pool?.limits.find((l) => l.resource === 'poolNodeLimit')?.maxNodesDuringUpgrade).toBe(909);
  });

  it('kubenet route limit with one custom route for UDR: 399 nodes', () => {
    const plan = onePool('10.224.0.0/16');
    plan.cluster = { networkPlugin: 'kubenet', outboundType: 'userDefinedRouting' };
    const routes = planHeadroom(evaluate(plan)).pools[0]?.limits.find((l) => l.resource === 'kubenetRoutes');
    expect(routes?.capacity).toBe(399);
    expect(routes?.maxNodes).toBe(399);
  });

  it('agrees with evaluatePlan: at maxNodesDuringUpgrade no upgrade warning, one more node gives one', () => {
    const plan = onePool('10.224.0.0/24');
    const max =
      planHeadroom(evaluate(plan)).pools[0]?.limits.find((l) => l.resource === 'nodeSubnet')
        ?.maxNodesDuringUpgrade ?? 0;
    const at = evaluatePlan(onePool('10.224.0.0/24', '10.244.0.0/16', { count: max }));
    const over = evaluatePlan(onePool('10.224.0.0/24', '10.244.0.0/16', { count: max + 1 }));
    expect(at.findings.map((f) => f.code)).not.toContain('SUBNET_INSUFFICIENT_FOR_UPGRADE');
    expect(over.findings.map((f) => f.code)).toContain('SUBNET_INSUFFICIENT_FOR_UPGRADE');
  });

  it('cluster view for the 5,000-node scenario is bounded by the tier limit', () => {
    const cluster = planHeadroom(evaluate(scenario('large-overlay-5000').plan)).cluster;
    expect(cluster.current).toBe(4997);
    expect(cluster.limits.find((l) => l.resource === 'clusterNodeLimit')?.maxNodes).toBe(5000);
    expect(cluster.firstLimit?.resource).toBe('clusterNodeLimit');
    expect(cluster.points.length).toBeGreaterThan(10);
  });

  it('chart points rise monotonically and cover the run-out point', () => {
    const pool = planHeadroom(evaluate(onePool('10.224.0.0/24'))).pools[0];
    const values = pool?.points.map((p) => p.percentUsed.nodeSubnet ?? 0) ?? [];
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] ?? 0);
    expect(values[values.length - 1]).toBeGreaterThan(100);
  });

  it('never throws on generated plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => void planHeadroom(evaluate(plan))),
      { numRuns: 300 },
    );
  }, 30_000); // 300 generated plans, each evaluated in full first (the page's one evaluation)
});
