/** R28–R32, R34, R38, R61: node pools and cluster limits. */
import { describe, expect, it } from 'vitest';
import type { ClusterPlan, NetworkPlugin, NodePoolPlan } from '../types.ts';
import {
  evaluate,
  expectFinding,
  expectNoFinding,
  expectNoProblems,
  overlayPlan,
  podSubnetPlan,
  subnet,
  userPool,
} from '../../testing/test-plans.ts';

/** Big plans: a /16 node subnet (65,531 usable) and a /10 pod CIDR (16,384 blocks), so only the limit under test fires. */
function bigPlan(pools: NodePoolPlan[], cluster: ClusterPlan = {}) {
  return overlayPlan({
    cluster: { podCidrs: ['100.64.0.0/10'], ...cluster },
    vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/16')] },
    nodePools: pools,
  });
}
/** `total` nodes in pools of at most 1,000, the first one System. */
function poolsOf(total: number, extra: NodePoolPlan = {}): NodePoolPlan[] {
  const pools: NodePoolPlan[] = [];
  for (let left = total, i = 0; left > 0; i++, left -= 1000) {
    pools.push({
      name: i === 0 ? 'system' : `user${i}`,
      mode: i === 0 ? 'System' : 'User',
      count: Math.min(1000, left),
      ...extra,
    });
  }
  return pools;
}

describe('R28: maxPods 10–250, and room for 30 pods per pool', () => {
  it.each([
    { maxPods: 0, error: true },
    { maxPods: 9, error: true },
    { maxPods: 10, error: false },
    { maxPods: 250, error: false },
    { maxPods: 251, error: true },
  ])('maxPods $maxPods → MAX_PODS_OUT_OF_RANGE: $error', ({ maxPods, error }) => {
    const report = evaluate(overlayPlan({ pool: { maxPods } }));
    if (error) {
      const hit = expectFinding(report, 'MAX_PODS_OUT_OF_RANGE', 'error', 'nodePools[0].maxPods');
      expect(hit.message).toContain('10–250');
      expectNoFinding(report, 'MAX_PODS_POOL_MIN_30'); // one finding for the one field
    } else {
      expectNoFinding(report, 'MAX_PODS_OUT_OF_RANGE');
    }
  });

  const cases: { pool: NodePoolPlan; room: string; error: boolean }[] = [
    { pool: { count: 3, maxPods: 10 }, room: '3 × 10 = 30', error: false }, // S3: maxPods 10 needs 3 nodes
    { pool: { count: 2, maxPods: 10 }, room: '2 × 10 = 20', error: true },
    { pool: { count: 1, maxPods: 29 }, room: '1 × 29 = 29', error: true },
    { pool: { count: 1, maxPods: 30 }, room: '1 × 30 = 30', error: false },
    { pool: { count: 2, maxPods: 15 }, room: '2 × 15 = 30', error: false },
    { pool: { mode: 'User', count: 0, maxPods: 10 }, room: '0 nodes: fine', error: false }, // user pools may have 0 nodes
    // Autoscaling: R28 counts minCount, the one exception to plannedNodes.
    {
      pool: { count: 5, enableAutoScaling: true, minCount: 2, maxCount: 10, maxPods: 10 },
      room: 'minCount 2 × 10 = 20',
      error: true,
    },
    {
      pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 3, maxPods: 10 },
      room: 'minCount 3 × 10 = 30',
      error: false,
    },
    {
      pool: { mode: 'User', count: 0, enableAutoScaling: true, minCount: 0, maxCount: 3, maxPods: 10 },
      room: 'minCount 0',
      error: false,
    },
  ];
  it.each(cases)('$room → MAX_PODS_POOL_MIN_30: $error', ({ pool, error }) => {
    const report = evaluate(overlayPlan({ extraPools: [{ name: 'pool2', mode: 'User', ...pool }] }));
    if (error) expectFinding(report, 'MAX_PODS_POOL_MIN_30', 'error', 'nodePools[1].maxPods');
    else expectNoFinding(report, 'MAX_PODS_POOL_MIN_30');
  });

  it('the message says how to fix it: 2 nodes × 10 → raise maxPods to 15 or use 3 nodes', () => {
    const report = evaluate(overlayPlan({ pool: { count: 2, maxPods: 10 } }));
    const hit = expectFinding(report, 'MAX_PODS_POOL_MIN_30', 'error', 'nodePools[0].maxPods');
    expect(hit.message).toContain('maxPods to 15');
    expect(hit.message).toContain('3 nodes');
  });
});

