/** R35, R36, D1: the default maxSurge and the surge node count. */
import { describe, expect, it } from 'vitest';
import { parseMaxSurge, surgeNodeCount } from './surge.ts';
import { evaluate, expectFinding, expectNoFinding, overlayPlan, userPool } from '../../testing/test-plans.ts';

describe('R36: surge nodes = min(k, n) for k nodes; min(ceil(n × p / 100), n) for p %', () => {
  it.each([
    { n: 50, surge: '10%', expected: 5 }, // ceil(50 × 10 / 100) = 5
    { n: 50, surge: '14%', expected: 7 }, // ceil(700 / 100) = 7 (floating point gives 7.000000000000001 → 8)
    { n: 100, surge: '7%', expected: 7 }, // ceil(700 / 100) = 7
    { n: 8, surge: '10%', expected: 1 }, // ceil(0.8) = 1
    { n: 3, surge: '10%', expected: 1 }, // ceil(0.3) = 1
    { n: 10, surge: '33%', expected: 4 }, // ceil(3.3) = 4
    { n: 3, surge: '5', expected: 3 }, // min(5, 3) = 3
    { n: 11, surge: '10%', expected: 2 }, // ceil(1.1) = 2 (D1: 10 % and "1" differ from 11 nodes on)
    { n: 1_000, surge: '10%', expected: 100 },
    { n: 7, surge: '100%', expected: 7 },
    { n: 7, surge: '0', expected: 0 },
    { n: 7, surge: '0%', expected: 0 },
    { n: 0, surge: '10%', expected: 0 },
  ])('$n nodes at maxSurge $surge → $expected', ({ n, surge, expected }) => {
    const parsed = parseMaxSurge(surge);
    expect(parsed).not.toBeNull();
    if (parsed !== null) expect(surgeNodeCount(n, parsed)).toBe(expected);
  });

  it('the integer formula (n × p + 99) div 100 equals the exact rational ceil(n × p / 100) for every n ≤ 1,000, p ≤ 100', () => {
    let floatWrong = 0;
    for (let n = 0; n <= 1_000; n++) {
      for (let p = 0; p <= 100; p++) {
        // Exact rational ceiling in BigInt: no floating point anywhere.
        const product = BigInt(n * p);
        const exact = Number(product / 100n + (product % 100n === 0n ? 0n : 1n));
        const expected = Math.min(exact, n);
        const actual = surgeNodeCount(n, { kind: 'percent', percent: p });
        if (actual !== expected) expect.fail(`n=${n}, p=${p}: got ${actual}, exact ${expected}`);
        if (Math.min(Math.ceil(n * (p / 100)), n) !== expected) floatWrong++;
      }
    }
    // R36: written as ceil(n × (p / 100)) in floating point it is wrong for 141 of these pairs.
    expect(floatWrong).toBe(141);
  });

  it.each(['101%', '-1', '1.5', 'abc', '10 %', '', '%'])('maxSurge "%s" does not parse', (text) => {
    expect(parseMaxSurge(text)).toBeNull();
  });

  it('an invalid maxSurge → MAX_SURGE_INVALID, and the default is used', () => {
    const report = evaluate(overlayPlan({ pool: { count: 50, maxSurge: '101%' } }));
    expectFinding(report, 'MAX_SURGE_INVALID', 'error', 'nodePools[0].maxSurge');
    expect(report.nodePools[0]).toMatchObject({ maxSurge: '10%', surgeNodes: 5 });
  });

  it('the report carries each pool’s surge nodes, and the cluster sums them (R37)', () => {
    const report = evaluate(
      overlayPlan({
        pool: { count: 50, maxSurge: '14%' },
        extraPools: [userPool('user', { count: 10, maxSurge: '33%' })],
      }),
    );
    expect(report.nodePools.map((p) => p.surgeNodes)).toEqual([7, 4]);
    expect(report.cluster).toMatchObject({ nodes: 60, nodesDuringUpgrade: 71 });
  });

  it('autoscaling pools take the surge of maxCount: 10 % of 50 = 5', () => {
    const report = evaluate(
      overlayPlan({ pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 50 } }),
    );
    expect(report.nodePools[0]).toMatchObject({ nodes: 50, surgeNodes: 5 });
  });
});

