/** R3–R9, R12, R33, R58, R59: the virtual network, its address space and its subnets. */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../types.ts';
import { cidrOf } from '../ip/cidr.ts';
import { subnetUsableAddresses } from '../model/capacity.ts';
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

describe('R3, R4, D8: usable = 2^(32 − prefix) − 5 (x.0, x.1, x.2, x.3 and the last address are reserved)', () => {
  const cases = [
    { prefix: 29, total: 8n, usable: 3n }, // 8 − 5
    { prefix: 28, total: 16n, usable: 11n }, // 16 − 5
    { prefix: 27, total: 32n, usable: 27n }, // 32 − 5
    { prefix: 24, total: 256n, usable: 251n }, // 256 − 5 (not 253: D8)
    { prefix: 22, total: 1024n, usable: 1019n }, // 1,024 − 5
    { prefix: 21, total: 2048n, usable: 2043n }, // 2,048 − 5
    { prefix: 16, total: 65536n, usable: 65531n }, // 65,536 − 5
  ];
  it.each(cases)('/$prefix: $total − 5 = $usable', ({ prefix, total, usable }) => {
    const cidr = `10.230.0.0/${prefix}`;
    expect(subnetUsableAddresses(cidrOf(cidr))).toBe(usable);
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-extra', cidr, { purpose: 'other' })] }));
    expect(report.subnets[1]).toMatchObject({
      name: 'snet-extra',
      cidr,
      totalAddresses: total,
      reserved: 5,
      usable,
    });
    expectNoProblems(report);
  });
});

describe('R5, D7: IPv4 subnets from /29 to /2; /7–/2 warn', () => {
  const cases = [
    { cidr: '10.230.0.0/32', code: 'SUBNET_TOO_SMALL', severity: 'error' },
    { cidr: '10.230.0.0/31', code: 'SUBNET_TOO_SMALL', severity: 'error' },
    { cidr: '10.230.0.0/30', code: 'SUBNET_TOO_SMALL', severity: 'error' },
    { cidr: '10.230.0.0/29', code: null, severity: null }, // smallest allowed
    { cidr: '10.0.0.0/8', code: null, severity: null },
    { cidr: '10.0.0.0/7', code: 'SUBNET_LARGER_THAN_SLASH8', severity: 'warning' },
    { cidr: '0.0.0.0/2', code: 'SUBNET_LARGER_THAN_SLASH8', severity: 'warning' }, // largest allowed
    { cidr: '0.0.0.0/1', code: 'SUBNET_TOO_LARGE', severity: 'error' },
    { cidr: '0.0.0.0/0', code: 'SUBNET_TOO_LARGE', severity: 'error' },
  ] as const;
  const sizeCodes = ['SUBNET_TOO_SMALL', 'SUBNET_TOO_LARGE', 'SUBNET_LARGER_THAN_SLASH8'];
  it.each(cases)('$cidr → $code', ({ cidr, code, severity }) => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-extra', cidr, { purpose: 'other' })] }));
    const path = 'vnet.subnets[1].addressPrefixes[0]';
    const sizeFindings = report.findings.filter((f) => sizeCodes.includes(f.code));
    if (code === null) {
      expect(sizeFindings).toEqual([]);
    } else {
      expect(sizeFindings).toHaveLength(1);
      const hit = expectFinding(report, code, severity, path);
      expect(hit.rule).toBe('R5');
      expect(hit.message).toContain(cidr);
    }
  });

  it('the /8 warning points at the 65,536 private IPs of a VNet (R9)', () => {
    const report = evaluate(
      overlayPlan({ subnets: [subnet('snet-extra', '10.0.0.0/7', { purpose: 'other' })] }),
    );
    expect(
      expectFinding(report, 'SUBNET_LARGER_THAN_SLASH8', 'warning', 'vnet.subnets[1].addressPrefixes[0]')
        .message,
    ).toContain('65,536');
  });
});

