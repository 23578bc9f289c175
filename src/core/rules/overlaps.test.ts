/** R18, R43, R45, R46, matrix M (D9, D14, D16, D17): overlaps of the pod and service CIDRs. */
import { describe, expect, it } from 'vitest';
import type { FindingCode, NetworkPlugin, PlanDocument } from '../types.ts';
import {
  dualStackPlan,
  evaluate,
  expectFinding,
  expectNoFinding,
  expectNoProblems,
  overlayPlan,
  subnet,
} from '../../testing/test-plans.ts';

const onPrem = (prefix: string) => [
  { name: 'on-premises', kind: 'onPremises' as const, addressPrefixes: [prefix] },
];
const POD = 'cluster.podCidrs[0]';
const SERVICE = 'cluster.serviceCidrs[0]';

/** The overlay plan with another plugin that has a pod CIDR (kubenet, BYO CNI). */
function withPlugin(
  networkPlugin: NetworkPlugin,
  podCidr: string,
  extra: Parameters<typeof overlayPlan>[0] = {},
): PlanDocument {
  return overlayPlan({ ...extra, cluster: { networkPlugin, podCidrs: [podCidr], ...extra.cluster } });
}

describe('R18, D9, D16, matrix M: the pod CIDR against the VNet (VNet 10.224.0.0/12, snet-nodes 10.224.0.0/22)', () => {
  const cases = [
    { pod: '10.224.0.0/22', relation: 'identical to the node subnet', code: 'POD_CIDR_OVERLAPS_SUBNET' },
    { pod: '10.224.0.0/16', relation: 'containing the node subnet', code: 'POD_CIDR_OVERLAPS_SUBNET' },
    { pod: '10.224.2.0/24', relation: 'inside the node subnet', code: 'POD_CIDR_OVERLAPS_SUBNET' },
    {
      pod: '10.224.4.0/22',
      relation: 'adjacent to the subnet, in VNet space',
      code: 'POD_CIDR_IN_VNET_SPACE',
    },
    { pod: '10.230.0.0/16', relation: 'in unused VNet space', code: 'POD_CIDR_IN_VNET_SPACE' },
    { pod: '10.240.0.0/16', relation: 'adjacent to the VNet space', code: null },
    { pod: '10.244.0.0/16', relation: 'the default, outside the VNet', code: null },
  ] as const;
  for (const plugin of ['overlay', 'kubenet', 'none'] as const) {
    it.each(cases)(`${plugin}: $pod ($relation) → $code`, ({ pod, code }) => {
      const report = evaluate(withPlugin(plugin, pod, { pool: { count: 1 } }));
      const overlapCodes = report.findings.filter(
        (f) => f.code === 'POD_CIDR_OVERLAPS_SUBNET' || f.code === 'POD_CIDR_IN_VNET_SPACE',
      );
      if (code === null) {
        expect(overlapCodes).toEqual([]);
        return;
      }
      // The WARN for VNet space is raised only when no subnet overlaps.
      expect(overlapCodes.map((f) => f.code)).toEqual([code]);
      const hit = expectFinding(report, code, code === 'POD_CIDR_OVERLAPS_SUBNET' ? 'error' : 'warning', POD);
      expect(hit.message).toContain(pod);
      if (code === 'POD_CIDR_OVERLAPS_SUBNET') expect(hit.message).toContain('snet-nodes');
    });
  }

  it('since 2024-10 every subnet of the VNet counts, not only the node subnet', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: ['10.230.0.0/16'] },
        subnets: [subnet('snet-endpoints', '10.230.1.0/24', { purpose: 'other' })],
      }),
    );
    expect(expectFinding(report, 'POD_CIDR_OVERLAPS_SUBNET', 'error', POD).message).toContain(
      'snet-endpoints',
    );
    expectNoFinding(report, 'POD_CIDR_IN_VNET_SPACE');
  });

  it('with the AKS-managed VNet (10.224.0.0/12, subnet 10.224.0.0/16) the same rules apply', () => {
    expectFinding(
      evaluate(overlayPlan({ managedVnet: true, cluster: { podCidrs: ['10.224.0.0/16'] } })),
      'POD_CIDR_OVERLAPS_SUBNET',
      'error',
      POD,
    );
    expectFinding(
      evaluate(overlayPlan({ managedVnet: true, cluster: { podCidrs: ['10.230.0.0/16'] } })),
      'POD_CIDR_IN_VNET_SPACE',
      'warning',
      POD,
    );
  });

  it.each(['azureNodeSubnet', 'azurePodSubnet'] as const)(
    '%s has no pod CIDR: no pod overlap findings (matrix M: n/a)',
    (networkPlugin) => {
      const report = evaluate(
        overlayPlan({ cluster: { networkPlugin, podCidrs: ['10.224.0.0/16'] }, pool: { maxPods: 30 } }),
      );
      expectNoFinding(report, 'POD_CIDR_OVERLAPS_SUBNET');
      expectNoFinding(report, 'POD_CIDR_IN_VNET_SPACE');
    },
  );

  it('the same pod CIDR in several clusters is allowed: a plan is one cluster, nothing to report', () => {
    expectNoProblems(evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/16'] } })));
  });
});

