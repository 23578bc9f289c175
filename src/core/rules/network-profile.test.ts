/** Revision 2: R62 System pools Linux, R63 plugin × data plane × policy (D21), R64 outbound type, R67 NPM. */
import { describe, expect, it } from 'vitest';
import type { ClusterPlan, NetworkPlugin } from '../types.ts';
import {
  codesOf,
  evaluate,
  expectFinding,
  expectNoFinding,
  overlayPlan,
  podSubnetPlan,
  userPool,
} from '../../testing/test-plans.ts';

describe('R62: System pools must be Linux', () => {
  it.each([
    { name: 'the only System pool is Windows', extra: [], error: true },
    {
      name: 'a Linux System pool beside it',
      extra: [{ name: 'sys2', mode: 'System' as const, count: 3 }],
      error: true,
    },
  ])('$name → SYSTEM_POOL_NOT_LINUX: $error', ({ extra }) => {
    const report = evaluate(
      overlayPlan({ pool: { name: 'win', osType: 'Windows', maxPods: 30 }, extraPools: extra }),
    );
    const hit = expectFinding(report, 'SYSTEM_POOL_NOT_LINUX', 'error', 'nodePools[0].osType');
    expect(hit.rule).toBe('R62');
  });
  it('a Windows User pool → no finding', () => {
    const report = evaluate(
      overlayPlan({ extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })] }),
    );
    expectNoFinding(report, 'SYSTEM_POOL_NOT_LINUX');
  });
});

describe('R63, D21: network plugin × data plane × network policy', () => {
  const cases: {
    plugin: NetworkPlugin;
    dataplane?: 'azure' | 'cilium';
    policy?: 'none' | 'azure' | 'calico' | 'cilium';
    codes: string[];
  }[] = [
    { plugin: 'overlay', dataplane: 'cilium', policy: 'cilium', codes: [] },
    { plugin: 'overlay', dataplane: 'cilium', codes: [] }, // policy left out reads as none (§3)
    { plugin: 'overlay', dataplane: 'cilium', policy: 'none', codes: [] },
    { plugin: 'azureNodeSubnet', dataplane: 'cilium', policy: 'cilium', codes: [] },
    { plugin: 'azurePodSubnet', dataplane: 'cilium', policy: 'cilium', codes: [] },
    { plugin: 'kubenet', dataplane: 'cilium', codes: ['CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN'] },
    { plugin: 'none', dataplane: 'cilium', codes: ['CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN'] }, // D21
    { plugin: 'overlay', policy: 'cilium', codes: ['NETWORK_POLICY_DATAPLANE_MISMATCH'] }, // S39
    { plugin: 'overlay', dataplane: 'azure', policy: 'cilium', codes: ['NETWORK_POLICY_DATAPLANE_MISMATCH'] },
    { plugin: 'overlay', dataplane: 'cilium', policy: 'azure', codes: ['NETWORK_POLICY_DATAPLANE_MISMATCH'] },
    {
      plugin: 'overlay',
      dataplane: 'cilium',
      policy: 'calico',
      codes: ['NETWORK_POLICY_DATAPLANE_MISMATCH'],
    },
    { plugin: 'overlay', dataplane: 'azure', policy: 'calico', codes: [] },
    {
      plugin: 'kubenet',
      dataplane: 'cilium',
      policy: 'calico',
      codes: ['CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN', 'NETWORK_POLICY_DATAPLANE_MISMATCH'],
    },
  ];
  const R63_CODES = ['CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN', 'NETWORK_POLICY_DATAPLANE_MISMATCH'];
  it.each(cases)(
    '$plugin, data plane $dataplane, policy $policy → $codes',
    ({ plugin, dataplane, policy, codes }) => {
      const cluster: ClusterPlan = { networkPlugin: plugin, podCidrs: ['10.244.0.0/16'] };
      if (dataplane !== undefined) cluster.networkDataplane = dataplane;
      if (policy !== undefined) cluster.networkPolicy = policy;
      const plan = plugin === 'azurePodSubnet' ? podSubnetPlan({ cluster }) : overlayPlan({ cluster });
      const report = evaluate(plan);
      expect(
        codesOf(report)
          .filter((c) => R63_CODES.includes(c))
          .sort(),
      ).toEqual([...codes].sort());
      for (const f of report.findings.filter((x) => R63_CODES.includes(x.code))) {
        expect(f.severity).toBe('error');
        expect(f.rule).toBe('R63');
        expect(f.path).toBe(
          f.code === 'CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN'
            ? 'cluster.networkDataplane'
            : 'cluster.networkPolicy',
        );
      }
    },
  );
});

