/** R10–R13 node-subnet capacity; R25–R27, R57 pod subnets; R9/D12 the VNet private-IP limit. */
import { describe, expect, it } from 'vitest';
import type { FindingCode, NodePoolPlan } from '../types.ts';
import {
  dynamicFullDensityIps,
  nodesThatFit,
  staticBlockIpsPerNode,
  staticBlockWaste,
} from '../model/capacity.ts';
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

/** The overlay plan with its node subnet resized. */
function nodeSubnet(cidr: string, extra: Parameters<typeof subnet>[2] = {}) {
  return { subnets: [subnet('snet-nodes', cidr, extra)] };
}

describe('R10, R13: overlay takes one node-subnet IP per node; surge nodes take IPs too (R37)', () => {
  // Default maxSurge 10 %, rounded up (R35, R36).
  const cases = [
    { cidr: '10.224.0.0/28', nodes: 10, steady: 10, upgrade: 11, code: null }, // 10 + 1 surge = 11 ≤ 11 usable
    { cidr: '10.224.0.0/28', nodes: 11, steady: 11, upgrade: 13, code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE' }, // 11 ≤ 11, 11 + 2 = 13 > 11
    { cidr: '10.224.0.0/28', nodes: 12, steady: 12, upgrade: 14, code: 'SUBNET_INSUFFICIENT_FOR_NODES' }, // 12 > 11
    { cidr: '10.224.0.0/29', nodes: 2, steady: 2, upgrade: 3, code: null }, // 2 + 1 = 3 ≤ 3 usable
    { cidr: '10.224.0.0/29', nodes: 3, steady: 3, upgrade: 4, code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE' }, // 3 + 1 = 4 > 3
    { cidr: '10.224.0.0/24', nodes: 251, steady: 251, upgrade: 277, code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE' }, // 251 + 26 = 277 > 251
  ] as const;
  it.each(cases)(
    '$cidr with $nodes nodes: $steady at rest, $upgrade during upgrade → $code',
    ({ cidr, nodes, steady, upgrade, code }) => {
      const report = evaluate(overlayPlan({ vnet: nodeSubnet(cidr), pool: { count: nodes } }));
      expect(report.subnets[0]).toMatchObject({ ipsSteady: steady, ipsDuringUpgrade: upgrade });
      expect(report.nodePools[0]?.ipsPerNode).toBe(1);
      const capacity = report.findings.filter((f) => f.code.startsWith('SUBNET_INSUFFICIENT'));
      if (code === null) {
        expect(capacity).toEqual([]);
      } else {
        // One finding per resource and limit: the ERROR replaces the upgrade WARN.
        expect(capacity).toHaveLength(1);
        const hit = expectFinding(
          report,
          code,
          code === 'SUBNET_INSUFFICIENT_FOR_NODES' ? 'error' : 'warning',
          'vnet.subnets[0]',
        );
        expect(hit.rule).toBe('R13');
        expect(hit.message).toContain(cidr);
      }
    },
  );

  it('the message suggests the smallest prefix that fits: 12 IPs → /27 (27 usable; a /28 has 11)', () => {
    const report = evaluate(overlayPlan({ vnet: nodeSubnet('10.224.0.0/28'), pool: { count: 12 } }));
    const hit = expectFinding(report, 'SUBNET_INSUFFICIENT_FOR_NODES', 'error', 'vnet.subnets[0]');
    expect(hit.message).toContain('/27');
    expect(hit.message).toContain('11 usable');
  });

  it('autoscaling pools count maxCount: count 3, maxCount 12 on a /28 → SUBNET_INSUFFICIENT_FOR_NODES', () => {
    const report = evaluate(
      overlayPlan({
        vnet: nodeSubnet('10.224.0.0/28'),
        pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 12 },
      }),
    );
    expect(report.subnets[0]?.ipsSteady).toBe(12);
    expectFinding(report, 'SUBNET_INSUFFICIENT_FOR_NODES', 'error', 'vnet.subnets[0]');
  });

  it('pools on one subnet are summed (6 + 6 = 12 > 11); pools on separate subnets are not', () => {
    const shared = evaluate(
      overlayPlan({
        vnet: nodeSubnet('10.224.0.0/28'),
        pool: { count: 6 },
        extraPools: [userPool('user', { count: 6 })],
      }),
    );
    expectFinding(shared, 'SUBNET_INSUFFICIENT_FOR_NODES', 'error', 'vnet.subnets[0]');
    const separate = evaluate(
      overlayPlan({
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/28'), subnet('snet-user', '10.224.0.16/28')] },
        pool: { count: 5 },
        extraPools: [userPool('user', { count: 5, subnet: 'snet-user' })],
      }),
    );
    expectNoProblems(separate);
  });
});

describe('R12, R13: other consumers of the node subnet', () => {
  it.each<{ other: number; code: FindingCode }>([
    { other: 1, code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE' }, // 10 + 1 = 11 at rest; 10 + 1 surge + 1 = 12 > 11
    { other: 2, code: 'SUBNET_INSUFFICIENT_FOR_NODES' }, // 10 + 2 = 12 > 11
  ])('/28, 10 nodes, otherIps $other → $code', ({ other, code }) => {
    const report = evaluate(
      overlayPlan({
        vnet: nodeSubnet('10.224.0.0/28', { otherIps: [{ name: 'ILB', count: other }] }),
        pool: { count: 10 },
      }),
    );
    expect(report.subnets[0]?.otherIps).toBe(other);
    expectFinding(
      report,
      code,
      code === 'SUBNET_INSUFFICIENT_FOR_NODES' ? 'error' : 'warning',
      'vnet.subnets[0]',
    );
  });

  it('a private cluster puts the API server endpoint in the first pool’s subnet: /29, 2 nodes + 1 = 3; 4 with the surge node', () => {
    const plain = evaluate(overlayPlan({ vnet: nodeSubnet('10.224.0.0/29'), pool: { count: 2 } }));
    expectNoProblems(plain);
    const priv = evaluate(
      overlayPlan({
        vnet: nodeSubnet('10.224.0.0/29'),
        cluster: { privateCluster: true },
        pool: { count: 2 },
      }),
    );
    expect(priv.subnets[0]).toMatchObject({ otherIps: 1, ipsSteady: 3, ipsDuringUpgrade: 4 });
    expectFinding(priv, 'SUBNET_INSUFFICIENT_FOR_UPGRADE', 'warning', 'vnet.subnets[0]');
  });

  it('the private endpoint is not counted in a later pool’s subnet', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { privateCluster: true },
        subnets: [subnet('snet-user', '10.224.4.0/24')],
        extraPools: [userPool('user', { subnet: 'snet-user' })],
      }),
    );
    expect(report.subnets.map((s) => s.otherIps)).toEqual([1, 0]);
  });
});

