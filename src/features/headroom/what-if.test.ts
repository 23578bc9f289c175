import { describe, expect, it } from 'vitest';
import { evaluatePlan, planHeadroom } from '../../core/index.ts';
import type { Finding, PlanDocument } from '../../core/index.ts';
import { extraNodesInPool, newFindings, planWithExtraNodes, whatIfSliderMax } from './what-if.ts';
import { evaluate } from '../../core/index.ts';

/** System pool of 3 and an autoscaling apps pool (count 4, max 6) in a /24: 251 usable. */
const plan = (): PlanDocument => ({
  schemaVersion: 1,
  cluster: { kubernetesVersion: '1.33', networkPlugin: 'overlay' },
  vnet: {
    addressSpace: ['10.50.0.0/16'],
    subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
  },
  nodePools: [
    { name: 'system', mode: 'System', count: 3 },
    { name: 'apps', mode: 'User', count: 4, enableAutoScaling: true, minCount: 2, maxCount: 6 },
  ],
});

const finding = (code: string, path?: string): Finding => ({
  code,
  severity: 'warning',
  message: `${code} message`,
  ...(path !== undefined ? { path } : {}),
});

describe('planWithExtraNodes', () => {
  it('doc example: +40 in an autoscaling pool raises count 4 → 44 and maxCount 6 → 46', () => {
    const next = planWithExtraNodes(evaluate(plan()), [0, 40]);
    expect(next.nodePools[1]).toMatchObject({ count: 44, maxCount: 46, minCount: 2 });
    expect(next.nodePools[0]).toEqual({ name: 'system', mode: 'System', count: 3 });
    expect(evaluatePlan(next).nodePools[1]?.nodes).toBe(46); // plannedNodes = maxCount
  });

  it('a fixed-size pool grows its count', () => {
    expect(planWithExtraNodes(evaluate(plan()), [5]).nodePools[0]?.count).toBe(8);
  });

  it('never mutates the plan and returns it as is with no extra nodes', () => {
    const original = plan();
    const before = JSON.stringify(original);
    planWithExtraNodes(evaluate(original), [7, 9]);
    expect(JSON.stringify(original)).toBe(before);
    expect(planWithExtraNodes(evaluate(original), [])).toBe(original);
    expect(planWithExtraNodes(evaluate(original), [0, 0, 12])).toBe(original); // index past the pools
  });

  it('ignores negative and non-finite extras and rounds fractions down', () => {
    const next = planWithExtraNodes(evaluate(plan()), [-3, 2.7]);
    expect(next.nodePools[0]?.count).toBe(3);
    expect(next.nodePools[1]?.maxCount).toBe(8);
    expect(planWithExtraNodes(evaluate(plan()), [Number.NaN]).nodePools[0]?.count).toBe(3);
  });

  it('a pool without count starts from the resolved default (3, AKS CLI)', () => {
    const p: PlanDocument = { schemaVersion: 1, nodePools: [{ name: 'system' }] };
    expect(planWithExtraNodes(evaluate(p), [2]).nodePools[0]?.count).toBe(5);
  });

  it('an autoscaling pool without count keeps it unset and grows maxCount', () => {
    const p: PlanDocument = {
      schemaVersion: 1,
      nodePools: [{ name: 'system', enableAutoScaling: true, minCount: 2, maxCount: 5 }],
    };
    const next = planWithExtraNodes(evaluate(p), [10]).nodePools[0];
    expect(next?.maxCount).toBe(15);
    expect(next).not.toHaveProperty('count');
  });

  it('extraNodesInPool puts the extra at one index', () => {
    expect(extraNodesInPool(1, 40)).toEqual([0, 40]);
    expect(extraNodesInPool(0, 3)).toEqual([3]);
  });

  it('agrees with planHeadroom: +218 in apps still fits the /24 during upgrade, +219 brings SUBNET_INSUFFICIENT_FOR_UPGRADE', () => {
    const base = evaluatePlan(plan());
    // apps grows from 6: the /24 holds 251 during upgrade. System takes 3 + 1 = 4, so apps may take 247:
    // n + ceil(n / 10) ≤ 247 → n = 224. 224 − 6 = 218 extra nodes still fit; 219 do not.
    const fits = evaluatePlan(planWithExtraNodes(evaluate(plan()), [0, 218]));
    const over = evaluatePlan(planWithExtraNodes(evaluate(plan()), [0, 219]));
    expect(newFindings(base.findings, fits.findings).map((f) => f.code)).toEqual([]);
    expect(newFindings(base.findings, over.findings).map((f) => f.code)).toEqual([
      'SUBNET_INSUFFICIENT_FOR_UPGRADE',
    ]);
    // and planHeadroom agrees on the same point
    const apps = planHeadroom(evaluate(plan())).pools[1];
    expect(apps?.limits.find((l) => l.resource === 'nodeSubnet')?.maxNodesDuringUpgrade).toBe(224);
  });
});

describe('newFindings', () => {
  it('keeps findings whose code and path are new; messages do not matter', () => {
    const before = [finding('A', 'x'), finding('B')];
    const after = [
      { ...finding('A', 'x'), message: 'other numbers' },
      finding('A', 'y'),
      finding('B'),
      finding('C'),
    ];
    expect(newFindings(before, after).map((f) => `${f.code}@${f.path ?? ''}`)).toEqual(['A@y', 'C@']);
  });

  it('lists a repeated new finding once', () => {
    expect(newFindings([], [finding('A'), finding('A')])).toHaveLength(1);
  });
});

describe('whatIfSliderMax', () => {
  it('doc example: one pool of 3 in a /24 runs out at 228; the chart ends at 285, so 282 extra', () => {
    const single: PlanDocument = {
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.224.0.0/12'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/24'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    };
    const pool = planHeadroom(evaluate(single)).pools[0];
    if (pool === undefined) throw new Error('no pool');
    expect(pool.firstLimit?.maxNodesDuringUpgrade).toBe(228);
    expect(whatIfSliderMax(pool)).toBe(282);
    expect(pool.current + whatIfSliderMax(pool)).toBeGreaterThan(228);
  });

  it('is never below 10', () => {
    expect(
      whatIfSliderMax({ pool: null, current: 0, maxCount: null, limits: [], firstLimit: null, points: [] }),
    ).toBe(10);
  });
});