describe('R29: default maxPods per plugin', () => {
  it.each([
    { plugin: 'overlay', maxPods: 250 },
    { plugin: 'kubenet', maxPods: 110 },
    { plugin: 'azureNodeSubnet', maxPods: 30 },
    { plugin: 'azurePodSubnet', maxPods: 250 }, // disputed (D2): R29 warning, tested with the pod subnet rules
  ] as const)('$plugin → $maxPods', ({ plugin, maxPods }) => {
    const pool: NodePoolPlan = { name: 'system', mode: 'System', count: 3, subnet: 'snet-nodes' };
    const plan =
      plugin === 'azurePodSubnet'
        ? podSubnetPlan({ nodePools: [{ ...pool, podSubnet: 'snet-pods' }] })
        : overlayPlan({ cluster: { networkPlugin: plugin as NetworkPlugin }, nodePools: [pool] });
    const report = evaluate(plan);
    expect(report.nodePools[0]?.maxPods).toBe(maxPods);
    expect(report.defaultsApplied.find((d) => d.path === 'nodePools[0].maxPods')?.value).toBe(
      String(maxPods),
    );
  });
});

describe('R30: the tier node limit (Free 1,000; Standard and Premium 5,000); default tier Standard', () => {
  it('the default tier is Standard, listed among the applied defaults with the API’s Free default', () => {
    const report = evaluate(overlayPlan());
    expect(report.cluster).toMatchObject({ tier: 'Standard', nodeLimit: 5_000 });
    const tier = report.defaultsApplied.find((d) => d.path === 'cluster.tier');
    expect(tier?.value).toBe('Standard');
    expect(tier?.note).toContain('Free');
  });

  it.each([
    { tier: 'Free', nodes: 1_000, error: false },
    { tier: 'Free', nodes: 1_001, error: true },
    { tier: 'Standard', nodes: 5_000, error: false },
    { tier: 'Standard', nodes: 5_001, error: true },
    { tier: 'Premium', nodes: 5_001, error: true },
  ] as const)('$tier, $nodes nodes → CLUSTER_NODE_LIMIT: $error', ({ tier, nodes, error }) => {
    const report = evaluate(bigPlan(poolsOf(nodes), { tier }));
    expect(report.cluster.nodeLimit).toBe(tier === 'Free' ? 1_000 : 5_000);
    if (error) {
      const hit = expectFinding(report, 'CLUSTER_NODE_LIMIT', 'error', 'nodePools');
      expect(hit.message).toContain(nodes.toLocaleString('en-US'));
      // R38: not raised as well when CLUSTER_NODE_LIMIT fires.
      expectNoFinding(report, 'UPGRADE_BLOCKED_AT_NODE_LIMIT');
    } else {
      expectNoFinding(report, 'CLUSTER_NODE_LIMIT');
    }
  });

  it.each([
    { tier: 'Free', nodes: 9, warn: false },
    { tier: 'Free', nodes: 10, warn: true }, // S33: "fewer than 10 nodes"
    { tier: 'Standard', nodes: 10, warn: false },
  ] as const)('$tier, $nodes nodes → FREE_TIER_OVER_10_NODES: $warn', ({ tier, nodes, warn }) => {
    const report = evaluate(overlayPlan({ cluster: { tier }, pool: { count: nodes } }));
    if (warn) expectFinding(report, 'FREE_TIER_OVER_10_NODES', 'warning', 'cluster.tier');
    else expectNoFinding(report, 'FREE_TIER_OVER_10_NODES');
  });
});