describe('R11: Azure CNI Node Subnet takes 1 + maxPods IPs per node, reserved up front', () => {
  // S5: a /24 holds floor(251 / (30 + 1)) = 8 nodes at 30 pods each, 8 × 30 = 240 pods.
  it('floor(251 / 31) = 8 nodes and 240 pods in a /24 at maxPods 30', () => {
    expect(nodesThatFit(251n, 31)).toBe(8n);
  });
  it.each<{ nodes: number; steady: number; upgrade: number; code: FindingCode | null }>([
    { nodes: 8, steady: 248, upgrade: 279, code: 'SUBNET_INSUFFICIENT_FOR_UPGRADE' }, // 8 × 31 = 248 ≤ 251; (8 + 1) × 31 = 279 > 251
    { nodes: 9, steady: 279, upgrade: 310, code: 'SUBNET_INSUFFICIENT_FOR_NODES' }, // 9 × 31 = 279 > 251
    { nodes: 7, steady: 217, upgrade: 248, code: null }, // (7 + 1) × 31 = 248 ≤ 251
  ])('/24, $nodes nodes × 31 = $steady, with surge $upgrade → $code', ({ nodes, steady, upgrade, code }) => {
    const report = evaluate(
      overlayPlan({
        cluster: { networkPlugin: 'azureNodeSubnet' },
        vnet: nodeSubnet('10.224.0.0/24'),
        pool: { count: nodes, maxPods: 30 },
      }),
    );
    expect(report.nodePools[0]?.ipsPerNode).toBe(31);
    expect(report.subnets[0]).toMatchObject({ ipsSteady: steady, ipsDuringUpgrade: upgrade });
    expect(report.cluster.pods).toBe(nodes * 30);
    if (code === null) expectNoProblems(report);
    else
      expectFinding(
        report,
        code,
        code === 'SUBNET_INSUFFICIENT_FOR_NODES' ? 'error' : 'warning',
        'vnet.subnets[0]',
      );
  });
  it('8 nodes at 30 pods = 240 pods', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { networkPlugin: 'azureNodeSubnet' },
        vnet: nodeSubnet('10.224.0.0/24'),
        pool: { count: 8, maxPods: 30 },
      }),
    );
    expect(report.cluster.pods).toBe(240);
  });
});

