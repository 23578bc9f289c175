import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PlanDocument } from '../../types.ts';
import { evaluate } from '../../report/evaluate-plan.ts';
import { arbitraryPlan } from '../../../testing/plan-arbitraries.ts';
import { SCENARIOS } from '../../../testing/scenarios.ts';
import type { AddressMap, AddressMapFamily, AddressMapKind, AddressMapRange } from './address-map.ts';
import { addressMap, MAX_OVERLAPS_LISTED } from './address-map.ts';
import { AXIS_GAP_WEIGHT, bigintLog2, compressedAxis } from './axis.ts';

/** A bring-your-own VNet plan: VNet 10.224.0.0/12 with one node subnet, pod and service CIDRs as given. */
function plan(overrides: {
  podCidrs?: string[];
  serviceCidrs?: string[];
  ipFamilies?: ('IPv4' | 'IPv6')[];
  addressSpace?: string[];
  subnets?: { name: string; addressPrefixes: string[] }[];
  connectedNetworks?: PlanDocument['connectedNetworks'];
  podCidrExpansion?: string;
  networkPlugin?: 'overlay' | 'azureNodeSubnet';
}): PlanDocument {
  const doc: PlanDocument = {
    schemaVersion: 1,
    cluster: {
      networkPlugin: overrides.networkPlugin ?? 'overlay',
      ipFamilies: overrides.ipFamilies ?? ['IPv4'],
      ...(overrides.podCidrs ? { podCidrs: overrides.podCidrs } : {}),
      ...(overrides.serviceCidrs ? { serviceCidrs: overrides.serviceCidrs } : {}),
      ...(overrides.podCidrExpansion ? { podCidrExpansion: overrides.podCidrExpansion } : {}),
    },
    vnet: {
      name: 'vnet-aks',
      addressSpace: overrides.addressSpace ?? ['10.224.0.0/12'],
      subnets: overrides.subnets ?? [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/22'] }],
    },
    nodePools: [{ name: 'system', mode: 'System', count: 3 }],
  };
  if (overrides.connectedNetworks) doc.connectedNetworks = overrides.connectedNetworks;
  return doc;
}

function family(map: AddressMap, name: 'IPv4' | 'IPv6'): AddressMapFamily {
  const found = map.families.find((f) => f.family === name);
  if (!found) throw new Error(`no ${name} family in the map`);
  return found;
}

function range(map: AddressMap, kind: AddressMapKind, cidr: string): AddressMapRange {
  const found = map.families.flatMap((f) => f.ranges).find((r) => r.kind === kind && r.cidr === cidr);
  if (!found) throw new Error(`no ${kind} ${cidr} in the map`);
  return found;
}

/** The layout laws every family must keep. */
function checkLayout(map: AddressMap): void {
  for (const { ranges, ticks } of map.families) {
    for (const r of ranges) {
      expect(r.x0).toBeGreaterThanOrEqual(0);
      expect(r.x1).toBeLessThanOrEqual(1);
      expect(r.x0).toBeLessThan(r.x1);
      expect(r.size).toBe(r.last - r.first + 1n);
      for (const o of r.overlaps) expect(o.x0).toBeLessThan(o.x1);
    }
    for (const a of ranges) {
      for (const b of ranges) {
        if (a.last < b.first) expect(a.x1).toBeLessThanOrEqual(b.x0);
        if (a.first <= b.first && b.last <= a.last) {
          expect(b.x0).toBeGreaterThanOrEqual(a.x0);
          expect(b.x1).toBeLessThanOrEqual(a.x1);
        }
      }
    }
    for (let i = 1; i < ticks.length; i++) {
      const previous = ticks[i - 1];
      const current = ticks[i];
      if (previous && current) {
        expect(previous.value).toBeLessThan(current.value);
        expect(previous.x).toBeLessThan(current.x);
      }
    }
  }
}

describe('addressMap: the doc-comment example', () => {
  it('lists the AKS-managed VNet, its subnet and the default pod and service CIDRs', () => {
    expect(
      addressMap(evaluate({ schemaVersion: 1, nodePools: [] })).families[0]?.ranges.map((r) => r.cidr),
    ).toEqual(['10.224.0.0/12', '10.224.0.0/16', '10.244.0.0/16', '10.0.0.0/16']);
  });
});

describe('addressMap: which ranges appear', () => {
  const cases: {
    name: string;
    doc: PlanDocument;
    families: string[];
    present: [AddressMapKind, string][];
    absent?: [AddressMapKind, string][];
  }[] = [
    {
      name: 'single-stack overlay',
      doc: plan({}),
      families: ['IPv4'],
      present: [
        ['vnet', '10.224.0.0/12'],
        ['subnet', '10.224.0.0/22'],
        ['pod', '10.244.0.0/16'],
        ['service', '10.0.0.0/16'],
      ],
    },
    {
      name: 'dual-stack overlay with IPv6 VNet space and subnet',
      doc: plan({
        ipFamilies: ['IPv4', 'IPv6'],
        addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.224.0.0/22', 'fd00:10::/64'] }],
      }),
      families: ['IPv4', 'IPv6'],
      present: [
        ['vnet', 'fd00:10::/48'],
        ['subnet', 'fd00:10::/64'],
        ['pod', 'fd12:3456:789a::/64'],
        ['service', 'fd12:3456:789a:1::/108'],
      ],
    },
    {
      name: 'pod CIDR 172.16.0.0/12 brings the AKS-reserved ranges it covers and the old Docker bridge',
      doc: plan({ podCidrs: ['172.16.0.0/12'] }),
      families: ['IPv4'],
      present: [
        ['reserved', '172.30.0.0/16'],
        ['reserved', '172.31.0.0/16'],
        ['reserved', '172.17.0.0/16'],
      ],
    },
    {
      name: 'reserved ranges far outside the plan stay off the map',
      doc: plan({}),
      families: ['IPv4'],
      present: [],
      absent: [
        ['reserved', '172.30.0.0/16'],
        ['reserved', '169.254.0.0/16'],
        ['reserved', '127.0.0.0/8'],
        ['reserved', '172.17.0.0/16'],
      ],
    },
    {
      name: 'a reserved range between two plan ranges is shown even without an overlap',
      doc: plan({ podCidrs: ['192.168.0.0/16'] }),
      families: ['IPv4'],
      present: [
        ['reserved', '169.254.0.0/16'],
        ['reserved', '172.30.0.0/16'],
        ['reserved', '192.0.2.0/24'],
      ],
      absent: [['reserved', '172.17.0.0/16']],
    },
    {
      name: 'connected networks and a pod CIDR expansion',
      doc: plan({
        podCidrExpansion: '10.244.0.0/15',
        connectedNetworks: [
          { name: 'hub', kind: 'peering', addressPrefixes: ['10.100.0.0/16', 'not a cidr'] },
        ],
      }),
      families: ['IPv4'],
      present: [
        ['connected', '10.100.0.0/16'],
        ['podExpansion', '10.244.0.0/15'],
      ],
    },
    {
      name: 'flat Azure CNI has no pod CIDR',
      doc: plan({ networkPlugin: 'azureNodeSubnet', podCidrExpansion: '10.244.0.0/15' }),
      families: ['IPv4'],
      present: [['service', '10.0.0.0/16']],
      absent: [
        ['pod', '10.244.0.0/16'],
        ['podExpansion', '10.244.0.0/15'],
      ],
    },
  ];

  it.each(cases)('$name', ({ doc, families, present, absent }) => {
    const map = addressMap(evaluate(doc));
    expect(map.families.map((f) => f.family)).toEqual(families);
    const all = map.families.flatMap((f) => f.ranges.map((r) => `${r.kind} ${r.cidr}`));
    for (const [kind, cidr] of present) expect(all).toContain(`${kind} ${cidr}`);
    for (const [kind, cidr] of absent ?? []) expect(all).not.toContain(`${kind} ${cidr}`);
    checkLayout(map);
  });

  it('orders rows by kind, then address', () => {
    const map = addressMap(
      evaluate(
        plan({
          subnets: [
            { name: 'snet-b', addressPrefixes: ['10.224.8.0/24'] },
            { name: 'snet-a', addressPrefixes: ['10.224.0.0/22'] },
          ],
          connectedNetworks: [{ name: 'dc', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] }],
        }),
      ),
    );
    expect(family(map, 'IPv4').ranges.map((r) => `${r.kind} ${r.label}`)).toEqual([
      'vnet VNet vnet-aks',
      'subnet Subnet snet-a',
      'subnet Subnet snet-b',
      'pod Pod CIDR',
      'service Service CIDR',
      'connected On-premises dc',
      // AKS-reserved ranges inside the plan's span; loopback and Azure DNS only when something hits them
      'reserved Link-local',
      'reserved AKS reserved',
      'reserved AKS reserved',
      'reserved TEST-NET-1',
    ]);
  });
});