describe('R6: IPv6 subnets are exactly /64, and a subnet needs an IPv4 prefix', () => {
  it.each([
    { v6: 'fd00:10::/64', bad: false },
    { v6: 'fd00:10::/63', bad: true },
    { v6: 'fd00:10::/65', bad: true },
    { v6: 'fd00:10::/48', bad: true },
    { v6: 'fd00:10::/128', bad: true },
  ])('$v6 → IPV6_SUBNET_NOT_64: $bad', ({ v6, bad }) => {
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: ['10.224.0.0/12', 'fd00:10::/48'] },
        subnets: [subnet('snet-extra', ['10.230.0.0/24', v6], { purpose: 'other' })],
      }),
    );
    const path = 'vnet.subnets[1].addressPrefixes[1]';
    if (bad) expectFinding(report, 'IPV6_SUBNET_NOT_64', 'error', path);
    else expectNoFinding(report, 'IPV6_SUBNET_NOT_64');
  });

  it('an IPv6-only subnet → SUBNET_NO_IPV4 (every NIC needs an IPv4 configuration)', () => {
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: ['10.224.0.0/12', 'fd00:10::/48'] },
        subnets: [subnet('snet-v6', 'fd00:10::/64', { purpose: 'other' })],
      }),
    );
    expectFinding(report, 'SUBNET_NO_IPV4', 'error', 'vnet.subnets[1].addressPrefixes');
  });
});

describe('R7: forbidden and non-private VNet address space', () => {
  it.each([
    '224.0.0.0/4', // multicast, exactly
    '239.1.0.0/16', // inside multicast
    '255.255.255.255/32', // broadcast
    '127.0.0.0/8', // loopback
    '169.254.0.0/16', // link-local
    '168.63.129.16/32', // Azure internal DNS
    '168.63.128.0/22', // contains 168.63.129.16
    'ff00::/8', // IPv6 multicast (planner policy)
    'ff02::/16',
  ])('%s → VNET_FORBIDDEN_RANGE, and no VNET_NON_PRIVATE_RANGE on top', (space) => {
    const report = evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', space] } }));
    const hit = expectFinding(report, 'VNET_FORBIDDEN_RANGE', 'error', 'vnet.addressSpace[1]');
    expect(hit.rule).toBe('R7');
    expect(hit.message).toContain(space);
    expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE');
  });

  it.each([
    { space: '223.255.255.0/24', why: 'adjacent to 224.0.0.0/4' },
    { space: '126.0.0.0/8', why: 'adjacent to 127.0.0.0/8' },
    { space: '168.63.129.0/28', why: 'ends at .15, next to 168.63.129.16' },
    { space: '8.8.0.0/16', why: 'public' },
    { space: '100.128.0.0/16', why: 'just past RFC 6598 100.64.0.0/10' },
    { space: '172.32.0.0/16', why: 'just past 172.16.0.0/12' },
    { space: '10.0.0.0/7', why: 'wider than 10.0.0.0/8' },
    { space: '2001:db8::/32', why: 'IPv6 outside fc00::/7' },
  ])('$space ($why) → VNET_NON_PRIVATE_RANGE only', ({ space }) => {
    const report = evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', space] } }));
    expectFinding(report, 'VNET_NON_PRIVATE_RANGE', 'warning', 'vnet.addressSpace[1]');
    expectNoFinding(report, 'VNET_FORBIDDEN_RANGE');
  });

  it.each(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fd00:10::/48', 'fc00::/7'])(
    '%s (RFC 1918, RFC 6598 or fc00::/7) → no finding',
    (space) => {
      const report = evaluate(overlayPlan({ vnet: { addressSpace: [space] }, subnets: [] }));
      expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE');
      expectNoFinding(report, 'VNET_FORBIDDEN_RANGE');
    },
  );

  describe('VNET_NON_PRIVATE_RANGE is suppressed when the same range already has an ERROR', () => {
    it('host bits (CIDR_HOST_BITS_SET is an ERROR on VNet space)', () => {
      const report = evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '8.8.8.0/16'] } }));
      expectFinding(report, 'CIDR_HOST_BITS_SET', 'error', 'vnet.addressSpace[1]');
      expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE');
    });
    it('an AKS-reserved range (R45): 192.0.2.0/24 → RESERVED_RANGE_OVERLAP only', () => {
      const report = evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '192.0.2.0/24'] } }));
      expectFinding(report, 'RESERVED_RANGE_OVERLAP', 'error', 'vnet.addressSpace[1]');
      expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE');
    });
    it('overlapping address spaces: the inner one has VNET_SPACE_OVERLAP, only the outer one warns', () => {
      const report = evaluate(
        overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '8.8.0.0/16', '8.8.1.0/24'] } }),
      );
      expectFinding(report, 'VNET_SPACE_OVERLAP', 'error', 'vnet.addressSpace[2]');
      expectFinding(report, 'VNET_NON_PRIVATE_RANGE', 'warning', 'vnet.addressSpace[1]');
      expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE', 'vnet.addressSpace[2]');
    });
    it('a connected network overlapping the space', () => {
      const report = evaluate(
        overlayPlan({
          vnet: { addressSpace: ['10.224.0.0/12', '8.8.0.0/16'] },
          connectedNetworks: [{ name: 'hub', kind: 'peering', addressPrefixes: ['8.8.0.0/24'] }],
        }),
      );
      expectFinding(report, 'OVERLAPS_CONNECTED_NETWORK', 'error', 'vnet.addressSpace[1]');
      expectNoFinding(report, 'VNET_NON_PRIVATE_RANGE');
    });
  });

  it('a subnet outside the VNet in forbidden space → VNET_FORBIDDEN_RANGE on the subnet', () => {
    const report = evaluate(
      overlayPlan({ subnets: [subnet('snet-bad', '169.254.0.0/24', { purpose: 'other' })] }),
    );
    expectFinding(report, 'VNET_FORBIDDEN_RANGE', 'error', 'vnet.subnets[1].addressPrefixes[0]');
    expectNoFinding(report, 'SUBNET_OUTSIDE_VNET');
  });
});

