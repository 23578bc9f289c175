/** R47–R54, R60, D6, D15: dual-stack (IPv4/IPv6). */
import { describe, expect, it } from 'vitest';
import type { IpFamily } from '../types.ts';
import {
  dualStackPlan,
  evaluate,
  expectFinding,
  expectNoFinding,
  expectNoProblems,
  overlayPlan,
  podSubnetPlan,
  subnet,
} from '../../testing/test-plans.ts';

describe('the dual-stack overlay plan is valid', () => {
  it('VNet and node subnet dual-stack, documented defaults → only the IPv6 load-balancer note', () => {
    const report = evaluate(dualStackPlan());
    expectNoProblems(report);
    expect(report.findings.map((f) => f.code)).toEqual(['DUALSTACK_IPV6_LB_LOCAL_POLICY']);
    expectFinding(report, 'DUALSTACK_IPV6_LB_LOCAL_POLICY', 'info', 'cluster.ipFamilies');
    expect(report.cluster.ipFamilies).toEqual(['IPv4', 'IPv6']);
  });
  it('single-stack → no dual-stack note', () => {
    expectNoFinding(evaluate(overlayPlan()), 'DUALSTACK_IPV6_LB_LOCAL_POLICY');
  });
});

describe('R47, D15: plugins', () => {
  it.each([
    { plugin: 'overlay', code: null },
    { plugin: 'none', code: null },
    { plugin: 'azureNodeSubnet', code: 'DUALSTACK_PLUGIN_UNSUPPORTED' },
    { plugin: 'azurePodSubnet', code: 'DUALSTACK_PLUGIN_UNSUPPORTED' },
    { plugin: 'kubenet', code: 'DUALSTACK_KUBENET_LEGACY' },
  ] as const)('$plugin + IPv4, IPv6 → $code', ({ plugin, code }) => {
    const plan =
      plugin === 'azurePodSubnet'
        ? podSubnetPlan({
            cluster: { ipFamilies: ['IPv4', 'IPv6'] },
            vnet: {
              addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
              subnets: [
                subnet('snet-nodes', ['10.224.0.0/22', 'fd00:10::/64']),
                subnet('snet-pods', '10.228.0.0/16', { purpose: 'pods' }),
              ],
            },
          })
        : dualStackPlan({
            cluster:
              plugin === 'none'
                ? { networkPlugin: plugin, podCidrs: ['10.244.0.0/16', 'fd12:3456:789a::/64'] }
                : { networkPlugin: plugin },
          });
    const report = evaluate(plan);
    const codes = ['DUALSTACK_PLUGIN_UNSUPPORTED', 'DUALSTACK_KUBENET_LEGACY'];
    const hits = report.findings.filter((f) => codes.includes(f.code));
    if (code === null) {
      expect(hits).toEqual([]);
    } else if (code === 'DUALSTACK_KUBENET_LEGACY') {
      // D15: a WARN, not an ERROR, while no source says AKS blocks creating such a cluster.
      expectFinding(report, code, 'warning', 'cluster.networkPlugin');
    } else {
      expectFinding(report, code, 'error', 'cluster.ipFamilies');
    }
  });

  it.each([
    { dataplane: 'cilium', version: '1.28', error: true },
    { dataplane: 'cilium', version: '1.28.15', error: true },
    { dataplane: 'cilium', version: '1.29', error: false },
    { dataplane: 'cilium', version: null, error: false }, // no version, no finding
    { dataplane: 'azure', version: '1.28', error: false },
  ] as const)(
    '$dataplane data plane on $version → DUALSTACK_K8S_VERSION: $error',
    ({ dataplane, version, error }) => {
      const cluster =
        version === null
          ? { networkDataplane: dataplane }
          : { networkDataplane: dataplane, kubernetesVersion: version };
      const report = evaluate(dualStackPlan({ cluster }));
      if (error)
        expect(
          expectFinding(report, 'DUALSTACK_K8S_VERSION', 'error', 'cluster.kubernetesVersion').message,
        ).toContain('1.29');
      else expectNoFinding(report, 'DUALSTACK_K8S_VERSION');
    },
  );

  it('single-stack Cilium on 1.28 → no DUALSTACK_K8S_VERSION', () => {
    expectNoFinding(
      evaluate(overlayPlan({ cluster: { networkDataplane: 'cilium', kubernetesVersion: '1.28' } })),
      'DUALSTACK_K8S_VERSION',
    );
  });
});

