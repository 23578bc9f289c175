/** R21–R24, D16: kubenet's route table, pod CIDR, sharing rules and retirement. */
import { describe, expect, it } from 'vitest';
import type { ClusterPlan, NodePoolPlan } from '../types.ts';
import {
  evaluate,
  expectFinding,
  expectNoFinding,
  kubenetPlan,
  overlayPlan,
  subnet,
  userPool,
} from '../../testing/test-plans.ts';

/** Kubenet with room for the route-table limit to be the only limit: a /14 pod CIDR (1,024 blocks). */
function routePlan(nodes: number, cluster: ClusterPlan = {}, extra: NodePoolPlan[] = []) {
  return kubenetPlan({
    cluster: { podCidrs: ['10.244.0.0/14'], ...cluster },
    pool: { count: nodes },
    extraPools: extra,
  });
}

describe('R21: one route per node in a 400-route table, minus routeTableCustomRoutes', () => {
  const cases = [
    // Default 0 custom routes (outboundType loadBalancer): limit 400.
    { cluster: {}, nodes: 363, limit: 400, code: null }, // 363 + ceil(36.3) = 37 → 400
    { cluster: {}, nodes: 364, limit: 400, code: 'KUBENET_UPGRADE_EXCEEDS_400' }, // 364 + 37 = 401
    { cluster: {}, nodes: 400, limit: 400, code: 'KUBENET_UPGRADE_EXCEEDS_400' }, // exactly at the limit; 400 + 40 = 440
    { cluster: {}, nodes: 401, limit: 400, code: 'KUBENET_NODE_LIMIT' }, // one over
    // userDefinedRouting: 1 custom route (0.0.0.0/0) by default → 399.
    {
      cluster: { outboundType: 'userDefinedRouting' },
      nodes: 399,
      limit: 399,
      code: 'KUBENET_UPGRADE_EXCEEDS_400',
    },
    { cluster: { outboundType: 'userDefinedRouting' }, nodes: 400, limit: 399, code: 'KUBENET_NODE_LIMIT' },
    // Explicit custom routes: 400 − 10 = 390.
    { cluster: { routeTableCustomRoutes: 10 }, nodes: 390, limit: 390, code: 'KUBENET_UPGRADE_EXCEEDS_400' },
    { cluster: { routeTableCustomRoutes: 10 }, nodes: 391, limit: 390, code: 'KUBENET_NODE_LIMIT' },
    // An explicit 0 with userDefinedRouting wins over the default 1.
    {
      cluster: { outboundType: 'userDefinedRouting', routeTableCustomRoutes: 0 },
      nodes: 400,
      limit: 400,
      code: 'KUBENET_UPGRADE_EXCEEDS_400',
    },
  ] as const;
  it.each(cases)('$cluster, $nodes nodes (limit $limit) → $code', ({ cluster, nodes, limit, code }) => {
    const report = evaluate(routePlan(nodes, cluster));
    expect(report.cluster.nodeLimit).toBe(limit);
    const kubenet = report.findings.filter(
      (f) => f.code === 'KUBENET_NODE_LIMIT' || f.code === 'KUBENET_UPGRADE_EXCEEDS_400',
    );
    if (code === null) {
      expect(kubenet).toEqual([]);
      return;
    }
    // One finding per resource and limit: the ERROR replaces the upgrade WARN.
    expect(kubenet).toHaveLength(1);
    const hit = expectFinding(report, code, code === 'KUBENET_NODE_LIMIT' ? 'error' : 'warning', 'nodePools');
    expect(hit.rule).toBe('R21');
    expect(hit.message).toContain(`${limit} nodes`);
  });

  it('the defaults applied: routeTableCustomRoutes 0, or 1 with userDefinedRouting', () => {
    const value = (cluster: ClusterPlan) =>
      evaluate(routePlan(3, cluster)).defaultsApplied.find((d) => d.path === 'cluster.routeTableCustomRoutes')
        ?.value;
    expect(value({})).toBe('0');
    expect(value({ outboundType: 'userDefinedRouting' })).toBe('1');
    expect(value({ routeTableCustomRoutes: 5 })).toBeUndefined();
  });

  it('nodes are summed over pools: 200 + 201 = 401 → KUBENET_NODE_LIMIT', () => {
    const report = evaluate(routePlan(200, {}, [userPool('user', { count: 201 })]));
    expectFinding(report, 'KUBENET_NODE_LIMIT', 'error', 'nodePools');
  });

  it('cluster.nodeLimit is the smaller of the tier and kubenet limits: Free → min(1,000, 400) = 400', () => {
    expect(evaluate(routePlan(3, { tier: 'Free' })).cluster.nodeLimit).toBe(400);
    expect(evaluate(overlayPlan()).cluster.nodeLimit).toBe(5_000);
  });
});

