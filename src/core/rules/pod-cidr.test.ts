/** R14–R17, R19, R22, R52, R56: the pod CIDR's per-node blocks, scale and expansion. */
import { describe, expect, it } from 'vitest';
import { cidrOf } from '../ip/cidr.ts';
import { podNodeBlocks, smallestPodCidrPrefixFor } from '../model/capacity.ts';
import {
  dualStackPlan,
  evaluate,
  expectFinding,
  expectNoFinding,
  expectNoProblems,
  kubenetPlan,
  overlayPlan,
  subnet,
  userPool,
} from '../../testing/test-plans.ts';

describe('R14, R15: node blocks = 2^(24 − prefix) fixed /24 blocks; 0 for a prefix longer than /24', () => {
  const cases = [
    { cidr: '100.64.0.0/25', blocks: 0n }, // smaller than one /24
    { cidr: '100.64.0.0/24', blocks: 1n }, // 2^0
    { cidr: '100.64.0.0/23', blocks: 2n }, // 2^1
    { cidr: '100.64.0.0/20', blocks: 16n }, // 2^4
    { cidr: '100.64.0.0/18', blocks: 64n }, // 2^6
    { cidr: '10.244.0.0/16', blocks: 256n }, // 2^8
    { cidr: '100.64.0.0/14', blocks: 1_024n }, // 2^10
    { cidr: '11.0.0.0/8', blocks: 65_536n }, // 2^16
  ];
  it.each(cases)('$cidr → $blocks blocks', ({ cidr, blocks }) => {
    expect(podNodeBlocks(cidrOf(cidr), 24)).toBe(blocks);
    const report = evaluate(overlayPlan({ cluster: { podCidrs: [cidr] } }));
    expect(report.podRanges[0]).toMatchObject({
      family: 'IPv4',
      cidr,
      blockPrefixLength: 24,
      nodeBlocks: blocks,
      limitsNodes: true,
    });
  });

  it('maxNodes = min(blocks, node limit): /8 → min(65,536, 5,000) = 5,000; Free tier /16 → min(256, 1,000) = 256', () => {
    expect(evaluate(overlayPlan({ cluster: { podCidrs: ['11.0.0.0/8'] } })).podRanges[0]?.maxNodes).toBe(
      5_000,
    );
    expect(
      evaluate(overlayPlan({ cluster: { podCidrs: ['11.0.0.0/8'], tier: 'Free' } })).podRanges[0]?.maxNodes,
    ).toBe(1_000);
    expect(evaluate(overlayPlan({ cluster: { tier: 'Free' } })).podRanges[0]?.maxNodes).toBe(256);
  });

  it.each([
    { cidr: '10.244.0.0/25', error: true },
    { cidr: '10.244.0.0/28', error: true },
    { cidr: '10.244.0.0/24', error: false }, // one block: one node fits
  ])('$cidr → POD_CIDR_TOO_SMALL: $error', ({ cidr, error }) => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: [cidr] }, pool: { count: 1 } }));
    if (error) {
      const hit = expectFinding(report, 'POD_CIDR_TOO_SMALL', 'error', 'cluster.podCidrs[0]');
      expect(hit.message).toContain(cidr);
      expect(hit.message).toContain('/24');
      expectNoFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS'); // one finding for the one problem
    } else {
      expectNoFinding(report, 'POD_CIDR_TOO_SMALL');
    }
  });

  it.each([
    { cidr: '10.0.0.0/7', warn: true }, // 17 bits between /7 and /24
    { cidr: '11.0.0.0/8', warn: false }, // 16 bits: the upstream node-IPAM limit
  ])('$cidr → POD_CIDR_TOO_LARGE: $warn', ({ cidr, warn }) => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: [cidr] } }));
    if (warn) expectFinding(report, 'POD_CIDR_TOO_LARGE', 'warning', 'cluster.podCidrs[0]');
    else expectNoFinding(report, 'POD_CIDR_TOO_LARGE');
  });
});