describe('R25, R26: per-node pod-subnet IPs', () => {
  it.each([
    { maxPods: 10, blocks: 1, ips: 16, waste: 5 }, // ceil(11 / 16) = 1; 16 − 1 − 10 = 5
    { maxPods: 15, blocks: 1, ips: 16, waste: 0 }, // 16 × 1 − 1
    { maxPods: 30, blocks: 2, ips: 32, waste: 1 }, // S9 table: 30 → 2 blocks
    { maxPods: 31, blocks: 2, ips: 32, waste: 0 }, // S9 table: 31 → 2 blocks
    { maxPods: 32, blocks: 3, ips: 48, waste: 15 }, // S9 table: 32 → 3 blocks
    { maxPods: 250, blocks: 16, ips: 256, waste: 5 }, // ceil(251 / 16) = 16 blocks = 256 IPs
  ])(
    'StaticBlock maxPods $maxPods: ceil(($maxPods + 1) / 16) = $blocks blocks = $ips IPs, $waste unused',
    ({ maxPods, blocks, ips, waste }) => {
      expect(staticBlockIpsPerNode(maxPods)).toBe(16 * blocks);
      expect(staticBlockIpsPerNode(maxPods)).toBe(ips);
      expect(staticBlockWaste(maxPods)).toBe(waste);
      const report = evaluate(
        podSubnetPlan({ cluster: { podIpAllocationMode: 'StaticBlock' }, pool: { maxPods } }),
      );
      expect(report.nodePools[0]).toMatchObject({
        podSubnetIpsPerNode: ips,
        podSubnetIpsPerNodeDuringUpgrade: ips,
      });
      if (waste > 0) {
        const hit = expectFinding(report, 'STATIC_BLOCK_WASTE', 'info', 'nodePools[0].maxPods');
        expect(hit.rule).toBe('R26');
        expect(hit.message).toContain(`maxPods ${16 * blocks - 1}`); // the 16N − 1 that uses every IP
      } else {
        expectNoFinding(report, 'STATIC_BLOCK_WASTE');
      }
    },
  );

  it.each([
    { maxPods: 30, full: 48 }, // 16 × ceil(0.5 + 30/16) = 16 × ceil(2.375) = 48
    { maxPods: 110, full: 128 }, // 16 × ceil(0.5 + 6.875) = 16 × 8 = 128
    { maxPods: 8, full: 16 }, // 16 × ceil(0.5 + 0.5) = 16
    { maxPods: 9, full: 32 }, // 16 × ceil(1.0625) = 32
  ])(
    'DynamicIndividual: 16 per node at rest, fullDensity($maxPods) = $full during upgrade',
    ({ maxPods, full }) => {
      expect(dynamicFullDensityIps(maxPods)).toBe(full);
      if (maxPods >= 10) {
        const report = evaluate(podSubnetPlan({ pool: { maxPods } }));
        expect(report.nodePools[0]).toMatchObject({
          podSubnetIpsPerNode: 16,
          podSubnetIpsPerNodeDuringUpgrade: full,
        });
        expectNoFinding(report, 'STATIC_BLOCK_WASTE');
      }
    },
  );
});