describe('addressMap: conflicts under the planner rules (matrix M)', () => {
  it('names a pod CIDR overlapping a subnet on both sides', () => {
    const map = addressMap(
      evaluate(
        plan({
          addressSpace: ['10.244.0.0/16'],
          subnets: [{ name: 'snet-a', addressPrefixes: ['10.244.0.0/24'] }],
        }),
      ),
    );
    const pod = range(map, 'pod', '10.244.0.0/16');
    const subnet = range(map, 'subnet', '10.244.0.0/24');
    expect(pod.conflicts).toEqual(['subnet snet-a (10.244.0.0/24)']);
    expect(subnet.conflicts).toEqual(['pod CIDR (10.244.0.0/16)']);
    expect(pod.description).toBe(
      'Pod CIDR 10.244.0.0/16 (default): 10.244.0.0 – 10.244.255.255, 65,536 addresses; overlaps subnet snet-a (10.244.0.0/24)',
    );
    // The shared addresses are the subnet's: the overlap spans exactly the subnet's bar.
    expect(pod.overlaps).toEqual([
      expect.objectContaining({
        id: subnet.id,
        severity: 'conflict',
        rule: 'R18',
        x0: subnet.x0,
        x1: subnet.x1,
      }),
    ]);
    // With a subnet overlap, the pod CIDR in VNet space is not also a warning (R18).
    expect(pod.warnings).toEqual([]);
  });

  const pairs: {
    name: string;
    doc: PlanDocument;
    kind: AddressMapKind;
    cidr: string;
    conflicts: string[];
  }[] = [
    {
      name: 'a subnet inside its VNet: no conflict',
      doc: plan({}),
      kind: 'subnet',
      cidr: '10.224.0.0/22',
      conflicts: [],
    },
    {
      name: 'the VNet holding its subnet: no conflict',
      doc: plan({}),
      kind: 'vnet',
      cidr: '10.224.0.0/12',
      conflicts: [],
    },
    {
      name: 'pod ↔ service',
      doc: plan({ serviceCidrs: ['10.244.128.0/17'] }),
      kind: 'service',
      cidr: '10.244.128.0/17',
      conflicts: ['pod CIDR (10.244.0.0/16)'],
    },
    {
      name: 'service ↔ subnet',
      doc: plan({ serviceCidrs: ['10.224.0.0/24'] }),
      kind: 'service',
      cidr: '10.224.0.0/24',
      conflicts: ['subnet snet-nodes (10.224.0.0/22)'],
    },
    {
      name: 'VNet, subnet, pod and service ↔ connected network',
      doc: plan({ connectedNetworks: [{ name: 'dc', kind: 'onPremises', addressPrefixes: ['10.0.0.0/8'] }] }),
      kind: 'connected',
      cidr: '10.0.0.0/8',
      conflicts: [
        'VNet vnet-aks (10.224.0.0/12)',
        'subnet snet-nodes (10.224.0.0/22)',
        'pod CIDR (10.244.0.0/16)',
        'service CIDR (10.0.0.0/16)',
      ],
    },
    {
      name: 'subnet ↔ subnet',
      doc: plan({
        subnets: [
          { name: 'snet-a', addressPrefixes: ['10.224.0.0/22'] },
          { name: 'snet-b', addressPrefixes: ['10.224.1.0/24'] },
        ],
      }),
      kind: 'subnet',
      cidr: '10.224.1.0/24',
      conflicts: ['subnet snet-a (10.224.0.0/22)'],
    },
    {
      name: 'pod ↔ AKS-reserved ranges (R45)',
      doc: plan({ podCidrs: ['172.16.0.0/12'] }),
      kind: 'pod',
      cidr: '172.16.0.0/12',
      conflicts: ['AKS reserved range (172.30.0.0/16)', 'AKS reserved range (172.31.0.0/16)'],
    },
    {
      name: 'VNet ↔ link-local, reserved and forbidden (R7, R45)',
      doc: plan({ addressSpace: ['10.224.0.0/12', '169.254.0.0/16'] }),
      kind: 'reserved',
      cidr: '169.254.0.0/16',
      conflicts: ['VNet vnet-aks (169.254.0.0/16)'],
    },
    {
      name: 'the old Docker bridge is a note, not a conflict (R46)',
      doc: plan({ podCidrs: ['172.17.0.0/16'] }),
      kind: 'pod',
      cidr: '172.17.0.0/16',
      conflicts: [],
    },
  ];

  it.each(pairs)('$name', ({ doc, kind, cidr, conflicts }) => {
    expect(range(addressMap(evaluate(doc)), kind, cidr).conflicts).toEqual(conflicts);
  });

  it('marks a pod CIDR in VNet space without a subnet as a warning, not a conflict', () => {
    const map = addressMap(evaluate(plan({ podCidrs: ['10.230.0.0/16'] })));
    const pod = range(map, 'pod', '10.230.0.0/16');
    expect(pod.conflicts).toEqual([]);
    expect(pod.warnings).toEqual(['VNet vnet-aks (10.224.0.0/12), where no subnet is yet']);
    expect(pod.overlaps[0]?.severity).toBe('warning');
    expect(range(map, 'vnet', '10.224.0.0/12').conflicts).toEqual([]);
    expect(family(map, 'IPv4').warningCount).toBe(1);
  });

  it('marks the old Docker bridge overlap as a note on both sides', () => {
    const map = addressMap(evaluate(plan({ podCidrs: ['172.17.0.0/16'] })));
    expect(range(map, 'pod', '172.17.0.0/16').notes).toEqual(['old Docker bridge default (172.17.0.0/16)']);
    expect(range(map, 'reserved', '172.17.0.0/16').notes).toEqual(['pod CIDR (172.17.0.0/16)']);
  });

  it('agrees with the evaluation: every overlap error it reports is a conflict on the map', () => {
    const codeKinds: Record<string, [AddressMapKind, AddressMapKind]> = {
      POD_CIDR_OVERLAPS_SUBNET: ['pod', 'subnet'],
      SERVICE_CIDR_OVERLAPS_SUBNET: ['service', 'subnet'],
      POD_SERVICE_OVERLAP: ['pod', 'service'],
      SUBNETS_OVERLAP: ['subnet', 'subnet'],
      OVERLAPS_CONNECTED_NETWORK: ['connected', 'connected'],
      RESERVED_RANGE_OVERLAP: ['reserved', 'reserved'],
    };
    const check = (doc: PlanDocument) => {
      const evaluation = evaluate(doc);
      const { report } = evaluation;
      const map = addressMap(evaluation);
      const ranges = map.families.flatMap((f) => f.ranges);
      const byId = new Map(ranges.map((r) => [r.id, r]));
      const conflictKinds = new Set(
        ranges.flatMap((r) =>
          r.overlaps
            .filter((o) => o.severity === 'conflict')
            .map((o) => `${r.kind === 'podExpansion' ? 'pod' : r.kind} ${byId.get(o.id)?.kind ?? ''}`),
        ),
      );
      for (const finding of report.findings) {
        const kinds = codeKinds[finding.code];
        if (!kinds) continue;
        if (kinds[0] === 'reserved' || kinds[0] === 'connected') {
          expect(ranges.some((r) => r.kind === kinds[0] && r.conflicts.length > 0)).toBe(true);
        } else {
          expect(conflictKinds).toContain(`${kinds[0]} ${kinds[1]}`);
        }
      }
    };
    for (const scenario of SCENARIOS) check(scenario.plan);
    fc.assert(fc.property(arbitraryPlan, check), { numRuns: 300 });
  });
});