describe('R64: outbound type vs VNet ownership', () => {
  it.each([
    { outboundType: 'loadBalancer' as const, managed: false, error: false },
    { outboundType: 'loadBalancer' as const, managed: true, error: false },
    { outboundType: 'none' as const, managed: false, error: false },
    { outboundType: 'none' as const, managed: true, error: false },
    { outboundType: 'managedNATGateway' as const, managed: true, error: false },
    { outboundType: 'managedNATGateway' as const, managed: false, error: true },
    { outboundType: 'userAssignedNATGateway' as const, managed: false, error: false },
    { outboundType: 'userAssignedNATGateway' as const, managed: true, error: true },
    { outboundType: 'userDefinedRouting' as const, managed: false, error: false },
    { outboundType: 'userDefinedRouting' as const, managed: true, error: true },
  ])(
    '$outboundType, AKS-managed VNet $managed → OUTBOUND_TYPE_VNET_MISMATCH: $error',
    ({ outboundType, managed, error }) => {
      const report = evaluate(overlayPlan({ cluster: { outboundType }, managedVnet: managed }));
      if (error)
        expect(
          expectFinding(report, 'OUTBOUND_TYPE_VNET_MISMATCH', 'error', 'cluster.outboundType').rule,
        ).toBe('R64');
      else expectNoFinding(report, 'OUTBOUND_TYPE_VNET_MISMATCH');
    },
  );
});

describe('R67: Azure NPM pod limit and retirement', () => {
  /** A /16 node subnet and a /15 pod CIDR: only the NPM rules fire. */
  const npmPlan = (count: number, maxPods: number) =>
    overlayPlan({
      cluster: { networkPolicy: 'azure', podCidrs: ['10.244.0.0/15'] },
      vnet: { subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/16'] }] },
      pool: { count, maxPods },
    });
  it.each([
    { count: 100, maxPods: 250, pods: 25_000, warn: true }, // 100 × 250 = 25,000 > 20,000
    { count: 80, maxPods: 250, pods: 20_000, warn: false }, // 80 × 250 = 20,000, not above
    { count: 200, maxPods: 110, pods: 22_000, warn: true },
  ])('$count × $maxPods = $pods pods → NPM_OVER_20000_PODS: $warn', ({ count, maxPods, warn }) => {
    const report = evaluate(npmPlan(count, maxPods));
    if (warn) expectFinding(report, 'NPM_OVER_20000_PODS', 'warning', 'cluster.networkPolicy');
    else expectNoFinding(report, 'NPM_OVER_20000_PODS');
    expectNoFinding(report, 'NPM_OVER_250_NODES');
  });
  it('both halves of the limit can fire: 300 × 250', () => {
    const codes = codesOf(evaluate(npmPlan(300, 250)));
    expect(codes).toContain('NPM_OVER_250_NODES');
    expect(codes).toContain('NPM_OVER_20000_PODS');
  });
  it('a Windows pool → NPM_WINDOWS_RETIRING (ERROR since the 2026-12-06 revision); Linux → NPM_LINUX_RETIRING (INFO)', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { networkPolicy: 'azure' },
        extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })],
      }),
    );
    expectFinding(report, 'NPM_WINDOWS_RETIRING', 'error', 'cluster.networkPolicy');
    expectFinding(report, 'NPM_LINUX_RETIRING', 'info', 'cluster.networkPolicy');
  });
  it('no NPM → none of the R67 codes', () => {
    const codes = codesOf(
      evaluate(overlayPlan({ extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })] })),
    );
    expect(codes.filter((c) => c.startsWith('NPM_'))).toEqual([]);
  });
});