describe('R31, D11: node and pool limits; system pools', () => {
  it.each([
    { pool: { count: 1_000 }, path: null },
    { pool: { count: 1_001 }, path: 'nodePools[0].count' },
    {
      pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 1_001 },
      path: 'nodePools[0].maxCount',
    }, // plannedNodes = maxCount
  ])('$pool → POOL_NODE_LIMIT at $path', ({ pool, path }) => {
    const report = evaluate(bigPlan([{ name: 'system', mode: 'System', ...pool }]));
    if (path === null) {
      expectNoFinding(report, 'POOL_NODE_LIMIT');
    } else {
      expectFinding(report, 'POOL_NODE_LIMIT', 'error', path);
      expectNoFinding(report, 'UPGRADE_EXCEEDS_POOL_LIMIT'); // one finding per resource and limit
    }
  });

  it('100 pools → no finding; 101 → POOL_COUNT_LIMIT', () => {
    const pools = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        i === 0 ? { name: 'system', mode: 'System' as const, count: 3 } : userPool(`user${i}`, { count: 1 }),
      );
    expectNoFinding(evaluate(overlayPlan({ nodePools: pools(100) })), 'POOL_COUNT_LIMIT');
    expectFinding(evaluate(overlayPlan({ nodePools: pools(101) })), 'POOL_COUNT_LIMIT', 'error', 'nodePools');
  });

  it.each([
    { pool: { count: 1 }, path: 'nodePools[0].count' },
    { pool: { count: 2 }, path: null },
    // D20: an autoscaling System pool is counted at minCount, its smallest size.
    { pool: { count: 1, enableAutoScaling: true, minCount: 1, maxCount: 1 }, path: 'nodePools[0].minCount' },
    { pool: { count: 1, enableAutoScaling: true, minCount: 1, maxCount: 3 }, path: 'nodePools[0].minCount' },
    { pool: { count: 2, enableAutoScaling: true, minCount: 2, maxCount: 3 }, path: null },
    { pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 6 }, path: null },
  ])('System pool $pool → SYSTEM_POOL_UNDER_2 at $path (WARN, D11, D20)', ({ pool, path }) => {
    const report = evaluate(overlayPlan({ pool: { ...pool, maxPods: 30 } }));
    if (path === null) expectNoFinding(report, 'SYSTEM_POOL_UNDER_2');
    else expectFinding(report, 'SYSTEM_POOL_UNDER_2', 'warning', path);
  });

  it('a User pool of 1 node → no SYSTEM_POOL_UNDER_2', () => {
    expectNoProblems(evaluate(overlayPlan({ extraPools: [userPool('user', { count: 1 })] })));
  });

  it('no System pool → NO_SYSTEM_POOL', () => {
    expectFinding(evaluate(overlayPlan({ pool: { mode: 'User' } })), 'NO_SYSTEM_POOL', 'error', 'nodePools');
  });

  it('the first pool defaults to System, later pools to User', () => {
    const report = evaluate(
      overlayPlan({
        nodePools: [
          { name: 'first', count: 3 },
          { name: 'second', count: 3 },
        ],
      }),
    );
    expect(report.nodePools.map((p) => p.mode)).toEqual(['System', 'User']);
    expectNoProblems(report);
  });
});

describe('R32: node-pool names', () => {
  it.each([
    { name: 'system', os: 'Linux', valid: true },
    { name: 'a', os: 'Linux', valid: true },
    { name: 'abcdefghijkl', os: 'Linux', valid: true }, // 12 characters
    { name: 'abcdefghijklm', os: 'Linux', valid: false }, // 13
    { name: 'System', os: 'Linux', valid: false }, // uppercase
    { name: '1pool', os: 'Linux', valid: false }, // starts with a digit
    { name: 'pool-1', os: 'Linux', valid: false }, // dash
    { name: '', os: 'Linux', valid: false },
    { name: 'win123', os: 'Windows', valid: true }, // 6 characters
    { name: 'win1234', os: 'Windows', valid: false }, // 7
  ] as const)('$os "$name" → POOL_NAME_INVALID: $valid', ({ name, os, valid }) => {
    const report = evaluate(overlayPlan({ extraPools: [userPool(name, { osType: os, maxPods: 30 })] }));
    if (valid) {
      expectNoFinding(report, 'POOL_NAME_INVALID');
    } else {
      const hit = expectFinding(report, 'POOL_NAME_INVALID', 'error', 'nodePools[1].name');
      expect(hit.message).toContain(os === 'Windows' ? '1–6' : '1–12');
    }
  });

  it('two pools with one name → POOL_NAME_DUPLICATE', () => {
    expectFinding(
      evaluate(overlayPlan({ extraPools: [userPool('system')] })),
      'POOL_NAME_DUPLICATE',
      'error',
      'nodePools[1].name',
    );
  });
});

describe('R34: Azure Network Policy Manager supports 250 nodes', () => {
  it.each([
    { policy: 'azure', nodes: 250, warn: false },
    { policy: 'azure', nodes: 251, warn: true },
    { policy: 'calico', nodes: 251, warn: false },
  ] as const)('$policy, $nodes nodes → NPM_OVER_250_NODES: $warn', ({ policy, nodes, warn }) => {
    const report = evaluate(bigPlan(poolsOf(nodes), { networkPolicy: policy }));
    if (warn) expectFinding(report, 'NPM_OVER_250_NODES', 'warning', 'cluster.networkPolicy');
    else expectNoFinding(report, 'NPM_OVER_250_NODES');
  });
});