describe('R57: pod-subnet capacity (worked examples)', () => {
  function podPlan(cidr: string, mode: 'StaticBlock' | 'DynamicIndividual', count: number, otherIps = 0) {
    return podSubnetPlan({
      cluster: { podIpAllocationMode: mode },
      vnet: {
        subnets: [
          subnet('snet-nodes', '10.224.0.0/22'),
          subnet(
            'snet-pods',
            cidr,
            otherIps > 0
              ? { purpose: 'pods', otherIps: [{ name: 'other cluster', count: otherIps }] }
              : { purpose: 'pods' },
          ),
        ],
      },
      pool: { count, maxPods: 30 },
    });
  }
  const cases = [
    // StaticBlock, maxPods 30 → 2 blocks = 32 IPs per node; /26 = 64 − 5 = 59 usable.
    {
      mode: 'StaticBlock',
      cidr: '10.228.0.0/26',
      nodes: 1,
      steady: 32,
      upgrade: 64,
      code: 'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
    }, // 32 ≤ 59; (1 + 1) × 32 = 64 > 59
    {
      mode: 'StaticBlock',
      cidr: '10.228.0.0/26',
      nodes: 2,
      steady: 64,
      upgrade: 96,
      code: 'POD_SUBNET_INSUFFICIENT',
    }, // 2 × 32 = 64 > 59
    { mode: 'StaticBlock', cidr: '10.228.0.0/25', nodes: 2, steady: 64, upgrade: 96, code: null }, // (2 + 1) × 32 = 96 ≤ 123
    {
      mode: 'StaticBlock',
      cidr: '10.228.0.0/25',
      nodes: 3,
      steady: 96,
      upgrade: 128,
      code: 'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
    }, // 96 ≤ 123; (3 + 1) × 32 = 128 > 123
    // DynamicIndividual, maxPods 30 → 16 at rest, 48 at full density; /27 = 27 usable.
    {
      mode: 'DynamicIndividual',
      cidr: '10.228.0.0/27',
      nodes: 1,
      steady: 16,
      upgrade: 96,
      code: 'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
    }, // 16 ≤ 27; (1 + 1) × 48 = 96 > 27
    {
      mode: 'DynamicIndividual',
      cidr: '10.228.0.0/27',
      nodes: 2,
      steady: 32,
      upgrade: 144,
      code: 'POD_SUBNET_INSUFFICIENT',
    }, // 2 × 16 = 32 > 27 ((2 + 1) × 48 = 144)
    { mode: 'DynamicIndividual', cidr: '10.228.0.0/25', nodes: 1, steady: 16, upgrade: 96, code: null }, // 96 ≤ 123
  ] as const;
  it.each(cases)(
    '$mode $cidr, $nodes node(s): $steady at rest, $upgrade during upgrade → $code',
    ({ mode, cidr, nodes, steady, upgrade, code }) => {
      const report = evaluate(podPlan(cidr, mode, nodes));
      expect(report.subnets[1]).toMatchObject({
        name: 'snet-pods',
        role: 'pods',
        ipsSteady: steady,
        ipsDuringUpgrade: upgrade,
      });
      const podFindings = report.findings.filter((f) => f.code.startsWith('POD_SUBNET_INSUFFICIENT'));
      if (code === null) {
        expect(podFindings).toEqual([]);
      } else {
        expect(podFindings).toHaveLength(1); // the ERROR replaces the upgrade WARN
        const hit = expectFinding(
          report,
          code,
          code === 'POD_SUBNET_INSUFFICIENT' ? 'error' : 'warning',
          'vnet.subnets[1]',
        );
        expect(hit.rule).toBe('R57');
        expect(hit.message).toContain(cidr);
      }
    },
  );

  it('otherIps (other clusters sharing the pod subnet) count: /27 dynamic, 1 node: 16 + 11 = 27 fits, 16 + 12 = 28 does not', () => {
    expectNoFinding(
      evaluate(podPlan('10.228.0.0/27', 'DynamicIndividual', 1, 11)),
      'POD_SUBNET_INSUFFICIENT',
    );
    expectFinding(
      evaluate(podPlan('10.228.0.0/27', 'DynamicIndividual', 1, 12)),
      'POD_SUBNET_INSUFFICIENT',
      'error',
      'vnet.subnets[1]',
    );
  });

  it('each pod subnet is checked on its own, summing the pools that use it', () => {
    const plan = podSubnetPlan({
      vnet: {
        subnets: [
          subnet('snet-nodes', '10.224.0.0/22'),
          subnet('snet-pods', '10.228.0.0/25', { purpose: 'pods' }),
          subnet('snet-pods2', '10.228.1.0/25', { purpose: 'pods' }),
        ],
      },
      pool: { count: 4 }, // 4 × 16 = 64 ≤ 123
      extraPools: [
        userPool('user', { count: 4, maxPods: 30, podSubnet: 'snet-pods' }),
        userPool('other', { count: 4, maxPods: 30, podSubnet: 'snet-pods2' }),
      ],
    });
    const report = evaluate(plan);
    expect(report.subnets[1]?.ipsSteady).toBe(128); // (4 + 4) × 16 = 128 > 123
    expect(report.subnets[2]?.ipsSteady).toBe(64);
    expectFinding(report, 'POD_SUBNET_INSUFFICIENT', 'error', 'vnet.subnets[1]');
    expectNoFinding(report, 'POD_SUBNET_INSUFFICIENT', 'vnet.subnets[2]');
  });
});