describe('R18, R43, R56: OVERLAPS_CONNECTED_NETWORK', () => {
  it.each([
    { prefix: '10.244.128.0/17', hit: true }, // inside the pod CIDR
    { prefix: '10.244.0.0/16', hit: true }, // identical
    { prefix: '10.240.0.0/12', hit: true }, // containing it
    { prefix: '10.245.0.0/16', hit: false }, // adjacent
  ])('pod CIDR 10.244.0.0/16 vs connected $prefix → $hit', ({ prefix, hit }) => {
    for (const plugin of ['overlay', 'kubenet', 'none'] as const) {
      const report = evaluate(withPlugin(plugin, '10.244.0.0/16', { connectedNetworks: onPrem(prefix) }));
      if (hit) {
        const finding = expectFinding(report, 'OVERLAPS_CONNECTED_NETWORK', 'error', POD);
        expect(finding.rule).toBe('R18');
        expect(finding.message).toContain('on-premises');
        expect(finding.message).toContain(prefix);
      } else {
        expectNoFinding(report, 'OVERLAPS_CONNECTED_NETWORK', POD);
      }
    }
  });

  it.each([
    { prefix: '10.0.0.0/24', hit: true }, // inside the service CIDR
    { prefix: '10.0.0.0/8', hit: true }, // containing it
    { prefix: '10.1.0.0/16', hit: false }, // adjacent
  ])('service CIDR 10.0.0.0/16 vs connected $prefix → $hit (every plugin)', ({ prefix, hit }) => {
    for (const networkPlugin of [
      'overlay',
      'kubenet',
      'azureNodeSubnet',
      'azurePodSubnet',
      'none',
    ] as const) {
      const report = evaluate(
        overlayPlan({
          cluster: { networkPlugin, podCidrs: ['10.244.0.0/16'] },
          pool: { maxPods: 30, podSubnet: 'snet-nodes' },
          connectedNetworks: onPrem(prefix),
        }),
      );
      if (hit) expect(expectFinding(report, 'OVERLAPS_CONNECTED_NETWORK', 'error', SERVICE).rule).toBe('R43');
      else expectNoFinding(report, 'OVERLAPS_CONNECTED_NETWORK', SERVICE);
    }
  });

  it('the VNet address space against a connected network (rule R8)', () => {
    const report = evaluate(
      overlayPlan({
        connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['10.230.0.0/16'] }],
      }),
    );
    expect(expectFinding(report, 'OVERLAPS_CONNECTED_NETWORK', 'error', 'vnet.addressSpace[0]').rule).toBe(
      'R8',
    );
  });
});