describe('R38: surge must stay inside pool and cluster limits', () => {
  it.each([
    { nodes: 900, surge: 90, warn: false }, // 900 + 90 = 990
    { nodes: 909, surge: 91, warn: false }, // 909 + ceil(90.9) = 91 → 1,000
    { nodes: 910, surge: 91, warn: true }, // 910 + 91 = 1,001
    { nodes: 1_000, surge: 100, warn: true }, // 1,000 + 100 = 1,100
  ])('$nodes nodes + $surge surge (10 %) → UPGRADE_EXCEEDS_POOL_LIMIT: $warn', ({ nodes, surge, warn }) => {
    const report = evaluate(bigPlan([{ name: 'system', mode: 'System', count: nodes }]));
    expect(report.nodePools[0]?.surgeNodes).toBe(surge);
    if (warn) {
      const hit = expectFinding(report, 'UPGRADE_EXCEEDS_POOL_LIMIT', 'warning', 'nodePools[0].maxSurge');
      expect(hit.message).toContain((nodes + surge).toLocaleString('en-US'));
      expect(hit.message).toContain(`maxSurge to ${1_000 - nodes}`);
    } else {
      expectNoFinding(report, 'UPGRADE_EXCEEDS_POOL_LIMIT');
    }
  });

  it('a maxSurge that fits: 910 nodes with maxSurge "90" → 1,000, no warning', () => {
    expectNoFinding(
      evaluate(bigPlan([{ name: 'system', mode: 'System', count: 910, maxSurge: '90' }])),
      'UPGRADE_EXCEEDS_POOL_LIMIT',
    );
  });

  it.each([
    // Free: 1,000 nodes + 100 surge = 1,100 > 1,000; 1,000 + 1 > 1,000, so even one surge node doesn't fit.
    { tier: 'Free', nodes: 1_000, upgrade: 1_100, oneFits: false },
    // Free: 990 nodes (495 + 495, 50 surge each) = 1,090 > 1,000; 990 + 1 = 991 ≤ 1,000 fits.
    { tier: 'Free', nodes: 990, upgrade: 1_090, oneFits: true },
    // Standard: 5,000 nodes + 500 surge.
    { tier: 'Standard', nodes: 5_000, upgrade: 5_500, oneFits: false },
  ] as const)(
    '$tier, $nodes nodes → UPGRADE_BLOCKED_AT_NODE_LIMIT ($upgrade); one-node surge fits: $oneFits',
    ({ tier, nodes, upgrade, oneFits }) => {
      const pools =
        nodes === 990
          ? [{ name: 'system', mode: 'System' as const, count: 495 }, userPool('user', { count: 495 })]
          : poolsOf(nodes);
      const report = evaluate(bigPlan(pools, { tier }));
      expect(report.cluster.nodesDuringUpgrade).toBe(upgrade);
      const hit = expectFinding(report, 'UPGRADE_BLOCKED_AT_NODE_LIMIT', 'warning', 'nodePools');
      expect(hit.rule).toBe('R38');
      expect(hit.message).toContain(upgrade.toLocaleString('en-US'));
      // The message states the 1.35 fallback with its conditions, and whether one surge node would fit.
      expect(hit.message).toContain('1.35');
      expect(hit.message).toContain('surge above 1');
      expect(hit.message).toContain(
        oneFits ? 'a one-node surge would fit' : 'even a one-node surge would not fit',
      );
      expect(hit.message).toContain((nodes + 1).toLocaleString('en-US'));
      expectNoFinding(report, 'CLUSTER_NODE_LIMIT');
    },
  );

  it('Free, 900 nodes + 90 surge = 990 ≤ 1,000 → no UPGRADE_BLOCKED_AT_NODE_LIMIT', () => {
    expectNoFinding(evaluate(bigPlan(poolsOf(900), { tier: 'Free' })), 'UPGRADE_BLOCKED_AT_NODE_LIMIT');
  });
});