describe('R27: pod subnet limits', () => {
  it("a pool's own podIpAllocationMode wins over the cluster's; the default is DynamicIndividual", () => {
    expect(evaluate(podSubnetPlan()).nodePools[0]?.podIpAllocationMode).toBe('DynamicIndividual');
    const report = evaluate(
      podSubnetPlan({
        cluster: { podIpAllocationMode: 'DynamicIndividual' },
        pool: { podIpAllocationMode: 'StaticBlock' },
      }),
    );
    expect(report.nodePools[0]?.podIpAllocationMode).toBe('StaticBlock');
  });

  it.each([
    { cidr: '10.32.0.0/11', mode: 'StaticBlock', tooLarge: true }, // larger than /12
    { cidr: '10.32.0.0/12', mode: 'StaticBlock', tooLarge: false }, // the /12 maximum (~1 million IPs)
    { cidr: '10.32.0.0/11', mode: 'DynamicIndividual', tooLarge: false }, // dynamic has no such limit
  ] as const)(
    '$mode pod subnet $cidr → STATIC_BLOCK_SUBNET_TOO_LARGE: $tooLarge',
    ({ cidr, mode, tooLarge }) => {
      const report = evaluate(
        podSubnetPlan({
          cluster: { podIpAllocationMode: mode },
          vnet: {
            addressSpace: ['10.0.0.0/8'],
            subnets: [subnet('snet-nodes', '10.224.0.0/22'), subnet('snet-pods', cidr, { purpose: 'pods' })],
          },
          pool: { maxPods: 31 },
        }),
      );
      if (tooLarge)
        expectFinding(report, 'STATIC_BLOCK_SUBNET_TOO_LARGE', 'error', 'vnet.subnets[1].addressPrefixes[0]');
      else expectNoFinding(report, 'STATIC_BLOCK_SUBNET_TOO_LARGE');
    },
  );

  it.each([
    { version: '1.27', error: true },
    { version: '1.27.9', error: true }, // the patch is ignored
    { version: '1.28', error: false }, // minimum 1.28
    { version: '1.28.0', error: false },
    { version: null, error: false }, // no finding when the version is absent
  ])('StaticBlock with Kubernetes $version → STATIC_BLOCK_K8S_VERSION: $error', ({ version, error }) => {
    const report = evaluate(
      podSubnetPlan({
        cluster: version === null ? {} : { kubernetesVersion: version },
        pool: { podIpAllocationMode: 'StaticBlock', maxPods: 31 },
      }),
    );
    if (error) expectFinding(report, 'STATIC_BLOCK_K8S_VERSION', 'error', 'nodePools[0].podIpAllocationMode');
    else expectNoFinding(report, 'STATIC_BLOCK_K8S_VERSION');
  });

  it('DynamicIndividual on Kubernetes 1.27 → no STATIC_BLOCK_K8S_VERSION', () => {
    expectNoFinding(
      evaluate(podSubnetPlan({ cluster: { kubernetesVersion: '1.27' } })),
      'STATIC_BLOCK_K8S_VERSION',
    );
  });

  it('pools that resolve to different modes on one pod subnet → POD_SUBNET_MIXED_MODES', () => {
    const user = (extra: NodePoolPlan) => userPool('user', { maxPods: 31, subnet: 'snet-nodes', ...extra });
    const mixed = evaluate(
      podSubnetPlan({
        cluster: { podIpAllocationMode: 'StaticBlock' },
        pool: { maxPods: 31 },
        extraPools: [user({ podSubnet: 'snet-pods', podIpAllocationMode: 'DynamicIndividual' })],
      }),
    );
    expectFinding(mixed, 'POD_SUBNET_MIXED_MODES', 'error', 'vnet.subnets[1]');
    const separate = evaluate(
      podSubnetPlan({
        cluster: { podIpAllocationMode: 'StaticBlock' },
        subnets: [subnet('snet-pods2', '10.229.0.0/16', { purpose: 'pods' })],
        pool: { maxPods: 31 },
        extraPools: [user({ podSubnet: 'snet-pods2', podIpAllocationMode: 'DynamicIndividual' })],
      }),
    );
    expectNoFinding(separate, 'POD_SUBNET_MIXED_MODES');
    const same = evaluate(
      podSubnetPlan({ pool: { maxPods: 31 }, extraPools: [user({ podSubnet: 'snet-pods' })] }),
    );
    expectNoFinding(same, 'POD_SUBNET_MIXED_MODES');
  });

  it('D12: POD_SUBNET_SCALE_ABOVE_50K when the dynamic pools run Σ nodes × maxPods > 50,000', () => {
    // 200 × 250 = 50,000 (not above); 201 × 250 = 50,250.
    expectNoFinding(
      evaluate(podSubnetPlan({ pool: { count: 200, maxPods: 250 } })),
      'POD_SUBNET_SCALE_ABOVE_50K',
    );
    const report = evaluate(podSubnetPlan({ pool: { count: 201, maxPods: 250 } }));
    const hit = expectFinding(report, 'POD_SUBNET_SCALE_ABOVE_50K', 'info', 'nodePools');
    expect(hit.message).toContain('50,250');
    // StaticBlock pools don't count towards it.
    expectNoFinding(
      evaluate(
        podSubnetPlan({
          cluster: { podIpAllocationMode: 'StaticBlock' },
          pool: { count: 201, maxPods: 250 },
        }),
      ),
      'POD_SUBNET_SCALE_ABOVE_50K',
    );
  });
});

