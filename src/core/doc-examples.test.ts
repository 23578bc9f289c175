/**
 * Every exported core function's doc-comment example, run as a test (DEVELOPERS.md habit).
 * Rule-level behaviour is tested beside each rule file.
 */
import { describe, expect, it } from 'vitest';
import {
  parseCidr,
  cidrSize,
  cidrLast,
  cidrContains,
  cidrSubnetOf,
  cidrsOverlap,
  cidrIntersection,
  cidrOf,
  cidrContainsAddress,
  cidrMask,
} from './ip/cidr.ts';
import { parseAddress, formatAddress } from './ip/address.ts';
import { cidrIsPrivate, rangesOverlapping, AKS_RESERVED_RANGES } from './ip/special-ranges.ts';
import {
  podNodeBlocks,
  subnetUsableAddresses,
  nodesThatFit,
  staticBlockIpsPerNode,
  staticBlockWaste,
  dynamicFullDensityIps,
  serviceAllocatable,
  smallestSubnetPrefixFor,
  smallestPodCidrPrefixFor,
} from './model/capacity.ts';
import { parseMaxSurge, surgeNodeCount, formatMaxSurge } from './model/surge.ts';
import { parseKubernetesVersion, kubernetesVersionAtLeast } from './model/kubernetes-version.ts';
import { formatCount, formatList } from './model/format.ts';
import { finding } from './model/finding.ts';
import { evaluate, evaluatePlan } from './report/evaluate-plan.ts';
import { parsePlanDocument } from './plan/parse-plan-document.ts';

describe('doc-comment examples', () => {
  it('ip', () => {
    const parsed = parseCidr('10.244.1.0/16');
    expect(parsed.ok && parsed.hostBitsSet && parsed.canonical).toBe('10.244.0.0/16');
    expect(cidrMask('IPv4', 24)).toBe(0xffffff00n);
    expect(cidrSize({ family: 'IPv4', network: 0n, prefixLength: 24 })).toBe(256n);
    expect(cidrLast(cidrOf('10.0.0.0/16'))).toBe(0x0a00ffffn);
    expect(cidrContainsAddress(cidrOf('10.0.0.0/16'), 'IPv4', 0x0a00000an)).toBe(true);
    expect(cidrContains(cidrOf('10.0.0.0/8'), cidrOf('10.1.0.0/16'))).toBe(true);
    expect(cidrSubnetOf(cidrOf('10.1.0.0/16'), cidrOf('10.0.0.0/8'))).toBe(true);
    expect(cidrsOverlap(cidrOf('10.0.0.0/23'), cidrOf('10.0.1.0/24'))).toBe(true);
    expect(cidrIntersection(cidrOf('10.0.0.0/8'), cidrOf('10.1.0.0/16'))).toEqual(cidrOf('10.1.0.0/16'));
    expect(parseAddress('10.0.0.10')).toEqual({ ok: true, address: { family: 'IPv4', value: 167772170n } });
    expect(formatAddress({ family: 'IPv6', value: 1n })).toBe('::1');
    expect(cidrIsPrivate(cidrOf('10.244.0.0/16'))).toBe(true);
    expect(rangesOverlapping(cidrOf('172.16.0.0/12'), AKS_RESERVED_RANGES).map((r) => r.text)).toEqual([
      '172.30.0.0/16',
      '172.31.0.0/16',
    ]);
  });

  it('capacity', () => {
    expect(podNodeBlocks(cidrOf('10.244.0.0/16'), 24)).toBe(256n); // 2^(24−16)
    expect(subnetUsableAddresses(cidrOf('10.224.0.0/24'))).toBe(251n); // 256 − 5
    expect(nodesThatFit(251n, 31)).toBe(8n); // floor(251 / 31), R11
    expect(staticBlockIpsPerNode(30)).toBe(32); // 16 × ceil(31 / 16)
    expect(staticBlockWaste(30)).toBe(1); // 32 − 1 − 30
    expect(dynamicFullDensityIps(30)).toBe(48); // 16 × ceil(38 / 16)
    expect(serviceAllocatable(cidrOf('10.0.0.0/16'), true)).toBe(65534n); // 65,536 − 2
    expect(smallestSubnetPrefixFor(260)).toBe(23); // /24 has 251, /23 has 507
    expect(smallestPodCidrPrefixFor(20, 24)).toBe(19); // /20 = 16 blocks, /19 = 32
  });

  it('surge, version, format, finding', () => {
    expect(parseMaxSurge('33%')).toEqual({ kind: 'percent', percent: 33 });
    expect(surgeNodeCount(50, { kind: 'percent', percent: 14 })).toBe(7); // (50 × 14 + 99) div 100
    expect(formatMaxSurge({ kind: 'nodes', nodes: 2 })).toBe('2');
    expect(parseKubernetesVersion('1.9.11')).toEqual({ major: 1, minor: 9 });
    expect(kubernetesVersionAtLeast({ major: 1, minor: 10 }, 1, 9)).toBe(true);
    expect(formatCount(65536n)).toBe('65,536');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b and c');
    expect(finding('CIDR_INVALID', 'error', 'R1', 'cluster.podCidrs[0]', 'Pod CIDR …').code).toBe(
      'CIDR_INVALID',
    );
  });

  it('evaluate', () => {
    const evaluation = evaluate({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] });
    expect(evaluation.model.pools[0]?.maxPods).toBe(250);
    expect(evaluation.report).toEqual(evaluatePlan(evaluation.plan));
  });

  it('evaluatePlan and parsePlanDocument', () => {
    expect(
      evaluatePlan({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).podRanges[0]?.nodeBlocks,
    ).toBe(256n);
    expect(parsePlanDocument({ schemaVersion: 1, nodePools: [{ maxPods: 'x' }] }).findings[0]?.path).toBe(
      'nodePools[0].maxPods',
    );
  });
});