describe('R43, D17: POD_SERVICE_OVERLAP', () => {
  it.each([
    { pod: '10.0.0.0/16', relation: 'identical', hit: true },
    { pod: '10.0.0.0/15', relation: 'containing', hit: true },
    { pod: '10.0.0.0/24', relation: 'contained', hit: true },
    { pod: '10.1.0.0/16', relation: 'adjacent', hit: false },
  ])('pod $pod vs service 10.0.0.0/16 ($relation) → $hit', ({ pod, hit }) => {
    for (const plugin of ['overlay', 'kubenet', 'none'] as const) {
      const report = evaluate(withPlugin(plugin, pod, { pool: { count: 1 } }));
      if (hit) {
        const finding = expectFinding(report, 'POD_SERVICE_OVERLAP', 'error', POD);
        expect(finding.message).toContain(pod);
        expect(finding.message).toContain('10.0.0.0/16');
      } else {
        expectNoFinding(report, 'POD_SERVICE_OVERLAP');
      }
    }
  });

  it('matrix M: the IPv6 pod CIDR against the IPv6 service CIDR', () => {
    // fd12:3456:789a::/108 lies inside the IPv6 pod CIDR fd12:3456:789a::/64.
    const report = evaluate(
      dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', 'fd12:3456:789a::/108'] } }),
    );
    expectFinding(report, 'POD_SERVICE_OVERLAP', 'error', 'cluster.podCidrs[1]');
    // The documented defaults fd12:3456:789a::/64 and fd12:3456:789a:1::/108 are disjoint.
    expectNoFinding(evaluate(dualStackPlan()), 'POD_SERVICE_OVERLAP');
  });

  it('matrix M: IPv6 pod and service CIDRs against the IPv6 node subnet', () => {
    const pod = evaluate(dualStackPlan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd00:10::/64'] } }));
    expectFinding(pod, 'POD_CIDR_OVERLAPS_SUBNET', 'error', 'cluster.podCidrs[1]');
    const service = evaluate(dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', 'fd00:10::/108'] } }));
    expectFinding(service, 'SERVICE_CIDR_OVERLAPS_SUBNET', 'error', 'cluster.serviceCidrs[1]');
  });
});

describe('R18: POD_CIDR_PUBLIC_UNSUPPORTED', () => {
  it.each([
    { pod: '8.8.0.0/16', warn: true },
    { pod: '100.128.0.0/16', warn: true }, // just past 100.64.0.0/10
    { pod: '172.32.0.0/16', warn: true }, // just past 172.16.0.0/12
    { pod: '11.0.0.0/16', warn: true },
    { pod: '100.64.0.0/16', warn: false }, // RFC 6598
    { pod: '172.16.0.0/16', warn: false },
    { pod: '192.168.0.0/16', warn: false },
    { pod: '10.244.0.0/16', warn: false },
  ])('$pod → $warn', ({ pod, warn }) => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: [pod] } }));
    if (warn)
      expect(expectFinding(report, 'POD_CIDR_PUBLIC_UNSUPPORTED', 'warning', POD).message).toContain(pod);
    else expectNoFinding(report, 'POD_CIDR_PUBLIC_UNSUPPORTED');
  });

  it('IPv6: outside fc00::/7 warns; the documented default fd12:3456:789a::/64 does not', () => {
    expectFinding(
      evaluate(dualStackPlan({ cluster: { podCidrs: ['10.244.0.0/16', '2001:db8::/64'] } })),
      'POD_CIDR_PUBLIC_UNSUPPORTED',
      'warning',
      'cluster.podCidrs[1]',
    );
    expectNoFinding(evaluate(dualStackPlan()), 'POD_CIDR_PUBLIC_UNSUPPORTED');
  });

  it.each<{ pod: string; error: FindingCode; connected?: string }>([
    { pod: '169.254.0.0/16', error: 'RESERVED_RANGE_OVERLAP' }, // the rulebook's example
    { pod: '192.0.2.0/24', error: 'RESERVED_RANGE_OVERLAP' },
    { pod: '8.8.8.0/25', error: 'POD_CIDR_TOO_SMALL' },
    { pod: '8.8.0.0/16', error: 'OVERLAPS_CONNECTED_NETWORK', connected: '8.8.8.0/24' },
  ])('suppressed when the field already has an ERROR: $pod → $error only', ({ pod, error, connected }) => {
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: [pod] },
        pool: { count: 1 },
        ...(connected === undefined ? {} : { connectedNetworks: onPrem(connected) }),
      }),
    );
    expectFinding(report, error, 'error', POD);
    expectNoFinding(report, 'POD_CIDR_PUBLIC_UNSUPPORTED');
  });
});

