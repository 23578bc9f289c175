/** The PlanReport contract (plan-document.md §2): its figures, its defaults, its ordering; never throws. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../types.ts';
import { evaluatePlan } from '../index.ts';
import { evaluate, overlayPlan, subnet, userPool } from '../../testing/test-plans.ts';

describe('the report of the baseline overlay plan', () => {
  const report = evaluate(overlayPlan());

  it('is valid with no findings', () => {
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
    expect(report.managedVnet).toBe(false);
  });

  it('podRanges: 10.244.0.0/16 → 256 blocks, 256 × 250 = 64,000 pods; 3 blocks needed, 3 + 1 surge = 4 for upgrades', () => {
    expect(report.podRanges).toEqual([
      {
        family: 'IPv4',
        cidr: '10.244.0.0/16',
        totalAddresses: 65_536n,
        blockPrefixLength: 24,
        nodeBlocks: 256n,
        maxNodes: 256,
        maxPods: 64_000,
        requiredBlocks: 3,
        requiredBlocksDuringUpgrade: 4,
        limitsNodes: true,
        limitedBy: 'podCidr', // 256 blocks < the Standard tier's 5,000 nodes
        minPrefix: 22, // 24 − ceil(log2 4) = 22
      },
    ]);
  });

  it('serviceRanges: 10.0.0.0/16 → 65,534 allocatable, 65,532 after kubernetes.default and kube-dns', () => {
    expect(report.serviceRanges).toEqual([
      {
        family: 'IPv4',
        cidr: '10.0.0.0/16',
        totalAddresses: 65_536n,
        allocatable: 65_534n,
        availableAfterDefaults: 65_532n,
        kubernetesServiceIp: '10.0.0.1',
        allocatableLegacyBitmap: 65_534n, // IPv4 is never capped by the bitmap (R40)
      },
    ]);
  });

  it('subnets: snet-nodes 10.224.0.0/22 → 1,024 − 5 = 1,019 usable; 3 IPs at rest, 4 during upgrade', () => {
    expect(report.subnets).toEqual([
      {
        name: 'snet-nodes',
        cidr: '10.224.0.0/22',
        ipv6Cidr: null,
        role: 'nodes',
        totalAddresses: 1_024n,
        reserved: 5,
        usable: 1_019n,
        ipsSteady: 3,
        ipsDuringUpgrade: 4,
        freeAfterUpgrade: 1_015n,
        otherIps: 0,
        pools: ['system'],
        minPrefix: 28, // 4 IPs during upgrade: a /29 has 8 − 5 = 3 < 4, a /28 has 16 − 5 = 11 (R70)
        maxNodes: 1_019, // floor(1,019 / 1 IP per node)
        maxPods: 254_750, // 1,019 × 250
      },
    ]);
  });

  it('nodePools and cluster', () => {
    expect(report.nodePools[0]).toMatchObject({
      name: 'system',
      mode: 'System',
      osType: 'Linux',
      subnet: 'snet-nodes',
      podSubnet: null,
      count: 3,
      nodes: 3,
      maxSurge: '10%',
      surgeNodes: 1,
      maxPods: 250,
      ipsPerNode: 1,
      podSubnetIpsPerNode: 0,
    });
    expect(report.cluster).toEqual({
      nodes: 3,
      nodesDuringUpgrade: 4,
      nodeLimit: 5_000,
      tier: 'Standard',
      networkPlugin: 'overlay',
      ipFamilies: ['IPv4'],
      pods: 750,
      vnetPrivateIps: 3,
      kubernetesVersion: null,
    });
  });

  it('lists every default it applied', () => {
    const applied = Object.fromEntries(report.defaultsApplied.map((d) => [d.path, d.value]));
    expect(applied).toMatchObject({
      'cluster.tier': 'Standard',
      'cluster.ipFamilies': 'IPv4',
      'cluster.podCidrs': '10.244.0.0/16',
      'cluster.serviceCidrs': '10.0.0.0/16',
      'cluster.dnsServiceIp': '10.0.0.10',
      'nodePools[0].maxSurge': '10%',
      'nodePools[0].maxPods': '250',
    });
    expect(applied['cluster.networkPlugin']).toBeUndefined(); // stated in the plan
    for (const entry of report.defaultsApplied) expect(entry.note.length).toBeGreaterThan(0);
  });
});

describe('report behaviour', () => {
  it('no vnet → the AKS-managed VNet 10.224.0.0/12 with subnet 10.224.0.0/16 (65,531 usable)', () => {
    const report = evaluate(overlayPlan({ managedVnet: true }));
    expect(report.managedVnet).toBe(true);
    expect(report.subnets[0]).toMatchObject({ cidr: '10.224.0.0/16', usable: 65_531n, ipsSteady: 3 });
    expect(report.defaultsApplied.find((d) => d.path === 'vnet')?.value).toContain('10.224.0.0/12');
    expect(report.findings).toEqual([]);
  });

  it('findings are sorted errors first, then warnings, then notes; valid is false with any error', () => {
    // kubenet (info), a 1-node system pool (warning), a /25 pod CIDR (error).
    const report = evaluate(
      overlayPlan({ cluster: { networkPlugin: 'kubenet', podCidrs: ['10.244.0.0/25'] }, pool: { count: 1 } }),
    );
    const severities = report.findings.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    expect(new Set(severities)).toEqual(new Set(['error', 'warning', 'info']));
    expect(report.valid).toBe(false);
  });

  it('warnings and notes alone leave the plan valid', () => {
    const report = evaluate(overlayPlan({ cluster: { networkPlugin: 'kubenet' }, pool: { count: 1 } }));
    expect(report.findings.some((f) => f.severity === 'warning')).toBe(true);
    expect(report.valid).toBe(true);
  });

  it('every finding has a code, a severity, a rule, a path and a message', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: ['10.224.0.0/16'], serviceCidrs: ['8.0.0.0/11'], dnsServiceIp: '10.0.0.1' },
        pool: { count: 1, maxPods: 9 },
      }),
    );
    expect(report.findings.length).toBeGreaterThan(3);
    for (const f of report.findings) {
      expect(f.code).toMatch(/^[A-Z0-9_]+$/);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.rule).toMatch(/^(R\d+|plan)$/);
      expect(f.path).toBeTruthy();
      expect(f.message.length).toBeGreaterThan(20);
    }
  });

  it('a subnet report lists the pools that use it, as node or pod subnet', () => {
    const report = evaluate(overlayPlan({ extraPools: [userPool('user')] }));
    expect(report.subnets[0]?.pools).toEqual(['system', 'user']);
  });

  it('an unused subnet without purpose has role nodes and takes no IPs', () => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-spare', '10.224.4.0/24')] }));
    expect(report.subnets[1]).toMatchObject({
      role: 'nodes',
      ipsSteady: 0,
      ipsDuringUpgrade: 0,
      usable: 251n,
    });
  });

  it('evaluatePlan never throws, even on values outside the TypeScript types', () => {
    const odd = [
      { schemaVersion: 1, nodePools: [] },
      { schemaVersion: 1, nodePools: [{}] },
      { schemaVersion: 1, nodePools: [{ count: -5, maxPods: 1.5, maxSurge: '%' }] },
      { schemaVersion: 1, vnet: { subnets: [{ name: 'x' }] }, nodePools: [{ name: 'a' }] },
      {
        schemaVersion: 1,
        vnet: { addressSpace: [] },
        cluster: { ipFamilies: [] },
        nodePools: [{ name: 'a' }],
      },
      {
        schemaVersion: 1,
        cluster: { serviceCidrs: ['fd00::/108'], dnsServiceIp: '' },
        nodePools: [{ name: 'a' }],
      },
    ] as unknown as PlanDocument[];
    for (const plan of odd) {
      const report = evaluatePlan(plan);
      expect(report.findings.map((f) => f.code)).not.toContain('INTERNAL_ERROR');
    }
  });
});