describe('R20, R61: Windows pools', () => {
  const windows = (maxPods?: number) =>
    userPool('win', maxPods === undefined ? { osType: 'Windows' } : { osType: 'Windows', maxPods });
  it.each([
    { plugin: 'overlay', maxPods: 110, warn: false },
    { plugin: 'overlay', maxPods: 111, warn: true },
    { plugin: 'overlay', maxPods: undefined, warn: true }, // the overlay default 250
    { plugin: 'azureNodeSubnet', maxPods: 111, warn: true },
    { plugin: 'azurePodSubnet', maxPods: 111, warn: true },
    { plugin: 'none', maxPods: 111, warn: false }, // not an Azure CNI mode
  ] as const)(
    '$plugin, Windows maxPods $maxPods → WINDOWS_MAXPODS_ABOVE_110: $warn',
    ({ plugin, maxPods, warn }) => {
      const plan =
        plugin === 'azurePodSubnet'
          ? podSubnetPlan({
              extraPools: [{ ...windows(maxPods), subnet: 'snet-nodes', podSubnet: 'snet-pods' }],
            })
          : overlayPlan({
              cluster: { networkPlugin: plugin, podCidrs: ['10.244.0.0/16'] },
              vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/16')] },
              extraPools: [windows(maxPods)],
            });
      const report = evaluate(plan);
      if (warn) {
        const hit = expectFinding(report, 'WINDOWS_MAXPODS_ABOVE_110', 'warning', 'nodePools[1].maxPods');
        expect(hit.rule).toBe('R61');
        expect(hit.message).toContain('110');
      } else {
        expectNoFinding(report, 'WINDOWS_MAXPODS_ABOVE_110');
      }
    },
  );

  it('a Linux pool at 250 → no warning', () => {
    expectNoFinding(evaluate(overlayPlan({ pool: { maxPods: 250 } })), 'WINDOWS_MAXPODS_ABOVE_110');
  });

  it.each([
    { dataplane: 'cilium', os: 'Windows', error: true },
    { dataplane: 'cilium', os: 'Linux', error: false },
    { dataplane: 'azure', os: 'Windows', error: false },
  ] as const)(
    '$dataplane data plane with a $os pool → WINDOWS_CILIUM_UNSUPPORTED: $error',
    ({ dataplane, os, error }) => {
      const report = evaluate(
        overlayPlan({
          cluster: { networkDataplane: dataplane },
          extraPools: [userPool('pool2', { osType: os, maxPods: 30 })],
        }),
      );
      if (error) expectFinding(report, 'WINDOWS_CILIUM_UNSUPPORTED', 'error', 'nodePools[1].osType');
      else expectNoFinding(report, 'WINDOWS_CILIUM_UNSUPPORTED');
    },
  );
});

describe('pool wiring (planner codes)', () => {
  it.each([
    { pool: { enableAutoScaling: true, minCount: 1 }, path: 'nodePools[0].maxCount' },
    { pool: { enableAutoScaling: true, maxCount: 5 }, path: 'nodePools[0].minCount' },
    { pool: { enableAutoScaling: true, minCount: 6, maxCount: 5 }, path: 'nodePools[0].minCount' },
  ])('$pool → AUTOSCALE_RANGE_INVALID at $path', ({ pool, path }) => {
    expectFinding(evaluate(overlayPlan({ pool })), 'AUTOSCALE_RANGE_INVALID', 'error', path);
  });

  it('count outside minCount–maxCount → AUTOSCALE_COUNT_OUT_OF_RANGE; inside → none', () => {
    expectFinding(
      evaluate(overlayPlan({ pool: { count: 2, enableAutoScaling: true, minCount: 3, maxCount: 5 } })),
      'AUTOSCALE_COUNT_OUT_OF_RANGE',
      'warning',
      'nodePools[0].count',
    );
    expectNoProblems(
      evaluate(overlayPlan({ pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 5 } })),
    );
  });

  it('a pool naming a subnet the VNet lacks → POOL_SUBNET_NOT_FOUND', () => {
    expectFinding(
      evaluate(overlayPlan({ pool: { subnet: 'snet-nope' } })),
      'POOL_SUBNET_NOT_FOUND',
      'error',
      'nodePools[0].subnet',
    );
  });

  it('no subnet for nodes at all → POOL_SUBNET_NOT_FOUND', () => {
    const report = evaluate(
      overlayPlan({ vnet: { subnets: [subnet('snet-other', '10.224.0.0/22', { purpose: 'other' })] } }),
    );
    expectFinding(report, 'POOL_SUBNET_NOT_FOUND', 'error', 'nodePools[0].subnet');
  });

  it('a pool without subnet uses the first subnet whose purpose is nodes', () => {
    const report = evaluate(
      overlayPlan({
        vnet: {
          subnets: [
            subnet('snet-apiserver', '10.224.4.0/28', { purpose: 'apiServer' }),
            subnet('snet-a', '10.224.0.0/22'),
            subnet('snet-b', '10.224.8.0/22'),
          ],
        },
      }),
    );
    expect(report.nodePools[0]?.subnet).toBe('snet-a');
  });
});