describe('edge cases of the helpers', () => {
  it.each([
    ['10.0.0.0/29', 3n],
    ['10.0.0.0/30', 0n],
    ['10.0.0.0/32', 0n],
    ['10.0.0.0/28', 11n],
    ['10.0.0.0/27', 27n],
    ['10.0.0.0/22', 1019n],
    ['10.0.0.0/21', 2043n],
    ['10.0.0.0/16', 65531n],
  ])('usable addresses of %s = %s', (text, usable) => {
    expect(subnetUsableAddresses(cidrOf(text))).toBe(usable);
  });

  it.each([
    ['10.0.0.0/24', 24, 1n],
    ['10.0.0.0/25', 24, 0n],
    ['10.0.0.0/8', 24, 65536n],
    ['0.0.0.0/0', 24, 16777216n],
    ['fd00::/64', 80, 65536n],
    ['fd00::/80', 80, 1n],
    ['fd00::/96', 80, 0n],
  ])('%s holds %s-blocks: %s', (text, block, blocks) => {
    expect(podNodeBlocks(cidrOf(text), block)).toBe(blocks);
  });

  it.each([
    ['10.0.0.0/31', 0n],
    ['10.0.0.0/32', 0n],
    ['10.0.0.0/30', 2n],
    ['10.0.0.0/12', 1048574n],
  ])('IPv4 allocatable of %s = %s', (text, n) => {
    expect(serviceAllocatable(cidrOf(text), true)).toBe(n);
  });

  it('IPv6 allocatable: /108 = 2^20 − 1 from 1.34, 65,535 below (bitmap cap); /120 = 255 either way', () => {
    expect(serviceAllocatable(cidrOf('fd12:3456:789a:1::/108'), true)).toBe(1048575n);
    expect(serviceAllocatable(cidrOf('fd12:3456:789a:1::/108'), false)).toBe(65535n);
    expect(serviceAllocatable(cidrOf('fd00::/120'), false)).toBe(255n);
    expect(serviceAllocatable(cidrOf('fd00::/128'), true)).toBe(0n);
  });

  it('smallest prefixes at the edges', () => {
    expect(smallestSubnetPrefixFor(3)).toBe(29);
    expect(smallestSubnetPrefixFor(4)).toBe(28);
    expect(smallestSubnetPrefixFor(251)).toBe(24);
    expect(smallestSubnetPrefixFor(252)).toBe(23);
    expect(smallestSubnetPrefixFor(2 ** 31)).toBeNull();
    expect(smallestPodCidrPrefixFor(1, 24)).toBe(24);
    expect(smallestPodCidrPrefixFor(256, 24)).toBe(16);
    expect(smallestPodCidrPrefixFor(257, 24)).toBe(15);
  });

  it.each([['10'], ['0'], ['100%'], ['0%'], ['2']])('maxSurge %s parses', (text) => {
    expect(parseMaxSurge(text)).not.toBeNull();
  });
  it.each([['101%'], ['-1'], ['1.5'], ['10 %'], ['%'], [''], ['02'], ['abc']])(
    'maxSurge %j is rejected',
    (text) => {
      expect(parseMaxSurge(text)).toBeNull();
    },
  );
  it.each([
    ['1.33', 1, 33],
    ['v1.29.4', 1, 29],
  ])('version %s', (text, major, minor) => {
    expect(parseKubernetesVersion(text)).toEqual({ major, minor });
  });
  it.each([['1'], ['1.x'], ['latest'], ['1.33.2.1'], ['']])('version %j is rejected', (text) => {
    expect(parseKubernetesVersion(text)).toBeNull();
  });
});

describe('R25 full-density cap', () => {
  it.each([
    [30, 48], // 16 × ceil(38 / 16)
    [110, 128], // 16 × ceil(118 / 16)
    [226, 240], // 16 × ceil(234 / 16) = 240, under the cap
    [235, 250], // 16 × ceil(243 / 16) = 256, capped at 250
    [250, 250], // 16 × ceil(258 / 16) = 272, capped at 250
  ])('maxPods %i → %i IPs per node at full density', (maxPods, ips) => {
    expect(dynamicFullDensityIps(maxPods)).toBe(ips);
  });
});