describe('R36: maxSurge 0', () => {
  it.each(['0', '0%'])('a System pool with maxSurge "%s" → SYSTEM_POOL_SURGE_ZERO', (maxSurge) => {
    const hit = expectFinding(
      evaluate(overlayPlan({ pool: { maxSurge } })),
      'SYSTEM_POOL_SURGE_ZERO',
      'error',
      'nodePools[0].maxSurge',
    );
    expect(hit.rule).toBe('R36');
  });
  it('a User pool with maxSurge "0" → no finding, 0 surge nodes', () => {
    const report = evaluate(overlayPlan({ extraPools: [userPool('user', { maxSurge: '0' })] }));
    expectNoFinding(report, 'SYSTEM_POOL_SURGE_ZERO');
    expect(report.nodePools[1]?.surgeNodes).toBe(0);
    expect(report.findings).toEqual([]);
  });
  it('a System pool with maxSurge "1" → no finding', () => {
    expectNoFinding(evaluate(overlayPlan({ pool: { maxSurge: '1' } })), 'SYSTEM_POOL_SURGE_ZERO');
  });
});

describe('R35, D1: the default maxSurge is "10%" from Kubernetes 1.32 (or no version), "1" below', () => {
  it.each([
    { version: null, maxSurge: '10%', surge: 5 }, // 10 % of 50
    { version: '1.33', maxSurge: '10%', surge: 5 },
    { version: '1.32', maxSurge: '10%', surge: 5 },
    { version: '1.32.0', maxSurge: '10%', surge: 5 },
    { version: 'v1.33.2', maxSurge: '10%', surge: 5 },
    { version: '1.31', maxSurge: '1', surge: 1 },
    { version: '1.31.9', maxSurge: '1', surge: 1 }, // the patch is ignored
    { version: '1.10', maxSurge: '1', surge: 1 }, // 1.9 < 1.10 < 1.32: compared as numbers
    { version: '1.9', maxSurge: '1', surge: 1 },
    { version: '2.0', maxSurge: '10%', surge: 5 },
  ])(
    'Kubernetes $version, 50 nodes → maxSurge $maxSurge = $surge node(s)',
    ({ version, maxSurge, surge }) => {
      const report = evaluate(
        overlayPlan({ cluster: version === null ? {} : { kubernetesVersion: version }, pool: { count: 50 } }),
      );
      expect(report.nodePools[0]).toMatchObject({ maxSurge, surgeNodes: surge });
      const applied = report.defaultsApplied.find((d) => d.path === 'nodePools[0].maxSurge');
      expect(applied?.value).toBe(maxSurge);
      expect(applied?.note).toContain('R35');
    },
  );

  it('pools of 10 nodes or fewer surge 1 node either way (D1)', () => {
    for (const version of ['1.31', '1.32']) {
      const report = evaluate(overlayPlan({ cluster: { kubernetesVersion: version }, pool: { count: 10 } }));
      expect(report.nodePools[0]?.surgeNodes).toBe(1);
    }
  });

  it('a version that does not parse → K8S_VERSION_INVALID, and the newest behaviour (10 %)', () => {
    const report = evaluate(overlayPlan({ cluster: { kubernetesVersion: '1.x' }, pool: { count: 50 } }));
    expectFinding(report, 'K8S_VERSION_INVALID', 'warning', 'cluster.kubernetesVersion');
    expect(report.nodePools[0]).toMatchObject({ maxSurge: '10%', surgeNodes: 5 });
  });

  it('a pool’s own maxSurge wins over the default', () => {
    const report = evaluate(
      overlayPlan({ cluster: { kubernetesVersion: '1.31' }, pool: { count: 50, maxSurge: '20%' } }),
    );
    expect(report.nodePools[0]).toMatchObject({ maxSurge: '20%', surgeNodes: 10 });
    expect(report.defaultsApplied.map((d) => d.path)).not.toContain('nodePools[0].maxSurge');
  });
});

describe('Kubernetes versions that are no AKS version (issue 13)', () => {
  it.each(['1.2', '0.33', '2.0', '1.8.3', '1.100'])('%s → K8S_VERSION_INVALID', (version) => {
    const report = evaluate({
      schemaVersion: 1,
      cluster: { kubernetesVersion: version },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    });
    expectFinding(report, 'K8S_VERSION_INVALID', 'warning', 'cluster.kubernetesVersion');
  });

  it.each(['1.9', '1.33', '1.33.2', 'v1.31.10'])('%s is accepted', (version) => {
    const report = evaluate({
      schemaVersion: 1,
      cluster: { kubernetesVersion: version },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    });
    expect(report.findings.map((f) => f.code)).not.toContain('K8S_VERSION_INVALID');
  });
});