describe('R16: blocks cover every planned node, and the surge nodes for upgrades', () => {
  // /20 = 16 blocks; default maxSurge 10 %, rounded up.
  const cases = [
    { nodes: 14, upgrade: 16, code: null }, // 14 + 2 = 16 ≤ 16
    { nodes: 15, upgrade: 17, code: 'POD_CIDR_INSUFFICIENT_FOR_UPGRADE' }, // 15 ≤ 16; 15 + 2 = 17 > 16
    { nodes: 16, upgrade: 18, code: 'POD_CIDR_INSUFFICIENT_FOR_UPGRADE' }, // exactly 16 at rest; 16 + 2 = 18
    { nodes: 17, upgrade: 19, code: 'POD_CIDR_INSUFFICIENT_BLOCKS' }, // 17 > 16
  ] as const;
  it.each(cases)(
    '/20 (16 blocks), $nodes nodes ($upgrade with surge) → $code',
    ({ nodes, upgrade, code }) => {
      const report = evaluate(
        overlayPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: nodes } }),
      );
      expect(report.podRanges[0]).toMatchObject({
        requiredBlocks: nodes,
        requiredBlocksDuringUpgrade: upgrade,
      });
      const blockFindings = report.findings.filter((f) => f.code.startsWith('POD_CIDR_INSUFFICIENT'));
      if (code === null) {
        expect(blockFindings).toEqual([]);
      } else {
        expect(blockFindings).toHaveLength(1);
        expectFinding(
          report,
          code,
          code === 'POD_CIDR_INSUFFICIENT_BLOCKS' ? 'error' : 'warning',
          'cluster.podCidrs[0]',
        );
      }
    },
  );

  it('the message suggests the prefix that fits: 17 nodes → /19 (32 blocks); 18 with surge → /19', () => {
    expect(smallestPodCidrPrefixFor(17, 24)).toBe(19);
    const error = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: 17 } }));
    const hit = expectFinding(error, 'POD_CIDR_INSUFFICIENT_BLOCKS', 'error', 'cluster.podCidrs[0]');
    expect(hit.message).toContain('10.244.0.0/20');
    expect(hit.message).toContain('/19');
    expect(hit.rule).toBe('R16');
    const warn = evaluate(overlayPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: 16 } }));
    expect(
      expectFinding(warn, 'POD_CIDR_INSUFFICIENT_FOR_UPGRADE', 'warning', 'cluster.podCidrs[0]').message,
    ).toContain('/19');
  });

  it('autoscaling pools count maxCount, summed over pools', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: ['10.244.0.0/20'] },
        pool: { count: 3, enableAutoScaling: true, minCount: 3, maxCount: 10 },
        extraPools: [userPool('user', { count: 7 })],
      }),
    );
    expect(report.podRanges[0]?.requiredBlocks).toBe(17); // 10 + 7
    expectFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS', 'error', 'cluster.podCidrs[0]');
  });

  it('R22: kubenet uses the same /24 arithmetic', () => {
    const report = evaluate(kubenetPlan({ cluster: { podCidrs: ['10.244.0.0/20'] }, pool: { count: 17 } }));
    expect(report.podRanges[0]?.nodeBlocks).toBe(16n);
    expectFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS', 'error', 'cluster.podCidrs[0]');
    expectFinding(
      evaluate(kubenetPlan({ cluster: { podCidrs: ['10.244.0.0/25'] } })),
      'POD_CIDR_TOO_SMALL',
      'error',
      'cluster.podCidrs[0]',
    );
  });

  it('R56: BYO CNI has no per-node blocks: no block checks, and the range does not bound the node count', () => {
    const report = evaluate(
      overlayPlan({ cluster: { networkPlugin: 'none', podCidrs: ['10.244.0.0/25'] }, pool: { count: 10 } }),
    );
    expectNoFinding(report, 'POD_CIDR_TOO_SMALL');
    expectNoFinding(report, 'POD_CIDR_INSUFFICIENT_BLOCKS');
    expect(report.podRanges[0]).toMatchObject({
      blockPrefixLength: null,
      limitsNodes: false,
      requiredBlocks: 0,
    });
  });

  it('R52: the IPv6 pod CIDR is informational, /80 per node: a /64 holds 2^16 = 65,536 blocks', () => {
    const report = evaluate(dualStackPlan({ pool: { count: 3 } }));
    expect(report.podRanges[1]).toMatchObject({
      family: 'IPv6',
      cidr: 'fd12:3456:789a::/64',
      blockPrefixLength: 80,
      nodeBlocks: 65_536n,
      limitsNodes: false,
    });
    // An IPv6 pod CIDR smaller than one /80 isn't a block error (R51: its size range is unsourced).
    const small = evaluate(
      dualStackPlan({ cluster: { podCidrs: ['10.244.0.0/16', 'fd12:3456:789a::/96'] } }),
    );
    expect(small.podRanges[1]?.nodeBlocks).toBe(0n);
    expectNoFinding(small, 'POD_CIDR_TOO_SMALL');
  });
});

