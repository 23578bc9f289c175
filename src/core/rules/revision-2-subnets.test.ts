/** Revision 2: R65 API Server VNet Integration, R66 kubenet dual-stack, R68 AGC (D22), R69, D19, D23. */
import { describe, expect, it } from 'vitest';
import type { NodePoolPlan, SubnetPlan } from '../types.ts';
import {
  codesOf,
  dualStackPlan,
  evaluate,
  expectFinding,
  expectNoFinding,
  kubenetPlan,
  overlayPlan,
  podSubnetPlan,
  subnet,
} from '../../testing/test-plans.ts';

const DELEGATED_API = {
  purpose: 'apiServer' as const,
  delegatedTo: 'Microsoft.ContainerService/managedClusters',
};
const AGC = {
  purpose: 'appGatewayForContainers' as const,
  delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
};

describe('R65: API Server VNet Integration', () => {
  it.each([
    { delegatedTo: undefined, error: true },
    { delegatedTo: 'Microsoft.Web/serverFarms', error: true },
    { delegatedTo: 'Microsoft.ContainerService/managedClusters', error: false },
    { delegatedTo: 'microsoft.containerservice/MANAGEDCLUSTERS', error: false }, // case-insensitive (S36)
  ])(
    'apiServer subnet delegated to $delegatedTo → APISERVER_SUBNET_NOT_DELEGATED: $error',
    ({ delegatedTo, error }) => {
      const api = subnet('snet-api', '10.224.4.0/28', { purpose: 'apiServer' });
      if (delegatedTo !== undefined) api.delegatedTo = delegatedTo;
      const report = evaluate(overlayPlan({ subnets: [api] }));
      if (error)
        expectFinding(report, 'APISERVER_SUBNET_NOT_DELEGATED', 'error', 'vnet.subnets[1].delegatedTo');
      else expectNoFinding(report, 'APISERVER_SUBNET_NOT_DELEGATED');
    },
  );

  // Worked example: /29 node subnet (3 usable), 2 overlay nodes, surge ceil(2 × 10%) = 1, private cluster.
  const example = (withApiServer: boolean) =>
    overlayPlan({
      cluster: { privateCluster: true },
      vnet: {
        subnets: [
          subnet('snet-nodes', '10.224.0.0/29'),
          ...(withApiServer ? [subnet('snet-api', '10.224.4.0/28', DELEGATED_API)] : []),
        ],
      },
      pool: { count: 2 },
    });
  it('without an API-server subnet: 2 + 1 endpoint = 3 at rest, 4 during upgrade > 3 → SUBNET_INSUFFICIENT_FOR_UPGRADE', () => {
    const report = evaluate(example(false));
    expect([report.subnets[0]?.ipsSteady, report.subnets[0]?.ipsDuringUpgrade]).toEqual([3, 4]);
    expectFinding(report, 'SUBNET_INSUFFICIENT_FOR_UPGRADE', 'warning', 'vnet.subnets[0]');
  });
  it('with one: no private endpoint in the node subnet, 2 at rest, 3 during upgrade → no finding', () => {
    const report = evaluate(example(true));
    expect([report.subnets[0]?.ipsSteady, report.subnets[0]?.ipsDuringUpgrade]).toEqual([2, 3]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it.each([
    { plugin: 'kubenet' as const, codes: ['DUALSTACK_PLUGIN_UNSUPPORTED'] }, // replaces DUALSTACK_KUBENET_LEGACY
    { plugin: 'overlay' as const, codes: [] },
    { plugin: 'none' as const, codes: ['DUALSTACK_PLUGIN_UNSUPPORTED'] },
  ])('dual-stack $plugin with an API-server subnet → $codes', ({ plugin, codes }) => {
    const report = evaluate(
      dualStackPlan({
        cluster: { networkPlugin: plugin, podCidrs: ['10.244.0.0/16', 'fd12:3456:789a::/64'] },
        subnets: [subnet('snet-api', '10.224.4.0/28', DELEGATED_API)],
      }),
    );
    const dual = codesOf(report).filter(
      (c) => c.startsWith('DUALSTACK_') && c !== 'DUALSTACK_IPV6_LB_LOCAL_POLICY',
    );
    expect(dual).toEqual(codes);
    if (codes.length > 0) expect(report.findings.find((f) => f.code === codes[0])?.rule).toBe('R65');
  });
  it('dual-stack StaticBlock pod subnet with an API-server subnet → ERROR, overriding D19', () => {
    const report = evaluate(
      podSubnetPlan({
        cluster: { ipFamilies: ['IPv4', 'IPv6'], podIpAllocationMode: 'StaticBlock' },
        subnets: [subnet('snet-api', '10.224.4.0/28', DELEGATED_API)],
      }),
    );
    expectFinding(report, 'DUALSTACK_PLUGIN_UNSUPPORTED', 'error', 'cluster.ipFamilies');
    expectNoFinding(report, 'DUALSTACK_STATIC_BLOCK_UNDOCUMENTED');
  });
  it.each([
    { version: '1.25', error: true },
    { version: '1.26', error: false }, // major.minor only: the 1.26.3 patch floor isn't checked
    { version: '1.33', error: false },
  ])(
    'dual-stack overlay with an API-server subnet on $version → DUALSTACK_K8S_VERSION: $error',
    ({ version, error }) => {
      const report = evaluate(
        dualStackPlan({
          cluster: { kubernetesVersion: version },
          subnets: [subnet('snet-api', '10.224.4.0/28', DELEGATED_API)],
        }),
      );
      if (error)
        expect(
          expectFinding(report, 'DUALSTACK_K8S_VERSION', 'error', 'cluster.kubernetesVersion').rule,
        ).toBe('R65');
      else expectNoFinding(report, 'DUALSTACK_K8S_VERSION');
    },
  );
});

describe('R66: kubenet dual-stack takes two routes per node', () => {
  const plan = (pool: NodePoolPlan, routeTableCustomRoutes?: number, outboundType?: 'userDefinedRouting') =>
    kubenetPlan({
      cluster: {
        ipFamilies: ['IPv4', 'IPv6'],
        ...(routeTableCustomRoutes === undefined ? {} : { routeTableCustomRoutes }),
        ...(outboundType === undefined ? {} : { outboundType }),
      },
      vnet: {
        addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
        subnets: [subnet('snet-nodes', ['10.224.0.0/22', 'fd00:10::/64'])],
      },
      pool,
    });
  it.each([
    { pool: { count: 200, maxSurge: '0%' }, routes: undefined, limit: 200, codes: [] }, // floor(400 / 2)
    { pool: { count: 201, maxSurge: '0%' }, routes: undefined, limit: 200, codes: ['KUBENET_NODE_LIMIT'] },
    {
      pool: { count: 200, maxSurge: '1' },
      routes: undefined,
      limit: 200,
      codes: ['KUBENET_UPGRADE_EXCEEDS_400'],
    },
    { pool: { count: 199, maxSurge: '1' }, routes: undefined, limit: 200, codes: [] },
    { pool: { count: 200, maxSurge: '0%' }, routes: 2, limit: 199, codes: ['KUBENET_NODE_LIMIT'] }, // floor(398 / 2)
    { pool: { count: 199, maxSurge: '0%' }, routes: 3, limit: 198, codes: ['KUBENET_NODE_LIMIT'] }, // floor(397 / 2)
  ])(
    '$pool.count nodes, surge $pool.maxSurge, $routes custom routes → limit $limit, $codes',
    ({ pool, routes, limit, codes }) => {
      const report = evaluate(plan(pool, routes));
      expect(report.cluster.nodeLimit).toBe(limit);
      expect(codesOf(report).filter((c) => c.startsWith('KUBENET_') && c !== 'KUBENET_RETIRING')).toEqual(
        codes,
      );
      for (const f of report.findings.filter((x) => codes.includes(x.code))) expect(f.rule).toBe('R66');
    },
  );
  it('userDefinedRouting with its default one route → floor(399 / 2) = 199', () => {
    expect(evaluate(plan({ count: 3 }, undefined, 'userDefinedRouting')).cluster.nodeLimit).toBe(199);
  });
  it('single-stack kubenet keeps 400 − routes (R21)', () => {
    expect(evaluate(kubenetPlan()).cluster.nodeLimit).toBe(400);
  });
  it('the default /16 (256 blocks) is capped at 200 nodes by the routes: limitedBy kubenetNodeLimit', () => {
    const report = evaluate(plan({ count: 3 }));
    expect(report.podRanges[0]).toMatchObject({
      nodeBlocks: 256n,
      maxNodes: 200,
      limitedBy: 'kubenetNodeLimit',
    });
  });
});

describe('R68, D22: the Application Gateway for Containers subnet', () => {
  it.each([
    { prefix: '10.224.8.0/24', extra: {}, codes: [] }, // 256 − 5 = 251 ≥ 250
    { prefix: '10.224.8.0/25', extra: {}, codes: ['AGC_SUBNET_TOO_SMALL'] }, // 128 − 5 = 123
    { prefix: '10.224.8.0/24', extra: { otherIps: [{ count: 2 }] }, codes: ['AGC_SUBNET_TOO_SMALL'] }, // 251 − 2 = 249
    { prefix: '10.224.8.0/24', extra: { otherIps: [{ count: 1 }] }, codes: [] }, // 251 − 1 = 250
    { prefix: '10.224.8.0/22', extra: {}, codes: ['AGC_SUBNET_OVERLAY_NOT_24'] }, // overlay: shorter than /24
    { prefix: '10.224.8.0/24', extra: { delegatedTo: null }, codes: ['AGC_SUBNET_NOT_DELEGATED'] }, // purpose only
    {
      prefix: '10.224.8.0/24',
      extra: { delegatedTo: 'Microsoft.Network/dnsResolvers' },
      codes: ['AGC_SUBNET_NOT_DELEGATED'],
    },
    {
      prefix: '10.224.8.0/24',
      extra: { delegatedTo: 'microsoft.servicenetworking/TRAFFICCONTROLLERS' },
      codes: [],
    },
  ])('overlay, AGC subnet $prefix $extra → $codes', ({ prefix, extra, codes }) => {
    const { delegatedTo, ...rest } = extra as { delegatedTo?: string | null; otherIps?: { count: number }[] };
    const agc: SubnetPlan = {
      ...subnet('snet-agc', prefix, { purpose: 'appGatewayForContainers' }),
      ...rest,
    };
    if (delegatedTo === undefined) agc.delegatedTo = AGC.delegatedTo;
    else if (delegatedTo !== null) agc.delegatedTo = delegatedTo;
    const report = evaluate(overlayPlan({ subnets: [agc] }));
    expect(codesOf(report).filter((c) => c.startsWith('AGC_'))).toEqual(codes);
    for (const f of report.findings.filter((x) => x.code.startsWith('AGC_'))) {
      expect(f.rule).toBe('R68');
      expect(f.severity).toBe(f.code === 'AGC_SUBNET_OVERLAY_NOT_24' ? 'warning' : 'error');
    }
  });
  it('a /25 is advised a /24 (R70: 250 + otherIps)', () => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-agc', '10.224.8.0/25', AGC)] }));
    expect(
      expectFinding(report, 'AGC_SUBNET_TOO_SMALL', 'error', 'vnet.subnets[1].addressPrefixes[0]')
        .advisedPrefix,
    ).toBe(24);
    expect(report.subnets[1]).toMatchObject({ role: 'appGatewayForContainers', minPrefix: 24 });
  });
  it('a /22 on kubenet → no AGC_SUBNET_OVERLAY_NOT_24 (the bug report is about overlay)', () => {
    const report = evaluate(kubenetPlan({ subnets: [subnet('snet-agc', '10.224.8.0/22', AGC)] }));
    expectNoFinding(report, 'AGC_SUBNET_OVERLAY_NOT_24');
  });
  it('the trafficControllers delegation alone implies the role (an imported subnet has no purpose)', () => {
    const report = evaluate(
      overlayPlan({
        subnets: [
          subnet('snet-agc', '10.224.8.0/25', {
            delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
          }),
        ],
      }),
    );
    expect(report.subnets[1]?.role).toBe('appGatewayForContainers');
    expect(report.resolved.subnets[1]?.purpose).toBe('appGatewayForContainers');
    expectFinding(report, 'AGC_SUBNET_TOO_SMALL', 'error', 'vnet.subnets[1].addressPrefixes[0]');
  });
  it('R58: a node pool on the AGC subnet → SUBNET_ROLE_CONFLICT (and NODE_SUBNET_DELEGATED)', () => {
    const report = evaluate(
      overlayPlan({
        vnet: {
          subnets: [
            subnet('snet-nodes', '10.224.0.0/22', {
              delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
            }),
          ],
        },
        pool: { subnet: 'snet-nodes' },
      }),
    );
    expectFinding(report, 'SUBNET_ROLE_CONFLICT', 'error', 'vnet.subnets[0]');
    expectFinding(report, 'NODE_SUBNET_DELEGATED', 'error', 'vnet.subnets[0].delegatedTo');
  });
  it('an AGC subnet is never the default node subnet', () => {
    const report = evaluate(
      overlayPlan({
        vnet: {
          subnets: [
            subnet('snet-agc', '10.224.8.0/24', {
              delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
            }),
            subnet('snet-nodes', '10.224.0.0/22'),
          ],
        },
      }),
    );
    expect(report.nodePools[0]?.subnet).toBe('snet-nodes');
  });
});

/** StaticBlock at maxPods 250: 16 blocks, so 17 private IPs per node with the node IP (D12, D23). */
function staticBlockPlan(pools: NodePoolPlan[]) {
  return podSubnetPlan({
    cluster: { podIpAllocationMode: 'StaticBlock' },
    vnet: {
      addressSpace: ['10.0.0.0/8'],
      subnets: [
        subnet('snet-nodes', '10.1.0.0/20'),
        subnet('snet-pods', '10.16.0.0/12', { purpose: 'pods' }),
      ],
    },
    nodePools: pools.map((p) => ({ subnet: 'snet-nodes', podSubnet: 'snet-pods', maxPods: 250, ...p })),
  });
}
const fourPools = (count: number, maxSurge: string) =>
  [0, 1, 2, 3].map((i) => ({
    name: i === 0 ? 'system' : `user${i}`,
    mode: i === 0 ? ('System' as const) : ('User' as const),
    count,
    maxSurge,
  }));

describe('R69: the VNet private-IP limit during an upgrade', () => {
  it('worked example: 4 × 963 = 3,852 nodes × 17 = 65,484 at rest; + 4 surge × 17 = 65,552 > 65,536 → WARN', () => {
    const report = evaluate(staticBlockPlan(fourPools(963, '1')));
    expect(report.cluster.vnetPrivateIps).toBe(65_484);
    const hit = expectFinding(report, 'VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE', 'warning', 'vnet');
    expect(hit.rule).toBe('R69');
    expect(hit.message).toContain('65,552');
    expectNoFinding(report, 'VNET_PRIVATE_IP_LIMIT');
  });
  it('maxSurge 0 on the user pools and 1 on system: 65,484 + 17 = 65,501 → no finding', () => {
    const pools = fourPools(963, '0').map((p, i) => (i === 0 ? { ...p, maxSurge: '1' } : p));
    expectNoFinding(evaluate(staticBlockPlan(pools)), 'VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE');
  });
  it('D23: 3,856 nodes × 17 = 65,552 at rest → VNET_PRIVATE_IP_LIMIT only (one finding per limit)', () => {
    const pools = fourPools(964, '1'); // 4 × 964 = 3,856
    const report = evaluate(staticBlockPlan(pools));
    expectFinding(report, 'VNET_PRIVATE_IP_LIMIT', 'error', 'vnet');
    expectNoFinding(report, 'VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE');
  });
});

describe('D19: dual-stack Azure CNI Pod Subnet with static blocks', () => {
  const dual = (
    mode: 'StaticBlock' | 'DynamicIndividual',
    podsIpv6: boolean,
    extraPools: NodePoolPlan[] = [],
  ) =>
    podSubnetPlan({
      cluster: { ipFamilies: ['IPv4', 'IPv6'], podIpAllocationMode: mode },
      vnet: {
        addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
        subnets: [
          subnet('snet-nodes', ['10.224.0.0/22', 'fd00:10::/64']),
          subnet('snet-pods', podsIpv6 ? ['10.228.0.0/16', 'fd00:10:0:1::/64'] : '10.228.0.0/16', {
            purpose: 'pods',
          }),
        ],
      },
      extraPools,
    });
  it('every pool StaticBlock → WARN DUALSTACK_STATIC_BLOCK_UNDOCUMENTED, not the ERROR', () => {
    const report = evaluate(dual('StaticBlock', true));
    expectFinding(report, 'DUALSTACK_STATIC_BLOCK_UNDOCUMENTED', 'warning', 'cluster.ipFamilies');
    expectNoFinding(report, 'DUALSTACK_PLUGIN_UNSUPPORTED');
    expectNoFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL');
  });
  it('a pod subnet without IPv6 → DUALSTACK_SUBNET_NOT_DUAL on it (R60)', () => {
    const report = evaluate(dual('StaticBlock', false));
    expectFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL', 'error', 'vnet.subnets[1].addressPrefixes');
  });
  it('a DynamicIndividual pool keeps the ERROR', () => {
    const report = evaluate(
      dual('StaticBlock', true, [
        {
          name: 'dyn',
          mode: 'User',
          count: 2,
          subnet: 'snet-nodes',
          podSubnet: 'snet-pods',
          maxPods: 30,
          podIpAllocationMode: 'DynamicIndividual',
        },
      ]),
    );
    expectFinding(report, 'DUALSTACK_PLUGIN_UNSUPPORTED', 'error', 'cluster.ipFamilies');
    expectNoFinding(report, 'DUALSTACK_STATIC_BLOCK_UNDOCUMENTED');
  });
  it('DynamicIndividual cluster → ERROR (R47)', () => {
    expectFinding(
      evaluate(dual('DynamicIndividual', true)),
      'DUALSTACK_PLUGIN_UNSUPPORTED',
      'error',
      'cluster.ipFamilies',
    );
  });
});
