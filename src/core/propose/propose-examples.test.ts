import { describe, expect, it } from 'vitest';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import type { PlanDocument } from '../types.ts';
import { proposePlan } from './propose-plan.ts';

function problems(plan: PlanDocument): string[] {
  return evaluatePlan(plan)
    .findings.filter((f) => f.severity === 'error' || /INSUFFICIENT|OVERLAP|IN_VNET_SPACE|TOO_/.test(f.code))
    .map((f) => `${f.code} ${f.path ?? ''}`);
}

const changeAt = (proposal: ReturnType<typeof proposePlan>, path: string) =>
  proposal.changes.find((c) => c.path === path);

describe('proposePlan worked examples', () => {
  it('hub-spoke: the default service CIDR 10.0.0.0/16 collides with the hub and moves to the first free /16', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      vnet: {
        name: 'vnet-spoke',
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3 },
        { name: 'apps', enableAutoScaling: true, minCount: 2, maxCount: 20 },
      ],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.0.0.0/16'] },
        { name: 'on-premises', kind: 'onPremises', addressPrefixes: ['172.16.0.0/12'] },
      ],
    };
    expect(problems(plan)).toContain('OVERLAPS_CONNECTED_NETWORK cluster.serviceCidrs[0]');
    const proposal = proposePlan(plan);
    expect(proposal.findings).toEqual([]);
    // 10.0.0.0/16 is the hub; 10.1.0.0/16 is the lowest free /16 of RFC 1918 space.
    expect(changeAt(proposal, 'cluster.serviceCidrs[0]')).toMatchObject({
      from: '10.0.0.0/16',
      to: '10.1.0.0/16',
    });
    expect(changeAt(proposal, 'cluster.serviceCidrs[0]')?.reason).toContain(
      'overlaps connected network hub (10.0.0.0/16)',
    );
    // system 3 + 1 surge, apps 20 + 2 surge = 26 IPs: a /27 (27 usable), a /28 has 11.
    expect(changeAt(proposal, 'vnet.subnets[0].addressPrefixes')).toMatchObject({ to: '10.50.0.0/27' });
    // 26 /24 blocks → /19 (32 blocks).
    expect(changeAt(proposal, 'cluster.podCidrs[0]')).toMatchObject({
      to: '10.244.0.0/19',
      reason: expect.stringContaining('2 pools reach 23 nodes + 3 surge = 26 /24 blocks → /19'),
    });
    expect(problems(proposal.plan)).toEqual([]);
  });

  it('a 5,000-node overlay cluster: 5,500 /24 blocks during upgrade need a /11', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'overlay', tier: 'Standard' },
      vnet: {
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.50.0.0/22'] }],
      },
      nodePools: [0, 1, 2, 3, 4].map((i) => ({
        name: `pool${i}`,
        mode: i === 0 ? ('System' as const) : ('User' as const),
        count: 1000,
      })),
    };
    const proposal = proposePlan(plan);
    expect(proposal.findings).toEqual([]);
    // 5 × (1,000 + 100 surge) = 5,500 blocks: 2^(24−11) = 8,192 ≥ 5,500 > 4,096 = 2^(24−12).
    expect(changeAt(proposal, 'cluster.podCidrs[0]')).toMatchObject({
      to: '10.224.0.0/11',
      reason: expect.stringContaining(
        '5 pools reach 5,000 nodes + 500 surge = 5,500 /24 blocks → /11 (8,192 blocks; a /12 holds 4,096)',
      ),
    });
    // 5,500 node IPs: a /19 has 8,187 usable, a /20 4,091.
    expect(changeAt(proposal, 'vnet.subnets[0].addressPrefixes')?.to).toBe('10.50.0.0/19');
    expect(problems(proposal.plan)).toEqual([]);
  });

  it('dual-stack with the documented defaults keeps the IPv6 defaults and gives the subnet a /64', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'overlay', ipFamilies: ['IPv4', 'IPv6'], kubernetesVersion: '1.33' },
      vnet: {
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    };
    const proposal = proposePlan(plan);
    expect(proposal.findings).toEqual([]);
    expect(proposal.plan.cluster?.podCidrs).toEqual(['10.244.0.0/22', 'fd12:3456:789a::/64']);
    expect(proposal.plan.cluster?.serviceCidrs).toBeUndefined();
    // No IPv6 space in the VNet: the smallest free unique-local prefix for one /64 is added.
    expect(changeAt(proposal, 'vnet.addressSpace[1]')?.to).toBe('fd00::/64');
    expect(changeAt(proposal, 'vnet.subnets[0].addressPrefixes')?.to).toBe('10.50.0.0/28, fd00::/64');
    expect(problems(proposal.plan)).toEqual([]);
  });

  it('flat CNI (node subnet) with 3 pools: (nodes + surge) × (maxPods + 1) IPs', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      cluster: { networkPlugin: 'azureNodeSubnet' },
      vnet: {
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3, maxPods: 30 },
        { name: 'apps', count: 5, maxPods: 30 },
        { name: 'batch', enableAutoScaling: true, minCount: 1, maxCount: 10, maxPods: 30 },
      ],
    };
    const proposal = proposePlan(plan);
    expect(proposal.findings).toEqual([]);
    // (3 + 1) × 31 + (5 + 1) × 31 + (10 + 1) × 31 = 21 × 31 = 651: a /22 (1,019), a /23 has 507.
    expect(changeAt(proposal, 'vnet.subnets[0].addressPrefixes')).toMatchObject({
      to: '10.50.0.0/22',
      reason: expect.stringContaining('= 651 → /22 (1,019 usable; a /23 has 507)'),
    });
    expect(proposal.plan.cluster?.podCidrs).toBeUndefined();
    expect(problems(proposal.plan)).toEqual([]);
  });

  it('a VNet that is too small gets the smallest free prefix added, or a finding when its space is fixed', () => {
    const plan: PlanDocument = {
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.50.0.0/24'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 300 }],
      connectedNetworks: [{ name: 'hub', addressPrefixes: ['10.0.0.0/16'] }],
    };
    // 300 + 30 surge = 330 IPs: a /23 (507 usable); the /24 VNet holds 256 addresses.
    const proposal = proposePlan(plan);
    expect(proposal.findings).toEqual([]);
    expect(changeAt(proposal, 'vnet.addressSpace[1]')).toMatchObject({
      to: '10.1.0.0/23',
      reason: expect.stringContaining('short by 512 addresses'),
    });
    expect(changeAt(proposal, 'vnet.subnets[0].addressPrefixes')?.to).toBe('10.1.0.0/23');
    expect(problems(proposal.plan)).toEqual([]);

    const pinned = proposePlan(plan, { fixed: ['vnet.addressSpace'] });
    expect(pinned.findings).toEqual([
      expect.objectContaining({
        code: 'PROPOSAL_VNET_TOO_SMALL',
        severity: 'error',
        path: 'vnet.addressSpace',
      }),
    ]);
    expect(pinned.findings[0]?.message).toContain('short by 512 addresses');
    expect(pinned.plan.vnet?.addressSpace).toEqual(['10.50.0.0/24']);
  });

  it('sizes the service CIDR for the expected Services: 250 → /24 (256 − 2 − 2 = 252)', () => {
    const proposal = proposePlan(
      { schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] },
      { expectedServices: 250 },
    );
    expect(changeAt(proposal, 'cluster.serviceCidrs[0]')).toMatchObject({
      from: '10.0.0.0/16',
      to: '10.0.0.0/24',
    });
  });

  it('grows every pool by the margin: 24 nodes at +30 % → 32 (+ 4 surge = 36 blocks → /18)', () => {
    const proposal = proposePlan(
      { schemaVersion: 1, nodePools: [{ name: 'system', count: 24 }] },
      { growthPercent: 30 },
    );
    expect(changeAt(proposal, 'cluster.podCidrs[0]')).toMatchObject({
      to: '10.244.0.0/18',
      reason: expect.stringContaining(
        'Sized for +30 % nodes. 1 pool reaches 32 nodes + 4 surge = 36 /24 blocks → /18',
      ),
    });
    // The pools themselves are not changed.
    expect(proposal.plan.nodePools).toEqual([{ name: 'system', count: 24 }]);
  });

  it('moves a stated DNS service IP with its service CIDR', () => {
    const proposal = proposePlan({
      schemaVersion: 1,
      cluster: { serviceCidrs: ['10.0.0.0/16'], dnsServiceIp: '10.0.0.10' },
      nodePools: [{ name: 'system', count: 3 }],
      connectedNetworks: [{ name: 'hub', addressPrefixes: ['10.0.0.0/16'] }],
    });
    expect(changeAt(proposal, 'cluster.dnsServiceIp')).toMatchObject({ from: '10.0.0.10', to: '10.1.0.10' });
    expect(problems(proposal.plan)).toEqual([]);
  });

  it('sizes an API-server subnet at /28 and delegates it', () => {
    const proposal = proposePlan({
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.50.0.0/16'],
        subnets: [
          { name: 'nodes', addressPrefixes: ['10.50.0.0/24'] },
          { name: 'api', addressPrefixes: ['10.50.1.0/24'], purpose: 'apiServer' },
        ],
      },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(changeAt(proposal, 'vnet.subnets[1].addressPrefixes')?.to).toBe('10.50.1.0/28');
    expect(changeAt(proposal, 'vnet.subnets[1].delegatedTo')?.to).toBe(
      'Microsoft.ContainerService/managedClusters',
    );
  });

  it('reports what it cannot fix: a pool whose subnet does not exist', () => {
    const proposal = proposePlan({
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [{ name: 'system', count: 3, subnet: 'missing' }],
    });
    expect(proposal.findings.map((f) => f.code)).toEqual(['PROPOSAL_INPUT_INCOMPLETE']);
  });

  it('never throws on hostile input', () => {
    const hostile = { schemaVersion: 1, nodePools: [null] } as unknown as PlanDocument;
    const proposal = proposePlan(hostile);
    expect(proposal.findings[0]?.code).toBe('PROPOSAL_INTERNAL_ERROR');
  });
});