describe('R17, D4: pod capacity and the supported pod scale', () => {
  it('10.244.0.0/16 → 256 blocks × 250 pods = 64,000 pods', () => {
    const report = evaluate(overlayPlan());
    expect(report.podRanges[0]).toMatchObject({ nodeBlocks: 256n, maxNodes: 256, maxPods: 64_000 });
  });

  it.each([
    { pools: [800], pods: 200_000, info: false }, // 800 × 250 = 200,000, not above
    { pools: [801], pods: 200_250, info: true }, // 801 × 250
    { pools: [500, 1000], maxPods2: 76, pods: 201_000, info: true }, // 500 × 250 + 1,000 × 76: each pool its own maxPods
  ])('Σ nodes × maxPods = $pods → EXCEEDS_SUPPORTED_POD_SCALE: $info', ({ pools, maxPods2, pods, info }) => {
    const [first = 0, second] = pools;
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: ['100.64.0.0/13'] },
        vnet: { subnets: [subnet('snet-nodes', '10.224.0.0/20')] },
        pool: { count: first },
        extraPools:
          second === undefined ? [] : [userPool('user', { count: second, maxPods: maxPods2 ?? 250 })],
      }),
    );
    expect(report.cluster.pods).toBe(pods);
    if (info) {
      const hit = expectFinding(report, 'EXCEEDS_SUPPORTED_POD_SCALE', 'info', 'nodePools');
      expect(hit.message).toContain(pods.toLocaleString('en-US'));
      expect(hit.message).toContain('200,000');
    } else {
      expectNoFinding(report, 'EXCEEDS_SUPPORTED_POD_SCALE');
    }
  });

  it('the addressable capacity never triggers it: a /8 addresses 5,000 × 250 = 1,250,000 pods', () => {
    const report = evaluate(overlayPlan({ cluster: { podCidrs: ['11.0.0.0/8'] } }));
    expect(report.podRanges[0]?.maxPods).toBe(1_250_000);
    expectNoFinding(report, 'EXCEEDS_SUPPORTED_POD_SCALE');
  });
});