describe('R8: subnets lie inside the VNet and do not overlap each other', () => {
  it.each([
    { relation: 'adjacent (10.224.4.0/22 follows 10.224.0.0/22)', cidr: '10.224.4.0/22', path: null },
    { relation: 'identical', cidr: '10.224.0.0/22', path: 'vnet.subnets[1].addressPrefixes[0]' },
    {
      relation: 'contained (10.224.2.0/24 inside 10.224.0.0/22)',
      cidr: '10.224.2.0/24',
      path: 'vnet.subnets[1].addressPrefixes[0]',
    },
    {
      relation: 'containing (10.224.0.0/21 holds 10.224.0.0/22)',
      cidr: '10.224.0.0/21',
      path: 'vnet.subnets[0].addressPrefixes[0]',
    },
  ])('$relation → SUBNETS_OVERLAP at $path', ({ cidr, path }) => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-other', cidr, { purpose: 'other' })] }));
    if (path === null) {
      expectNoFinding(report, 'SUBNETS_OVERLAP');
      expectNoProblems(report);
    } else {
      const hit = expectFinding(report, 'SUBNETS_OVERLAP', 'error', path);
      expect(hit.message).toContain('snet-nodes');
      expect(hit.message).toContain('snet-other');
    }
  });

  it.each([
    { cidr: '10.239.255.0/24', outside: false }, // last /24 of 10.224.0.0/12
    { cidr: '10.240.0.0/24', outside: true }, // first /24 after it
    { cidr: '10.224.0.0/11', outside: true }, // holds the whole VNet space
    { cidr: '192.168.0.0/24', outside: true },
  ])('$cidr outside 10.224.0.0/12: $outside', ({ cidr, outside }) => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-other', cidr, { purpose: 'other' })] }));
    if (outside) {
      const hit = expectFinding(report, 'SUBNET_OUTSIDE_VNET', 'error', 'vnet.subnets[1].addressPrefixes[0]');
      expect(hit.message).toContain('10.224.0.0/12');
    } else {
      expectNoFinding(report, 'SUBNET_OUTSIDE_VNET');
    }
  });

  it('an IPv6 subnet prefix needs IPv6 VNet space', () => {
    const report = evaluate(
      overlayPlan({
        subnets: [subnet('snet-other', ['10.230.0.0/24', 'fd00:10::/64'], { purpose: 'other' })],
      }),
    );
    expectFinding(report, 'SUBNET_OUTSIDE_VNET', 'error', 'vnet.subnets[1].addressPrefixes[1]');
  });

  it('VNET_SPACE_OVERLAP for overlapping address spaces; adjacent spaces are fine', () => {
    expectFinding(
      evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '10.230.0.0/16'] } })),
      'VNET_SPACE_OVERLAP',
      'error',
      'vnet.addressSpace[1]',
    );
    // 10.208.0.0/12 ends at 10.223.255.255, right before 10.224.0.0/12.
    expectNoProblems(evaluate(overlayPlan({ vnet: { addressSpace: ['10.224.0.0/12', '10.208.0.0/12'] } })));
  });

  it('SUBNET_NAME_DUPLICATE for two subnets with one name', () => {
    const report = evaluate(overlayPlan({ subnets: [subnet('snet-nodes', '10.230.0.0/24')] }));
    expectFinding(report, 'SUBNET_NAME_DUPLICATE', 'error', 'vnet.subnets[1].name');
  });

  it('SUBNET_NAME_EMPTY for a nameless subnet (two of them are not called duplicates)', () => {
    // Subnets 2 and 3 (indexes 1 and 2) are blank: one error each, named by position, no duplicate.
    const report = evaluate(
      overlayPlan({ subnets: [subnet('', '10.230.0.0/24'), subnet('  ', '10.230.1.0/24')] }),
    );
    const first = expectFinding(report, 'SUBNET_NAME_EMPTY', 'error', 'vnet.subnets[1].name');
    expect(first.message).toContain('Subnet 2 has no name');
    expect(first.message).toContain('e.g. snet-2');
    expectFinding(report, 'SUBNET_NAME_EMPTY', 'error', 'vnet.subnets[2].name');
    expectNoFinding(report, 'SUBNET_NAME_DUPLICATE');
  });
});