describe('R29, D2: the disputed Azure CNI Pod Subnet maxPods default', () => {
  it('no maxPods → 250 with MAX_PODS_DEFAULT_DISPUTED; a set maxPods → no finding', () => {
    const report = evaluate(
      podSubnetPlan({
        nodePools: [
          { name: 'system', mode: 'System', count: 3, subnet: 'snet-nodes', podSubnet: 'snet-pods' },
        ],
      }),
    );
    expect(report.nodePools[0]?.maxPods).toBe(250);
    const hit = expectFinding(report, 'MAX_PODS_DEFAULT_DISPUTED', 'warning', 'nodePools[0].maxPods');
    expect(hit.message).toContain('250');
    expect(hit.message).toContain('110');
    expectNoFinding(evaluate(podSubnetPlan()), 'MAX_PODS_DEFAULT_DISPUTED');
    expectNoFinding(evaluate(overlayPlan()), 'MAX_PODS_DEFAULT_DISPUTED');
  });
});

describe('Azure CNI Pod Subnet pool wiring (planner codes)', () => {
  it('a pod-subnet pool without podSubnet → POD_SUBNET_MISSING', () => {
    const report = evaluate(
      podSubnetPlan({ nodePools: [{ name: 'system', mode: 'System', count: 3, maxPods: 30 }] }),
    );
    expectFinding(report, 'POD_SUBNET_MISSING', 'error', 'nodePools[0].podSubnet');
  });
  it('a podSubnet that is not in the VNet → POOL_SUBNET_NOT_FOUND on podSubnet', () => {
    expectFinding(
      evaluate(podSubnetPlan({ pool: { podSubnet: 'snet-nope' } })),
      'POOL_SUBNET_NOT_FOUND',
      'error',
      'nodePools[0].podSubnet',
    );
  });
  it('podSubnet on another plugin → POD_SUBNET_IGNORED', () => {
    expectFinding(
      evaluate(overlayPlan({ pool: { podSubnet: 'snet-nodes' } })),
      'POD_SUBNET_IGNORED',
      'info',
      'nodePools[0].podSubnet',
    );
  });
  it('podCidrs on a flat Azure CNI plugin → POD_CIDR_IGNORED, and no pod range in the report', () => {
    for (const networkPlugin of ['azureNodeSubnet', 'azurePodSubnet'] as const) {
      const report = evaluate(podSubnetPlan({ cluster: { networkPlugin, podCidrs: ['10.244.0.0/16'] } }));
      expectFinding(report, 'POD_CIDR_IGNORED', 'info', 'cluster.podCidrs');
      expect(report.podRanges).toEqual([]);
    }
  });
});