describe('R19: pod CIDR expansion (overlay, Linux, IPv4, a superset of the current range)', () => {
  const cases = [
    { target: '10.244.0.0/15', code: null }, // contains 10.244.0.0/16, one bit larger
    { target: '10.240.0.0/12', code: null }, // contains it, four bits larger
    { target: '10.244.0.0/16', code: 'POD_CIDR_EXPANSION_NOT_SUPERSET' }, // the same range: no growth
    { target: '10.244.0.0/17', code: 'POD_CIDR_EXPANSION_NOT_SUPERSET' }, // shrinking
    { target: '10.246.0.0/15', code: 'POD_CIDR_EXPANSION_NOT_SUPERSET' }, // adjacent, a replacement
  ] as const;
  it.each(cases)('10.244.0.0/16 → $target: $code', ({ target, code }) => {
    const report = evaluate(overlayPlan({ cluster: { podCidrExpansion: target } }));
    if (code === null) {
      expectNoProblems(report);
    } else {
      const hit = expectFinding(report, code, 'error', 'cluster.podCidrExpansion');
      expect(hit.message).toContain(target);
      expect(hit.message).toContain('10.244.0.0/16');
      expect(hit.message).toContain('/15');
    }
  });

  it('an IPv6 target → POD_CIDR_EXPANSION_IPV6_UNSUPPORTED', () => {
    const report = evaluate(dualStackPlan({ cluster: { podCidrExpansion: 'fd12:3456:789a::/63' } }));
    expectFinding(report, 'POD_CIDR_EXPANSION_IPV6_UNSUPPORTED', 'error', 'cluster.podCidrExpansion');
    expectNoFinding(report, 'POD_CIDR_EXPANSION_NOT_SUPERSET');
  });

  it('a Windows pool, or a plugin other than overlay → POD_CIDR_EXPANSION_UNSUPPORTED', () => {
    const windows = evaluate(
      overlayPlan({
        cluster: { podCidrExpansion: '10.244.0.0/15' },
        extraPools: [userPool('win', { osType: 'Windows', maxPods: 30 })],
      }),
    );
    expect(
      expectFinding(windows, 'POD_CIDR_EXPANSION_UNSUPPORTED', 'error', 'cluster.podCidrExpansion').message,
    ).toContain('win');
    const kubenet = evaluate(kubenetPlan({ cluster: { podCidrExpansion: '10.244.0.0/15' } }));
    expectFinding(kubenet, 'POD_CIDR_EXPANSION_UNSUPPORTED', 'error', 'cluster.podCidrExpansion');
  });

  it('the expanded range gets the same overlap checks as the current one', () => {
    // 10.224.0.0/11 contains the pod CIDR 10.244.0.0/16, but also the node subnet.
    const report = evaluate(overlayPlan({ cluster: { podCidrExpansion: '10.224.0.0/11' } }));
    expectFinding(report, 'POD_CIDR_OVERLAPS_SUBNET', 'error', 'cluster.podCidrExpansion');
  });
});

describe('R56: BYO CNI still needs a pod CIDR', () => {
  it('networkPlugin none without podCidrs → BYOCNI_POD_CIDR_REQUIRED (the 10.244.0.0/16 default is not applied)', () => {
    const report = evaluate(overlayPlan({ cluster: { networkPlugin: 'none' } }));
    const hit = expectFinding(report, 'BYOCNI_POD_CIDR_REQUIRED', 'error', 'cluster.podCidrs');
    expect(hit.rule).toBe('R56');
    expect(report.podRanges).toEqual([]);
    expect(report.defaultsApplied.map((d) => d.path)).not.toContain('cluster.podCidrs');
  });
  it('an empty podCidrs list counts as absent', () => {
    expectFinding(
      evaluate(overlayPlan({ cluster: { networkPlugin: 'none', podCidrs: [] } })),
      'BYOCNI_POD_CIDR_REQUIRED',
      'error',
      'cluster.podCidrs',
    );
  });
  it('with podCidrs → no finding; nodes take one node-subnet IP each', () => {
    const report = evaluate(overlayPlan({ cluster: { networkPlugin: 'none', podCidrs: ['10.244.0.0/16'] } }));
    expectNoProblems(report);
    expect(report.nodePools[0]?.ipsPerNode).toBe(1);
  });
  it.each(['overlay', 'kubenet'] as const)(
    '%s without podCidrs takes the documented default 10.244.0.0/16',
    (networkPlugin) => {
      const report = evaluate(overlayPlan({ cluster: { networkPlugin } }));
      expectNoFinding(report, 'BYOCNI_POD_CIDR_REQUIRED');
      expect(report.podRanges[0]?.cidr).toBe('10.244.0.0/16');
      expect(report.defaultsApplied.find((d) => d.path === 'cluster.podCidrs')?.value).toBe('10.244.0.0/16');
    },
  );
});