describe('R48: ipFamilies is ["IPv4"] or ["IPv4", "IPv6"]', () => {
  it.each([
    { families: ['IPv4'], error: false },
    { families: ['IPv4', 'IPv6'], error: false },
    { families: ['IPv6'], error: true }, // IPv6-only
    { families: ['IPv6', 'IPv4'], error: true }, // IPv6 first
  ] as { families: IpFamily[]; error: boolean }[])(
    '$families → DUALSTACK_FAMILY_UNSUPPORTED: $error',
    ({ families, error }) => {
      const report = evaluate(dualStackPlan({ cluster: { ipFamilies: families } }));
      if (error) {
        expectFinding(report, 'DUALSTACK_FAMILY_UNSUPPORTED', 'error', 'cluster.ipFamilies');
        // The defaulted pod and service CIDRs are not reported as mismatching the unsupported order too.
        expectNoFinding(report, 'DUALSTACK_ORDER_MISMATCH');
        expectNoFinding(report, 'DUALSTACK_COUNT_MISMATCH');
      } else {
        expectNoFinding(report, 'DUALSTACK_FAMILY_UNSUPPORTED');
      }
    },
  );
});

describe('R49: podCidrs and serviceCidrs match ipFamilies in count and order', () => {
  it.each([
    { field: 'podCidrs', list: ['10.244.0.0/16'], code: 'DUALSTACK_COUNT_MISMATCH' },
    { field: 'serviceCidrs', list: ['10.0.0.0/16'], code: 'DUALSTACK_COUNT_MISMATCH' },
    { field: 'podCidrs', list: ['fd12:3456:789a::/64', '10.244.0.0/16'], code: 'DUALSTACK_ORDER_MISMATCH' },
    {
      field: 'serviceCidrs',
      list: ['fd12:3456:789a:1::/108', '10.0.0.0/16'],
      code: 'DUALSTACK_ORDER_MISMATCH',
    },
    { field: 'podCidrs', list: ['10.244.0.0/16', 'fd12:3456:789a::/64'], code: null },
    { field: 'serviceCidrs', list: ['10.0.0.0/16', 'fd12:3456:789a:1::/108'], code: null },
  ] as const)('dual-stack $field $list → $code', ({ field, list, code }) => {
    const report = evaluate(dualStackPlan({ cluster: { [field]: [...list] } }));
    if (code === null) {
      expectNoFinding(report, 'DUALSTACK_COUNT_MISMATCH');
      expectNoFinding(report, 'DUALSTACK_ORDER_MISMATCH');
    } else {
      expectFinding(report, code, 'error', `cluster.${field}`);
    }
  });

  it('single-stack with two pod CIDRs → DUALSTACK_COUNT_MISMATCH', () => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd12:3456:789a::/64'] } }));
    expectFinding(report, 'DUALSTACK_COUNT_MISMATCH', 'error', 'cluster.podCidrs');
  });
});

describe('R50, R52, D6: dual-stack defaults', () => {
  it('pod 10.244.0.0/16 + fd12:3456:789a::/64, service 10.0.0.0/16 + fd12:3456:789a:1::/108, DNS 10.0.0.10', () => {
    const report = evaluate(dualStackPlan());
    expect(report.podRanges.map((r) => [r.family, r.cidr])).toEqual([
      ['IPv4', '10.244.0.0/16'],
      ['IPv6', 'fd12:3456:789a::/64'],
    ]);
    expect(report.serviceRanges.map((r) => [r.family, r.cidr])).toEqual([
      ['IPv4', '10.0.0.0/16'],
      ['IPv6', 'fd12:3456:789a:1::/108'],
    ]);
    const applied = Object.fromEntries(report.defaultsApplied.map((d) => [d.path, d]));
    expect(applied['cluster.podCidrs']?.value).toBe('10.244.0.0/16, fd12:3456:789a::/64');
    expect(applied['cluster.serviceCidrs']?.value).toBe('10.0.0.0/16, fd12:3456:789a:1::/108');
    expect(applied['cluster.dnsServiceIp']?.value).toBe('10.0.0.10');
    // D6: AKS may generate a random ULA pair instead, so the IPv6 figures are indicative.
    expect(applied['cluster.podCidrs']?.note).toContain('D6');
    expect(applied['cluster.serviceCidrs']?.note).toContain('D6');
  });

  it('R52: the IPv6 pod CIDR never bounds the node count (/80 per node, informational)', () => {
    const report = evaluate(dualStackPlan());
    expect(report.podRanges[1]).toMatchObject({
      blockPrefixLength: 80,
      nodeBlocks: 65_536n,
      limitsNodes: false,
    });
  });

  it('R53: the node subnet reports its IPv6 /64', () => {
    expect(evaluate(dualStackPlan()).subnets[0]).toMatchObject({
      cidr: '10.224.0.0/22',
      ipv6Cidr: 'fd00:10::/64',
    });
  });
});