describe('R9: VNet counts (3,000 subnets, 500 peerings)', () => {
  function extraSubnets(count: number) {
    // /29 subnets from 10.225.0.0 on, 8 addresses apart.
    return Array.from({ length: count }, (_, i) =>
      subnet(`s${i}`, `10.225.${Math.floor((i * 8) / 256)}.${(i * 8) % 256}/29`, { purpose: 'other' }),
    );
  }
  it('3,000 subnets → no finding; 3,001 → VNET_SUBNET_LIMIT', () => {
    expectNoFinding(evaluate(overlayPlan({ subnets: extraSubnets(2_999) })), 'VNET_SUBNET_LIMIT');
    const report = evaluate(overlayPlan({ subnets: extraSubnets(3_000) }));
    expect(expectFinding(report, 'VNET_SUBNET_LIMIT', 'error', 'vnet.subnets').message).toContain('3,001');
  });

  function peerings(count: number) {
    return Array.from({ length: count }, (_, i) => ({
      name: `peer${i}`,
      kind: 'peering' as const,
      addressPrefixes: [`172.${16 + Math.floor(i / 256)}.${i % 256}.0/24`],
    }));
  }
  it('500 peerings → no finding; 501 → VNET_PEERING_LIMIT', () => {
    expectNoFinding(evaluate(overlayPlan({ connectedNetworks: peerings(500) })), 'VNET_PEERING_LIMIT');
    expectFinding(
      evaluate(overlayPlan({ connectedNetworks: peerings(501) })),
      'VNET_PEERING_LIMIT',
      'error',
      'connectedNetworks',
    );
  });
});

describe('R12: the API server subnet is /28 or larger with 9 IPs per cluster that shares it', () => {
  const cases = [
    { cidr: '10.224.4.0/29', clusters: 1, tooSmall: true }, // below the /28 minimum
    { cidr: '10.224.4.0/28', clusters: 1, tooSmall: false }, // 11 usable ≥ 9 × 1 = 9: fits one cluster
    { cidr: '10.224.4.0/28', clusters: 2, tooSmall: true }, // 11 < 9 × 2 = 18
    { cidr: '10.224.4.0/27', clusters: 3, tooSmall: false }, // 27 usable ≥ 9 × 3 = 27: fits three
    { cidr: '10.224.4.0/27', clusters: 4, tooSmall: true }, // 27 < 9 × 4 = 36
  ];
  it.each(cases)(
    '$cidr shared by $clusters → APISERVER_SUBNET_TOO_SMALL: $tooSmall',
    ({ cidr, clusters, tooSmall }) => {
      const report = evaluate(
        overlayPlan({
          subnets: [
            subnet('snet-apiserver', cidr, {
              purpose: 'apiServer',
              delegatedTo: 'Microsoft.ContainerService/managedClusters',
              sharedByClusters: clusters,
            }),
          ],
        }),
      );
      if (tooSmall) {
        const hit = expectFinding(
          report,
          'APISERVER_SUBNET_TOO_SMALL',
          'error',
          'vnet.subnets[1].addressPrefixes[0]',
        );
        expect(hit.rule).toBe('R12');
        expect(hit.message).toContain(cidr);
      } else {
        expectNoProblems(report);
        expect(report.subnets[1]).toMatchObject({ role: 'apiServer', ipsSteady: 9 * clusters });
      }
    },
  );

  it('the /29 message names the /28 minimum', () => {
    const report = evaluate(
      overlayPlan({ subnets: [subnet('snet-apiserver', '10.224.4.0/29', { purpose: 'apiServer' })] }),
    );
    expect(
      expectFinding(report, 'APISERVER_SUBNET_TOO_SMALL', 'error', 'vnet.subnets[1].addressPrefixes[0]')
        .message,
    ).toContain('/28');
  });
});