describe('R22: the kubenet pod CIDR gives one /24 per node', () => {
  it('10.244.0.0/16 → 256 blocks; 257 nodes → POD_CIDR_INSUFFICIENT_BLOCKS', () => {
    const report = evaluate(kubenetPlan({ pool: { count: 257 } }));
    expect(report.podRanges[0]).toMatchObject({ nodeBlocks: 256n, maxNodes: 256, maxPods: 256 * 110 });
    expectFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS', 'error', 'cluster.podCidrs[0]');
  });
});

describe('R24: a /24 node subnet holds 251 kubenet nodes and 27,610 pods at 110 per node', () => {
  it('251 nodes × 1 IP ≤ 251 usable; 251 × 110 = 27,610 pods', () => {
    const report = evaluate(
      kubenetPlan({ vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/24')] }, pool: { count: 251 } }),
    );
    expect(report.subnets[0]).toMatchObject({ usable: 251n, ipsSteady: 251 });
    expect(report.nodePools[0]).toMatchObject({ maxPods: 110, ipsPerNode: 1 });
    expect(report.cluster.pods).toBe(27_610);
    expectNoFinding(report, 'SUBNET_INSUFFICIENT_FOR_NODES');
  });
  it('252 nodes → SUBNET_INSUFFICIENT_FOR_NODES', () => {
    const report = evaluate(
      kubenetPlan({ vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/24')] }, pool: { count: 252 } }),
    );
    expectFinding(report, 'SUBNET_INSUFFICIENT_FOR_NODES', 'error', 'vnet.subnets[0]');
  });
});

describe('R23: kubenet sharing rules, unsupported features and retirement', () => {
  it.each([
    { shared: 2, plugin: 'kubenet', error: true },
    { shared: 1, plugin: 'kubenet', error: false },
    { shared: 2, plugin: 'overlay', error: false }, // Azure CNI clusters may share a subnet
  ] as const)(
    '$plugin node subnet shared by $shared clusters → KUBENET_SUBNET_SHARED: $error',
    ({ shared, plugin, error }) => {
      const report = evaluate(
        overlayPlan({
          cluster: { networkPlugin: plugin },
          vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/22', { sharedByClusters: shared })] },
        }),
      );
      if (error) expectFinding(report, 'KUBENET_SUBNET_SHARED', 'error', 'vnet.subnets[0].sharedByClusters');
      else expectNoFinding(report, 'KUBENET_SUBNET_SHARED');
    },
  );

  it('KUBENET_RETIRING on every kubenet plan, never on overlay', () => {
    const hit = expectFinding(evaluate(kubenetPlan()), 'KUBENET_RETIRING', 'info', 'cluster.networkPlugin');
    expect(hit.message).toContain('2028');
    expectNoFinding(evaluate(overlayPlan()), 'KUBENET_RETIRING');
  });

  it('a Windows pool on kubenet → KUBENET_WINDOWS_UNSUPPORTED', () => {
    const report = evaluate(
      kubenetPlan({ extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })] }),
    );
    expectFinding(report, 'KUBENET_WINDOWS_UNSUPPORTED', 'error', 'nodePools[1].osType');
    expectNoFinding(
      evaluate(overlayPlan({ extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })] })),
      'KUBENET_WINDOWS_UNSUPPORTED',
    );
  });

  it('Azure NPM on kubenet → KUBENET_AZURE_POLICY_UNSUPPORTED; Calico → none', () => {
    expectFinding(
      evaluate(kubenetPlan({ cluster: { networkPolicy: 'azure' } })),
      'KUBENET_AZURE_POLICY_UNSUPPORTED',
      'error',
      'cluster.networkPolicy',
    );
    expectNoFinding(
      evaluate(kubenetPlan({ cluster: { networkPolicy: 'calico' } })),
      'KUBENET_AZURE_POLICY_UNSUPPORTED',
    );
  });
});

describe('D16: a kubenet pod CIDR overlapping a subnet is an ERROR (the /24 routes would capture the subnet)', () => {
  it('10.224.0.0/16 over snet-nodes → POD_CIDR_OVERLAPS_SUBNET', () => {
    const report = evaluate(kubenetPlan({ cluster: { podCidrs: ['10.224.0.0/16'] } }));
    expectFinding(report, 'POD_CIDR_OVERLAPS_SUBNET', 'error', 'cluster.podCidrs[0]');
  });
});