describe('R43, D14: the service CIDR against the VNet', () => {
  const cases = [
    { service: '10.224.0.0/16', code: 'SERVICE_CIDR_OVERLAPS_SUBNET' }, // contains snet-nodes
    { service: '10.224.0.0/22', code: 'SERVICE_CIDR_OVERLAPS_SUBNET' }, // identical
    { service: '10.224.4.0/24', code: 'SERVICE_CIDR_IN_VNET_SPACE' }, // adjacent to the subnet, in VNet space
    { service: '10.230.0.0/16', code: 'SERVICE_CIDR_IN_VNET_SPACE' },
    { service: '10.240.0.0/16', code: null }, // adjacent to the VNet
  ] as const;
  it.each(cases)('$service → $code (every plugin)', ({ service, code }) => {
    for (const networkPlugin of [
      'overlay',
      'kubenet',
      'azureNodeSubnet',
      'azurePodSubnet',
      'none',
    ] as const) {
      const report = evaluate(
        overlayPlan({
          cluster: { networkPlugin, podCidrs: ['10.244.0.0/16'], serviceCidrs: [service] },
          pool: { maxPods: 30, podSubnet: 'snet-nodes' },
        }),
      );
      const codes = report.findings.filter((f) => f.code.startsWith('SERVICE_CIDR_')).map((f) => f.code);
      if (code === null) {
        expect(codes).toEqual([]);
      } else {
        expect(codes).toEqual([code]);
        const hit = expectFinding(
          report,
          code,
          code === 'SERVICE_CIDR_OVERLAPS_SUBNET' ? 'error' : 'warning',
          SERVICE,
        );
        expect(hit.message).toContain(service);
      }
    }
  });
});