describe('addressMap: the compressed axis', () => {
  it('keeps a /24 visible next to a /8 and preserves order', () => {
    const map = addressMap(
      evaluate(
        plan({
          subnets: [{ name: 'snet-tiny', addressPrefixes: ['10.224.0.0/29'] }],
          connectedNetworks: [{ name: 'dc', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] }],
        }),
      ),
    );
    const tiny = range(map, 'subnet', '10.224.0.0/29');
    const vnet = range(map, 'vnet', '10.224.0.0/12');
    expect(tiny.x1 - tiny.x0).toBeGreaterThan(0.02);
    expect(tiny.x1 - tiny.x0).toBeLessThan(vnet.x1 - vnet.x0);
    expect(range(map, 'service', '10.0.0.0/16').x1).toBeLessThanOrEqual(vnet.x0);
    checkLayout(map);
  });

  it('weighs stretches 1 + log2(size) and gaps a fixed weight', () => {
    const axis = compressedAxis('IPv4', [
      { first: 0n, last: 255n }, // a /24: weight 9
      { first: 1024n, last: 1279n }, // a gap (weight 2.5), then another /24
    ]);
    const total = 9 + AXIS_GAP_WEIGHT + 9;
    expect(axis.positions.get(0n)).toBe(0);
    expect(axis.positions.get(256n)).toBeCloseTo(9 / total);
    expect(axis.positions.get(1024n)).toBeCloseTo((9 + AXIS_GAP_WEIGHT) / total);
    expect(axis.positions.get(1280n)).toBe(1);
    expect(axis.gaps).toEqual([
      { first: 256n, last: 1023n, x0: axis.positions.get(256n), x1: axis.positions.get(1024n) },
    ]);
    expect(axis.ticks.map((t) => [t.text, t.start])).toEqual([
      ['0.0.0.0', true],
      ['0.0.1.0', false],
      ['0.0.4.0', true],
      ['0.0.5.0', false],
    ]);
  });

  it('labels the boundary past the end of the space with the last address', () => {
    const axis = compressedAxis('IPv6', [{ first: 0n, last: 2n ** 128n - 1n }]);
    expect(axis.ticks.map((t) => [t.text, t.x, t.start])).toEqual([
      ['::', 0, true],
      ['ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 1, false],
    ]);
  });

  it.each([
    [1n, 0],
    [65536n, 16],
    [2n ** 100n, 100],
    [3n * 2n ** 70n, 70 + Math.log2(3)],
  ])('bigintLog2(%s) = %s', (value, expected) => {
    expect(bigintLog2(value)).toBeCloseTo(expected, 10);
  });
});

