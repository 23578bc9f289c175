/**
 * Plans built to be slow (found by the fuzzer, src/testing/fuzz-checks.ts): thousands of identical or
 * nested ranges. Every overlap is still reported, but a range lists at most a few of the ranges it
 * overlaps and says how many more there are, so the findings grow with the plan, not with the number
 * of overlapping pairs (2,000 identical subnets used to give 2 million findings and take seconds).
 */
import { describe, expect, it } from 'vitest';
import type { Finding, PlanReport } from '../types.ts';
import { evaluate, overlayPlan, subnet } from '../../testing/test-plans.ts';
import { cidrOf } from '../ip/cidr.ts';
import { cidrOverlapPairs } from '../ip/overlap.ts';
import { planHeadroom } from '../analyses/headroom.ts';
import { comparePlugins } from '../analyses/compare-plugins.ts';
import { evaluatePlan } from './evaluate-plan.ts';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { evaluate as evaluationOf } from './evaluate-plan.ts';

const at = (report: PlanReport, code: string, path?: string): Finding[] =>
  report.findings.filter((f) => f.code === code && (path === undefined || f.path === path));

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('hostile plans: overlap findings grow with the plan, not with the pairs', () => {
  it('2,000 identical subnet prefixes: each pairs with at most 3 of the ranges holding it', () => {
    const cidr = cidrOf('10.224.0.0/24');
    const pairs = cidrOverlapPairs(
      times(2_000, (i) => ({ i, cidr })),
      (x) => x.cidr,
      3,
    );
    expect(pairs).toHaveLength(1 + 2 + 3 * 1_997); // was 1,999,000 (every pair)
    expect(pairs.at(-1)).toMatchObject({ inner: { i: 1_999 }, moreOuter: 1_996 });
  });

  it('2,000 subnets with the same prefix: reported (100 listed, the rest counted), in well under a second', () => {
    const started = performance.now();
    const report = evaluate(
      overlayPlan({
        vnet: { subnets: times(2_000, (i) => subnet(`s${i}`, '10.224.0.0/24', { purpose: 'other' })) },
      }),
    );
    const elapsed = performance.now() - started;
    const overlaps = at(report, 'SUBNETS_OVERLAP');
    expect(overlaps).toHaveLength(101);
    expect(overlaps[8]?.message).toContain('It also overlaps 1 more'); // s4: 3 of the 4 before it
    expect(overlaps.at(-1)?.message).toContain('5,894 more SUBNETS_OVERLAP findings');
    expect(elapsed).toBeLessThan(2_000); // was about 3 s (2 million findings)
  });

  it('1,000 identical VNet address spaces: at most 3 VNET_SPACE_OVERLAP findings each', () => {
    const report = evaluate(overlayPlan({ vnet: { addressSpace: times(1_000, () => '10.224.0.0/12') } }));
    expect(at(report, 'VNET_SPACE_OVERLAP')).toHaveLength(101);
    expect(at(report, 'VNET_SPACE_OVERLAP').at(-1)?.message).toContain('2,894 more'); // 1 + 2 + 3 × 997 in all
  });

  it('3,000 connected networks over the VNet space: 3 findings name them, the last counts the rest', () => {
    const report = evaluate(
      overlayPlan({
        connectedNetworks: times(3_000, (i) => ({
          name: `peer-${i}`,
          kind: 'peering' as const,
          addressPrefixes: [i % 2 === 0 ? '10.224.0.0/12' : `10.230.${i % 256}.0/24`],
        })),
      }),
    );
    const space = at(report, 'OVERLAPS_CONNECTED_NETWORK', 'vnet.addressSpace[0]');
    expect(space).toHaveLength(3);
    expect(space[0]?.message).toContain('peer-0');
    expect(space[2]?.message).toContain('2,997 more');
  });

  it('a pod CIDR holding 2,000 subnets: 3 findings name them, the last counts the rest', () => {
    const report = evaluate(
      overlayPlan({
        cluster: { podCidrs: ['10.224.0.0/12'] },
        vnet: {
          subnets: times(2_000, (i) =>
            subnet(`s${i}`, `10.${224 + (i >> 8)}.${i & 255}.0/24`, { purpose: 'other' }),
          ),
        },
      }),
    );
    const pod = at(report, 'POD_CIDR_OVERLAPS_SUBNET', 'cluster.podCidrs[0]');
    expect(pod).toHaveLength(3);
    expect(pod[2]?.message).toContain('1,997 more');
  });

  it('1,000 address spaces against 10,000 connected networks stay fast', () => {
    const started = performance.now();
    const report = evaluate(
      overlayPlan({
        vnet: { addressSpace: times(1_000, (i) => `10.${224 + (i >> 8)}.${i & 255}.0/24`) },
        connectedNetworks: times(10_000, (i) => ({
          name: `n${i}`,
          kind: 'vpn' as const,
          addressPrefixes: [`172.${16 + (i >> 8)}.${i & 255}.0/24`], // 172.16.0.0/24 … 172.55.15.0/24
        })),
      }),
    );
    expect(report.findings.some((f) => f.code === 'INTERNAL_ERROR')).toBe(false);
    expect(performance.now() - started).toBeLessThan(500); // 10 million pair checks took about 1.3 s
  });
});