describe('R43: multicast and public service CIDRs', () => {
  it.each([
    { service: '224.0.0.0/16', code: 'SERVICE_CIDR_MULTICAST' },
    { service: '239.255.0.0/16', code: 'SERVICE_CIDR_MULTICAST' },
    { service: '223.255.0.0/16', code: 'SERVICE_CIDR_PUBLIC' }, // adjacent to 224.0.0.0/4
    { service: '8.8.0.0/16', code: 'SERVICE_CIDR_PUBLIC' },
    { service: '100.64.0.0/16', code: null },
    { service: '172.20.0.0/16', code: null },
  ] as const)('$service → $code', ({ service, code }) => {
    const report = evaluate(overlayPlan({ cluster: { serviceCidrs: [service] } }));
    const codes = report.findings
      .filter((f) => f.code === 'SERVICE_CIDR_MULTICAST' || f.code === 'SERVICE_CIDR_PUBLIC')
      .map((f) => f.code);
    // Multicast supersedes public: never both.
    expect(codes).toEqual(code === null ? [] : [code]);
    if (code !== null)
      expectFinding(report, code, code === 'SERVICE_CIDR_MULTICAST' ? 'error' : 'warning', SERVICE);
  });

  it('IPv6: ff00::/8 is multicast (not also public); outside fc00::/7 is public', () => {
    const multicast = evaluate(dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', 'ff05::/108'] } }));
    expectFinding(multicast, 'SERVICE_CIDR_MULTICAST', 'error', 'cluster.serviceCidrs[1]');
    expectNoFinding(multicast, 'SERVICE_CIDR_PUBLIC');
    expectFinding(
      evaluate(dualStackPlan({ cluster: { serviceCidrs: ['10.0.0.0/16', '2001:db8::/108'] } })),
      'SERVICE_CIDR_PUBLIC',
      'warning',
      'cluster.serviceCidrs[1]',
    );
  });

  it.each<{ service: string; error: FindingCode; connected?: string }>([
    { service: '8.0.0.0/11', error: 'SERVICE_CIDR_TOO_LARGE' },
    { service: '8.8.0.0/30', error: 'SERVICE_CIDR_TOO_SMALL' },
    { service: '192.0.2.0/24', error: 'RESERVED_RANGE_OVERLAP' },
    { service: '8.8.0.0/16', error: 'OVERLAPS_CONNECTED_NETWORK', connected: '8.8.8.0/24' },
  ])(
    'SERVICE_CIDR_PUBLIC is left out when the field has an ERROR: $service → $error only',
    ({ service, error, connected }) => {
      const report = evaluate(
        overlayPlan({
          cluster: { serviceCidrs: [service] },
          ...(connected === undefined ? {} : { connectedNetworks: onPrem(connected) }),
        }),
      );
      expectFinding(report, error, 'error', SERVICE);
      expectNoFinding(report, 'SERVICE_CIDR_PUBLIC');
    },
  );
});

describe('R45: ranges AKS reserves (169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16, 192.0.2.0/24)', () => {
  const cases = [
    { cidr: '172.16.0.0/12', hit: true }, // the S4 example: holds 172.30.0.0/16 and 172.31.0.0/16
    { cidr: '172.30.0.0/16', hit: true },
    { cidr: '172.31.128.0/17', hit: true }, // inside 172.31.0.0/16
    { cidr: '172.28.0.0/14', hit: true }, // holds both
    { cidr: '169.254.0.0/16', hit: true },
    { cidr: '192.0.2.0/24', hit: true },
    { cidr: '172.29.0.0/16', hit: false }, // adjacent to 172.30.0.0/16
    { cidr: '192.0.3.0/24', hit: false }, // adjacent to 192.0.2.0/24
  ];
  it.each(cases)('pod CIDR $cidr → RESERVED_RANGE_OVERLAP: $hit', ({ cidr, hit }) => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: [cidr] }, pool: { count: 1 } }));
    if (hit) {
      const finding = expectFinding(report, 'RESERVED_RANGE_OVERLAP', 'error', POD);
      expect(finding.rule).toBe('R45');
      expect(finding.message).toContain(cidr);
    } else {
      expectNoFinding(report, 'RESERVED_RANGE_OVERLAP');
    }
  });

  it.each(cases)('service CIDR $cidr → RESERVED_RANGE_OVERLAP: $hit', ({ cidr, hit }) => {
    const report = evaluate(overlayPlan({ cluster: { serviceCidrs: [cidr] } }));
    if (hit) expectFinding(report, 'RESERVED_RANGE_OVERLAP', 'error', SERVICE);
    else expectNoFinding(report, 'RESERVED_RANGE_OVERLAP');
  });

  it('the message lists the reserved ranges hit: 172.16.0.0/12 → 172.30.0.0/16 and 172.31.0.0/16', () => {
    const hit = expectFinding(
      evaluate(overlayPlan({ cluster: { podCidrs: ['172.16.0.0/12'] } })),
      'RESERVED_RANGE_OVERLAP',
      'error',
      POD,
    );
    expect(hit.message).toContain('172.30.0.0/16 and 172.31.0.0/16');
  });

  it.each([
    { space: '172.30.0.0/16', code: 'RESERVED_RANGE_OVERLAP' },
    { space: '192.0.2.0/24', code: 'RESERVED_RANGE_OVERLAP' },
    { space: '169.254.0.0/16', code: 'VNET_FORBIDDEN_RANGE' }, // R7 already forbids it; not reported twice
  ])('VNet address space $space → $code', ({ space, code }) => {
    const report = evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', space] } }));
    const codes = report.findings.filter((f) => f.path === 'vnet.addressSpace[1]').map((f) => f.code);
    expect(codes).toEqual([code]);
  });
});

describe('R46: 172.17.0.0/16 (the old Docker bridge default) is only a note', () => {
  it.each([
    { field: 'pod', plan: overlayPlan({ cluster: { podCidrs: ['172.17.0.0/16'] } }), path: POD },
    { field: 'service', plan: overlayPlan({ cluster: { serviceCidrs: ['172.17.0.0/16'] } }), path: SERVICE },
    {
      field: 'VNet space',
      plan: overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '172.17.0.0/16'] } }),
      path: 'vnet.addressSpace[1]',
    },
  ])('$field 172.17.0.0/16 → DOCKER_BRIDGE_LEGACY_RANGE (info), still valid', ({ plan, path }) => {
    const report = evaluate(plan);
    expectFinding(report, 'DOCKER_BRIDGE_LEGACY_RANGE', 'info', path);
    expectNoFinding(report, 'RESERVED_RANGE_OVERLAP');
    expect(report.valid).toBe(true);
  });
  it('172.18.0.0/16 → no note', () => {
    expectNoFinding(
      evaluate(overlayPlan({ cluster: { podCidrs: ['172.18.0.0/16'] } })),
      'DOCKER_BRIDGE_LEGACY_RANGE',
    );
  });
});