describe('addressMap: never throws', () => {
  it('gives a laid-out map for every scenario', () => {
    for (const scenario of SCENARIOS) {
      const map = addressMap(evaluate(scenario.plan));
      expect(map.families.length).toBeGreaterThan(0);
      checkLayout(map);
    }
  });

  it('holds its layout laws on random plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (doc) => {
        const map = addressMap(evaluate(doc));
        checkLayout(map);
        for (const r of map.families.flatMap((f) => f.ranges)) expect(r.description).toContain(r.cidr);
      }),
      { numRuns: 400 },
    );
  });

  it('returns an empty map for input of the wrong shape', () => {
    expect(addressMap(evaluate(null as unknown as PlanDocument))).toEqual({ families: [] });
    expect(
      addressMap(
        evaluate({
          schemaVersion: 1,
          nodePools: [],
          vnet: { subnets: [{ name: 'a' }] },
        } as unknown as PlanDocument),
      ),
    ).toEqual(expect.objectContaining({ families: expect.any(Array) }));
  });
});

describe('addressMap: hostile inputs stay bounded (issue 13)', () => {
  function sameSubnets(n: number): PlanDocument {
    return plan({
      subnets: Array.from({ length: n }, (_, i) => ({ name: `s${i}`, addressPrefixes: ['10.224.0.0/24'] })),
    });
  }

  it('lists at most MAX_OVERLAPS_LISTED overlaps of each severity and says how many more', () => {
    // 300 subnets on one /24: each overlaps the 299 others (R8). Listing them all made the map grow
    // with the cube of the ranges (300 descriptions of 299 names, each name looked up among 300).
    const map = addressMap(evaluate(sameSubnets(300)));
    const subnets = map.families[0]?.ranges.filter((r) => r.kind === 'subnet') ?? [];
    expect(subnets).toHaveLength(300);
    for (const subnet of subnets) {
      expect(subnet.conflicts).toHaveLength(MAX_OVERLAPS_LISTED);
      expect(subnet.overlaps.length).toBeLessThanOrEqual(3 * MAX_OVERLAPS_LISTED);
      expect(subnet.unlistedOverlaps).toBe(299 - MAX_OVERLAPS_LISTED);
      expect(subnet.description).toContain(`and ${299 - MAX_OVERLAPS_LISTED} more`);
      expect(subnet.conflicts).not.toContain(`subnet ${subnet.name} (10.224.0.0/24)`);
    }
    expect(map.families[0]?.conflictCount).toBe(300);
  });

  it('2,000 identical VNet prefixes: each lists a bounded number of overlaps', () => {
    const map = addressMap(
      evaluate(plan({ addressSpace: Array.from({ length: 2_000 }, () => '10.224.0.0/12') })),
    );
    const vnets = map.families[0]?.ranges.filter((r) => r.kind === 'vnet') ?? [];
    expect(vnets).toHaveLength(2_000);
    expect(vnets.every((r) => r.conflicts.length === MAX_OVERLAPS_LISTED)).toBe(true);
    expect(vnets[0]?.unlistedOverlaps).toBe(1_999 - MAX_OVERLAPS_LISTED);
  });

  it('overlaps are the same pairs as a plain pairwise check on small plans', () => {
    fc.assert(
      fc.property(arbitraryPlan, (doc) => {
        for (const family of addressMap(evaluate(doc)).families) {
          for (const self of family.ranges) {
            const expected = family.ranges.filter(
              (other) => other !== self && other.first <= self.last && self.first <= other.last,
            ).length;
            const listed = self.overlaps.length + self.unlistedOverlaps;
            // Every overlapping range is either listed or counted (pairs that are no problem are neither).
            expect(listed).toBeLessThanOrEqual(expected);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