describe('R9, D12: VNET_PRIVATE_IP_LIMIT: the plan takes at most 65,536 private IPs in its VNet at rest', () => {
  it.each([
    { plugin: 'overlay', ips: 10 }, // 10 nodes × 1
    { plugin: 'azureNodeSubnet', ips: 310 }, // 10 × (1 + 30)
    { plugin: 'DynamicIndividual', ips: 170 }, // 10 × 1 + 10 × 16
    { plugin: 'StaticBlock', ips: 30 }, // 10 × 1 + 10 × 2 blocks (one IP of the limit per /28 block)
  ])('$plugin, 10 nodes at maxPods 30 → $ips private IPs', ({ plugin, ips }) => {
    const plan =
      plugin === 'overlay' || plugin === 'azureNodeSubnet'
        ? overlayPlan({ cluster: { networkPlugin: plugin }, pool: { count: 10, maxPods: 30 } })
        : podSubnetPlan({
            cluster: { podIpAllocationMode: plugin as 'StaticBlock' | 'DynamicIndividual' },
            pool: { count: 10, maxPods: 30 },
          });
    expect(evaluate(plan).cluster.vnetPrivateIps).toBe(ips);
  });

  function bigDynamicPlan(otherIps: number) {
    // 3,855 nodes × (1 node IP + 16 pod-subnet IPs) = 65,535, plus otherIps.
    const system: NodePoolPlan = { name: 'system', mode: 'System', count: 1000 };
    const pools: NodePoolPlan[] = [
      system,
      userPool('user1', { count: 1000 }),
      userPool('user2', { count: 1000 }),
      userPool('user3', { count: 855 }),
    ].map((p) => ({ ...p, maxPods: 30, subnet: 'snet-nodes', podSubnet: 'snet-pods' }));
    return podSubnetPlan({
      vnet: {
        subnets: [
          subnet('snet-nodes', '10.224.0.0/20', { otherIps: [{ name: 'ILB', count: otherIps }] }),
          subnet('snet-pods', '10.226.0.0/15', { purpose: 'pods' }),
        ],
      },
      nodePools: pools,
      cluster: { podCidrs: ['100.64.0.0/12'] },
    });
  }
  it('exactly at the limit: 3,855 × 17 + 1 = 65,536 → no finding', () => {
    const report = evaluate(bigDynamicPlan(1));
    expect(report.cluster.vnetPrivateIps).toBe(65_536);
    expectNoFinding(report, 'VNET_PRIVATE_IP_LIMIT');
  });
  it('one over: 3,855 × 17 + 2 = 65,537 → VNET_PRIVATE_IP_LIMIT', () => {
    const report = evaluate(bigDynamicPlan(2));
    expect(report.cluster.vnetPrivateIps).toBe(65_537);
    const hit = expectFinding(report, 'VNET_PRIVATE_IP_LIMIT', 'error', 'vnet');
    expect(hit.message).toContain('65,537');
    expect(hit.message).toContain('65,536');
  });
});