describe('R54: features not supported with dual-stack', () => {
  it.each([
    { cluster: { networkPolicy: 'azure' }, path: 'cluster.networkPolicy' },
    { cluster: { networkPolicy: 'calico' }, path: 'cluster.networkPolicy' },
    { cluster: { outboundType: 'managedNATGateway' }, path: 'cluster.outboundType' }, // the Standard (v1) NAT gateway
    { cluster: { networkPolicy: 'cilium', networkDataplane: 'cilium' }, path: null },
    { cluster: { outboundType: 'userAssignedNATGateway' }, path: null }, // SKU unknown: no finding
    { cluster: { outboundType: 'loadBalancer' }, path: null },
  ] as const)('$cluster → DUALSTACK_FEATURE_UNSUPPORTED at $path', ({ cluster, path }) => {
    const report = evaluate(dualStackPlan({ cluster }));
    if (path === null) expectNoFinding(report, 'DUALSTACK_FEATURE_UNSUPPORTED');
    else expect(expectFinding(report, 'DUALSTACK_FEATURE_UNSUPPORTED', 'error', path).rule).toBe('R54');
  });

  it('single-stack with managedNATGateway and Azure NPM → no finding', () => {
    expectNoFinding(
      evaluate(overlayPlan({ cluster: { outboundType: 'managedNATGateway', networkPolicy: 'azure' } })),
      'DUALSTACK_FEATURE_UNSUPPORTED',
    );
  });

  it('Windows pools are supported on dual-stack overlay (D10)', () => {
    const report = evaluate(
      dualStackPlan({
        extraPools: [{ name: 'win', mode: 'User', osType: 'Windows', count: 3, maxPods: 30 }],
      }),
    );
    expectNoProblems(report);
  });
});

describe('R60: a dual-stack cluster needs a dual-stack VNet and node subnets', () => {
  it('a VNet without IPv6 space → DUALSTACK_SUBNET_NOT_DUAL on vnet.addressSpace', () => {
    const report = evaluate(
      dualStackPlan({
        vnet: { addressSpace: ['10.224.0.0/12'], subnets: [subnet('snet-nodes', '10.224.0.0/22')] },
      }),
    );
    expectFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL', 'error', 'vnet.addressSpace');
    expectFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL', 'error', 'vnet.subnets[0].addressPrefixes');
  });
  it('a node subnet without an IPv6 prefix → DUALSTACK_SUBNET_NOT_DUAL on that subnet', () => {
    const report = evaluate(dualStackPlan({ vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/22')] } }));
    expectFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL', 'error', 'vnet.subnets[0].addressPrefixes');
    expectNoFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL', 'vnet.addressSpace');
  });
  it('a subnet no node pool uses may stay IPv4-only', () => {
    expectNoProblems(
      evaluate(
        dualStackPlan({
          subnets: [
            subnet('snet-apiserver', '10.224.4.0/28', {
              purpose: 'apiServer',
              delegatedTo: 'Microsoft.ContainerService/managedClusters',
            }),
          ],
        }),
      ),
    );
  });
  it('the AKS-managed VNet → no finding (AKS builds it dual-stack)', () => {
    const report = evaluate(dualStackPlan({ managedVnet: true }));
    expectNoFinding(report, 'DUALSTACK_SUBNET_NOT_DUAL');
  });
});
