/** plan-document.md "Report additions, revision 2": resolved, limitedBy/minPrefix, subnet capacity, pool figures, canonical. */
import { describe, expect, it } from 'vitest';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { evaluate, kubenetPlan, overlayPlan, podSubnetPlan, subnet } from '../../testing/test-plans.ts';

describe('podRanges: limitedBy and minPrefix', () => {
  it.each([
    { plan: overlayPlan(), limitedBy: 'podCidr', maxNodes: 256 }, // /16: 256 blocks < 5,000
    {
      plan: overlayPlan({ cluster: { podCidrs: ['100.64.0.0/11'] } }),
      limitedBy: 'clusterNodeLimit',
      maxNodes: 5_000,
    }, // 8,192 > 5,000
    {
      plan: overlayPlan({ cluster: { tier: 'Free', podCidrs: ['100.64.0.0/13'] } }),
      limitedBy: 'clusterNodeLimit',
      maxNodes: 1_000,
    }, // 2,048 > 1,000
    { plan: kubenetPlan(), limitedBy: 'podCidr', maxNodes: 256 }, // 256 < 400
    {
      plan: kubenetPlan({ cluster: { podCidrs: ['10.244.0.0/15'] } }),
      limitedBy: 'kubenetNodeLimit',
      maxNodes: 400,
    }, // 512 > 400
  ])('$limitedBy caps maxNodes at $maxNodes', ({ plan, limitedBy, maxNodes }) => {
    expect(evaluate(plan).podRanges[0]).toMatchObject({ limitedBy, maxNodes });
  });
  it.each([
    { count: 3, minPrefix: 22 }, // 3 + 1 surge = 4 blocks: 24 − 2
    { count: 1, minPrefix: 23 }, // 1 + 1 = 2: 24 − 1
    { count: 124, minPrefix: 16 }, // 124 + 13 = 137: 24 − 8
  ])('$count nodes → minPrefix /$minPrefix', ({ count, minPrefix }) => {
    expect(evaluate(overlayPlan({ pool: { count } })).podRanges[0]?.minPrefix).toBe(minPrefix);
  });
});

describe('subnets: minPrefix, maxNodes, maxPods', () => {
  it('S5: a /24 flat-CNI node subnet at maxPods 30 holds floor(251 / 31) = 8 nodes, 8 × 30 = 240 pods', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { networkPlugin: 'azureNodeSubnet' },
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/24')] },
        pool: { count: 3, maxPods: 30 },
      }),
    );
    expect(report.subnets[0]).toMatchObject({
      maxNodes: 8,
      maxPods: 240,
      ipsDuringUpgrade: 124,
      minPrefix: 24,
    }); // (3 + 1) × 31 = 124 > 123 in a /25, ≤ 251 in a /24
  });
  it('D1: 60 flat-CNI nodes at 10% surge 6: 66 × 31 = 2,046 > 2,043 in a /21 → minPrefix /20', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { networkPlugin: 'azureNodeSubnet' },
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/20')] },
        pool: { count: 60, maxPods: 30 },
      }),
    );
    expect(report.subnets[0]).toMatchObject({ ipsDuringUpgrade: 2_046, minPrefix: 20 });
  });
  it('overlay /22: 1,019 usable, 1 IP per node → 1,019 nodes × 250 pods', () => {
    expect(evaluate(overlayPlan()).subnets[0]).toMatchObject({ maxNodes: 1_019, maxPods: 254_750 });
  });
  it('other IPs come first: a /24 with 6 ILBs holds 251 − 6 = 245 overlay nodes', () => {
    const report = evaluate(
      overlayPlan({
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/24', { otherIps: [{ count: 6 }] })] },
      }),
    );
    expect(report.subnets[0]?.maxNodes).toBe(245);
  });
  it('an API-server subnet is never advised above /28 (R12), and holds no nodes', () => {
    const report = evaluate(
      overlayPlan({
        subnets: [
          subnet('snet-api', '10.224.4.0/28', {
            purpose: 'apiServer',
            delegatedTo: 'Microsoft.ContainerService/managedClusters',
          }),
        ],
      }),
    );
    expect(report.subnets[1]).toMatchObject({ minPrefix: 28, maxNodes: 0, maxPods: 0 }); // 9 IPs fit a /28 (11)
  });
  it('a pod subnet (dynamic, 16 IPs per node at rest): a /16 holds floor(65,531 / 16) = 4,095 nodes', () => {
    expect(evaluate(podSubnetPlan()).subnets[1]).toMatchObject({ maxNodes: 4_095, maxPods: 4_095 * 30 });
  });
});