describe('R58: node subnets are not delegated; one role per subnet', () => {
  it('a delegated node subnet → NODE_SUBNET_DELEGATED', () => {
    const report = evaluate(
      overlayPlan({
        vnet: {
          subnets: [subnet('snet-nodes', '10.224.0.0/22', { delegatedTo: 'Microsoft.Sql/managedInstances' })],
        },
      }),
    );
    const hit = expectFinding(report, 'NODE_SUBNET_DELEGATED', 'error', 'vnet.subnets[0].delegatedTo');
    expect(hit.message).toContain('Microsoft.Sql/managedInstances');
  });

  it('a delegated API-server subnet, or a delegated subnet no pool uses → no finding', () => {
    const report = evaluate(
      overlayPlan({
        subnets: [
          subnet('snet-apiserver', '10.224.4.0/28', {
            purpose: 'apiServer',
            delegatedTo: 'Microsoft.ContainerService/managedClusters',
          }),
          subnet('snet-sql', '10.224.8.0/24', {
            purpose: 'other',
            delegatedTo: 'Microsoft.Sql/managedInstances',
          }),
        ],
      }),
    );
    expectNoProblems(report);
  });

  it.each([
    {
      roles: 'node subnet is also the pod subnet',
      plan: podSubnetPlan({ pool: { podSubnet: 'snet-nodes' } }),
      path: 'vnet.subnets[0]',
    },
    {
      roles: 'node subnet is the API-server subnet',
      plan: overlayPlan({
        subnets: [subnet('snet-apiserver', '10.224.4.0/27', { purpose: 'apiServer' })],
        extraPools: [userPool('user', { subnet: 'snet-apiserver' })],
      }),
      path: 'vnet.subnets[1]',
    },
    {
      roles: 'pod subnet is the API-server subnet',
      plan: podSubnetPlan({
        subnets: [subnet('snet-apiserver', '10.224.4.0/27', { purpose: 'apiServer' })],
        pool: { podSubnet: 'snet-apiserver' },
      }),
      path: 'vnet.subnets[2]',
    },
    {
      roles: 'a subnet stated as pods is used by a node pool',
      plan: overlayPlan({
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/22', { purpose: 'pods' })] },
        pool: { subnet: 'snet-nodes' },
      }),
      path: 'vnet.subnets[0]',
    },
  ])('$roles → SUBNET_ROLE_CONFLICT', ({ plan, path }) => {
    expectFinding(evaluate(plan), 'SUBNET_ROLE_CONFLICT', 'error', path);
  });

  it('the node subnet of Azure CNI Node Subnet holds pod IPs by design: no role conflict', () => {
    const report = evaluate(overlayPlan({ cluster: { networkPlugin: 'azureNodeSubnet' } }));
    expectNoFinding(report, 'SUBNET_ROLE_CONFLICT');
    expectNoProblems(report);
  });
});

describe('R59: every subnet of the plan is in one VNet (resource IDs compared case-insensitively)', () => {
  const id = (rg: string, vnet: string, name: string) =>
    `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/${rg}/providers/Microsoft.Network/virtualNetworks/${vnet}/subnets/${name}`;
  const cases = [
    {
      what: 'same VNet',
      ids: [id('rg-aks', 'vnet-aks', 'snet-nodes'), id('rg-aks', 'vnet-aks', 'snet-b')],
      path: null,
    },
    {
      what: 'same VNet, other case',
      ids: [id('RG-AKS', 'VNet-Aks', 'snet-nodes'), id('rg-aks', 'vnet-aks', 'snet-b')],
      path: null,
    },
    {
      what: 'two VNets',
      ids: [id('rg-aks', 'vnet-aks', 'snet-nodes'), id('rg-aks', 'vnet-other', 'snet-b')],
      path: 'vnet.subnets[1].id',
    },
    {
      what: 'ID names another VNet than vnet.name',
      ids: [id('rg-aks', 'vnet-other', 'snet-nodes')],
      path: 'vnet.subnets[0].id',
    },
    {
      what: 'ID names another resource group',
      ids: [id('rg-other', 'vnet-aks', 'snet-nodes')],
      path: 'vnet.subnets[0].id',
    },
  ];
  it.each(cases)('$what → SUBNETS_IN_DIFFERENT_VNETS at $path', ({ ids, path }) => {
    const subnets = [
      subnet('snet-nodes', '10.224.0.0/22'),
      subnet('snet-b', '10.224.4.0/22', { purpose: 'other' }),
    ].map((s, i) => (ids[i] === undefined ? s : { ...s, id: ids[i] }));
    const report = evaluate(overlayPlan({ vnet: { subnets } }));
    if (path === null) expectNoFinding(report, 'SUBNETS_IN_DIFFERENT_VNETS');
    else expectFinding(report, 'SUBNETS_IN_DIFFERENT_VNETS', 'error', path);
  });
});