describe('hostile plans: thousands of subnets', () => {
  it('10,000 subnets without a prefix: one SUBNET_NO_PREFIX each, in linear time (it was quadratic)', () => {
    const started = performance.now();
    const report = evaluate(
      overlayPlan({ vnet: { subnets: times(10_000, (i) => ({ name: `s${i}`, addressPrefixes: [] })) } }),
    );
    expect(at(report, 'SUBNET_NO_PREFIX')).toHaveLength(101);
    expect(at(report, 'SUBNET_NO_PREFIX')[100]?.message).toContain('9,900 more SUBNET_NO_PREFIX findings');
    expect(performance.now() - started).toBeLessThan(1_500); // about 10 s before
  });
});

describe('hostile plans: thousands of node pools (a 10,000-pool link)', () => {
  const manyPools = (n: number) =>
    overlayPlan({
      cluster: { podCidrs: ['100.64.0.0/10'] },
      vnet: { addressSpace: ['10.0.0.0/8'], subnets: [subnet('snet-nodes', '10.0.0.0/9')] },
      nodePools: times(n, (i) => ({ name: `p${i}`, mode: i === 0 ? 'System' : 'User', count: i % 2 })),
    });

  it('planHeadroom grows linearly with the pools (it was quadratic: 20,000 pools took 8 s)', () => {
    const evaluation = evaluationOf(manyPools(20_000)); // the page's one evaluation: not headroom's cost
    const started = performance.now();
    const headroom = planHeadroom(evaluation);
    expect(headroom.pools).toHaveLength(20_000);
    expect(headroom.pools[5]?.limits.find((l) => l.resource === 'podCidr')?.maxNodes).toBe(
      2 ** 14 - 9_999, // 16,384 /24 blocks in 100.64.0.0/10, less the other pools' 9,999 nodes (pool 5 has 1)
    );
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('comparePlugins of 10,000 pools takes well under a second per plugin (it was 6.6 s in all)', () => {
    const evaluation = evaluationOf(manyPools(10_000)); // the page's one evaluation: not the comparison's cost
    const started = performance.now();
    expect(comparePlugins(evaluation).length).toBeGreaterThan(2);
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('hostile plans: thousands of findings of one kind', () => {
  it('10,000 pools with one name: 100 POOL_NAME_DUPLICATE findings listed, then one that counts the rest', () => {
    const report = evaluate(
      overlayPlan({ nodePools: times(10_000, () => ({ name: 'apps', mode: 'System' as const, count: 1 })) }),
    );
    const duplicates = at(report, 'POOL_NAME_DUPLICATE');
    expect(duplicates).toHaveLength(101);
    expect(duplicates.slice(0, 100).every((f) => f.path?.startsWith('nodePools['))).toBe(true);
    expect(duplicates[100]?.path).toBeUndefined();
    expect(duplicates[100]?.severity).toBe('error');
    expect(duplicates[100]?.message).toContain('9,899 more POOL_NAME_DUPLICATE findings');
    expect(report.valid).toBe(false);
  });

  it('a capped code still counts for the rules that ask whether a path has an error', () => {
    // 150 subnets outside the VNet space: the first 100 are listed, the rest counted; none is lost.
    const report = evaluate(
      overlayPlan({
        vnet: {
          subnets: times(150, (i) => subnet(`s${i}`, `192.168.${i}.0/24`, { purpose: 'other' })),
        },
      }),
    );
    expect(at(report, 'SUBNET_OUTSIDE_VNET')).toHaveLength(101);
    expect(at(report, 'SUBNET_OUTSIDE_VNET').at(-1)?.message).toContain('50 more');
  });
});

describe('plan files with required fields missing (found by the fuzzer)', () => {
  it('a subnet without a name is evaluated (as an empty name), not an internal error', () => {
    const { plan, findings } = parsePlanDocument({
      schemaVersion: 1,
      vnet: { name: 'vnet', addressSpace: ['10.0.0.0/16'], subnets: [{ addressPrefixes: ['10.0.0.0/24'] }] },
      // The pool's podSubnet keeps `undefined` out of the names used as pod subnets, so the nameless
      // subnet is the pool's node subnet (and its name is checked as a label: the crash).
      nodePools: [{ name: 'system', count: 3, podSubnet: 'pods' }],
    });
    expect(findings.map((f) => `${f.code} ${f.path}`)).toEqual(['PLAN_MISSING_FIELD vnet.subnets[0].name']);
    const report = evaluatePlan(plan);
    expect(report.findings.map((f) => f.code)).not.toContain('INTERNAL_ERROR');
    expect(report.subnets[0]?.name).toBe('');
  });
});