describe('nodePools: pod-subnet figures (R25, R26)', () => {
  it('StaticBlock maxPods 30: 2 blocks, 32 − 1 − 30 = 1 wasted IP per node', () => {
    const pool = evaluate(podSubnetPlan({ cluster: { podIpAllocationMode: 'StaticBlock' } })).nodePools[0];
    expect(pool).toMatchObject({ blocksPerNode: 2, wastePerNode: 1 });
    expect(pool?.minIpsPerNode).toBeUndefined();
  });
  it('DynamicIndividual maxPods 30, 3 nodes: 16 per node (48 total); 16 × ceil(38 / 16) = 48 at full density (144 total)', () => {
    const pool = evaluate(podSubnetPlan()).nodePools[0];
    expect(pool).toMatchObject({
      minIpsPerNode: 16,
      ipsPerNodeAtFullDensity: 48,
      minTotal: 48,
      totalAtFullDensity: 144,
    });
    expect(pool?.blocksPerNode).toBeUndefined();
  });
  it('overlay pools carry none of them', () => {
    expect(evaluate(overlayPlan()).nodePools[0]?.blocksPerNode).toBeUndefined();
  });
});

describe('serviceRanges: allocatableLegacyBitmap (R40)', () => {
  it('IPv6 /108 on 1.34: 2^20 − 1 allocatable, min(2^20, 65,536) − 1 = 65,535 in the legacy bitmap', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { ipFamilies: ['IPv4', 'IPv6'], kubernetesVersion: '1.34' },
        vnet: {
          addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
          subnets: [subnet('snet-nodes', ['10.224.0.0/22', 'fd00:10::/64'])],
        },
      }),
    );
    expect(report.serviceRanges[1]).toMatchObject({
      allocatable: 1_048_575n,
      allocatableLegacyBitmap: 65_535n,
    });
  });
});

describe('CIDR_HOST_BITS_SET carries canonical (R1)', () => {
  it.each([
    {
      plan: overlayPlan({ cluster: { podCidrs: ['10.244.1.0/16'] } }),
      path: 'cluster.podCidrs[0]',
      canonical: '10.244.0.0/16',
    },
    {
      plan: overlayPlan({ vnet: { subnets: [subnet('snet-nodes', '10.224.1.0/22')] } }),
      path: 'vnet.subnets[0].addressPrefixes[0]',
      canonical: '10.224.0.0/22',
    },
  ])('$path → $canonical', ({ plan, path, canonical }) => {
    const hit = evaluate(plan).findings.find((f) => f.code === 'CIDR_HOST_BITS_SET' && f.path === path);
    expect(hit?.canonical).toBe(canonical);
  });
});

describe('resolved: the plan with every default applied, in the AKS API spelling', () => {
  it('the baseline overlay plan', () => {
    const { resolved } = evaluate(overlayPlan());
    expect(resolved).toMatchObject({
      networkPlugin: 'overlay',
      apiNetworkPlugin: 'azure',
      apiNetworkPluginMode: 'overlay',
      networkDataplane: 'azure',
      networkPolicy: 'none',
      outboundType: 'loadBalancer',
      tier: 'Standard',
      ipFamilies: ['IPv4'],
      podCidrs: ['10.244.0.0/16'],
      serviceCidrs: ['10.0.0.0/16'],
      dnsServiceIp: '10.0.0.10',
      nodeLimit: 5_000,
      subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/22'], purpose: 'nodes', role: 'nodes' }],
      nodePools: [
        {
          name: 'system',
          maxPods: 250,
          maxSurge: '10%',
          surgeNodes: 1,
          plannedNodes: 3,
          vnetSubnetName: 'snet-nodes',
        },
      ],
    });
  });
  it.each([
    { plugin: 'kubenet' as const, api: 'kubenet', mode: null },
    { plugin: 'azureNodeSubnet' as const, api: 'azure', mode: null },
    { plugin: 'azurePodSubnet' as const, api: 'azure', mode: null },
    { plugin: 'none' as const, api: 'none', mode: null },
  ])('$plugin → networkPlugin $api, networkPluginMode $mode', ({ plugin, api, mode }) => {
    const { resolved } = evaluate(
      overlayPlan({ cluster: { networkPlugin: plugin, podCidrs: ['10.244.0.0/16'] } }),
    );
    expect([resolved.apiNetworkPlugin, resolved.apiNetworkPluginMode]).toEqual([api, mode]);
  });
  it('survives JSON (no bigint) and keeps the canonical form of a host-bits CIDR', () => {
    const { resolved } = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.1.0/16'] } }));
    expect(JSON.parse(JSON.stringify(resolved))).toEqual(resolved);
    expect(resolved.podCidrs).toEqual(['10.244.0.0/16']);
  });
});

describe('parsePlanDocument reads the appGatewayForContainers purpose (R68)', () => {
  it('with no finding, and the plan evaluates the AGC subnet', () => {
    const { plan, findings } = parsePlanDocument({
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.224.0.0/12'],
        subnets: [
          { name: 'nodes', addressPrefixes: ['10.224.0.0/22'] },
          {
            name: 'agc',
            addressPrefixes: ['10.224.8.0/24'],
            purpose: 'appGatewayForContainers',
            delegatedTo: 'Microsoft.ServiceNetworking/trafficControllers',
          },
        ],
      },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(findings).toEqual([]);
    expect(evaluate(plan).subnets[1]).toMatchObject({ role: 'appGatewayForContainers', usable: 251n });
  });
});