describe('R33: with overlay in your own VNet, subnet, VNet and resource-group names are label values', () => {
  const long63 = 'a'.repeat(63);
  const long64 = 'a'.repeat(64);
  it.each<{ field: string; value: string; code: FindingCode | null }>([
    { field: 'vnet.name', value: long63, code: null },
    { field: 'vnet.name', value: long64, code: 'NAME_TOO_LONG' },
    { field: 'vnet.resourceGroup', value: long64, code: 'NAME_TOO_LONG' },
    { field: 'vnet.subnets[0].name', value: long64, code: 'NAME_TOO_LONG' },
    { field: 'vnet.resourceGroup', value: 'rg(prod)', code: 'NAME_INVALID_LABEL_CHARS' },
    { field: 'vnet.subnets[0].name', value: 'snet_', code: 'NAME_INVALID_LABEL_CHARS' },
    { field: 'vnet.name', value: '-vnet', code: 'NAME_INVALID_LABEL_CHARS' },
    { field: 'vnet.name', value: 'Vnet.a_b-C9', code: null },
  ])('$field "$value" → $code', ({ field, value, code }) => {
    const plan =
      field === 'vnet.subnets[0].name'
        ? overlayPlan({ vnet: { subnets: [subnet(value, '10.224.0.0/22')] } })
        : overlayPlan({ vnet: field === 'vnet.name' ? { name: value } : { resourceGroup: value } });
    const report = evaluate(plan);
    if (code === null) {
      expectNoProblems(report);
    } else {
      const hit = expectFinding(report, code, 'error', field);
      expect(hit.rule).toBe('R33');
    }
  });

  it.each(['kubenet', 'azureNodeSubnet', 'none'] as const)(
    'not checked for %s (the docs state the rule for overlay only)',
    (networkPlugin) => {
      const report = evaluate(
        overlayPlan({
          cluster: { networkPlugin, podCidrs: ['10.244.0.0/16'] },
          vnet: { name: 'rg(prod)', resourceGroup: long64 },
        }),
      );
      expectNoFinding(report, 'NAME_TOO_LONG');
      expectNoFinding(report, 'NAME_INVALID_LABEL_CHARS');
    },
  );

  it('not checked for a subnet no node pool uses, nor for the AKS-managed VNet', () => {
    expectNoProblems(
      evaluate(
        overlayPlan({
          subnets: [
            subnet('snet_apiserver', '10.224.4.0/28', {
              purpose: 'apiServer',
              delegatedTo: 'Microsoft.ContainerService/managedClusters', // R65
            }),
          ],
        }),
      ),
    );
    expectNoProblems(evaluate(overlayPlan({ managedVnet: true })));
  });
});

describe('SUBNET_NO_PREFIX', () => {
  it('a subnet with no prefix at all is an error; one whose prefix is unreadable gets CIDR_INVALID only', async () => {
    const { evaluatePlan } = await import('../report/evaluate-plan.ts');
    const empty = evaluatePlan({
      schemaVersion: 1,
      vnet: { addressSpace: ['10.224.0.0/12'], subnets: [{ name: 'nodes', addressPrefixes: [] }] },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(
      empty.findings.filter((f) => f.code === 'SUBNET_NO_PREFIX').map((f) => [f.severity, f.path]),
    ).toEqual([['error', 'vnet.subnets[0].addressPrefixes']]);
    const bad = evaluatePlan({
      schemaVersion: 1,
      vnet: {
        addressSpace: ['10.224.0.0/12'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/33'] }],
      },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(bad.findings.map((f) => f.code)).toContain('CIDR_INVALID');
    expect(bad.findings.map((f) => f.code)).not.toContain('SUBNET_NO_PREFIX');
  });
});
