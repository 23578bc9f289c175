import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { evaluatePlan } from '../report/evaluate-plan.ts';
import type { Finding, PlanDocument } from '../types.ts';
import { cidrsOverlap, parseCidr } from '../ip/cidr.ts';
import type { Cidr } from '../ip/cidr.ts';
import { proposePlan } from './propose-plan.ts';
import { arbitraryProposablePlan } from '../../testing/propose-arbitraries.ts';

vi.setConfig({ testTimeout: 120_000 });

/** Warnings about a range's size or its overlaps: a clean proposal has none of them. */
const SIZE_OR_OVERLAP =
  /INSUFFICIENT|TOO_SMALL|TOO_LARGE|OVERLAP|IN_VNET_SPACE|PUBLIC|AT_AKS_DOC_LIMIT|OUTSIDE|NOT_64|NOT_DUAL|RESERVED|SUPERSET/;

function addressFindings(plan: PlanDocument): Finding[] {
  return evaluatePlan(plan).findings.filter(
    (f) => f.severity === 'error' || (f.severity === 'warning' && SIZE_OR_OVERLAP.test(f.code)),
  );
}

function get(doc: unknown, path: string): unknown {
  let at: unknown = doc;
  for (const part of path.split(/\.|\[|\]/).filter((p) => p !== '')) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

function cidrsIn(text: string): Cidr[] {
  return text
    .split(', ')
    .map((t) => parseCidr(t))
    .flatMap((p) => (p.ok ? [p.cidr] : []));
}

/** Every range of a plan with the path it sits at. */
function rangesOf(plan: PlanDocument): { path: string; cidr: Cidr }[] {
  const out: { path: string; cidr: Cidr }[] = [];
  const add = (path: string, texts: readonly string[] | undefined): void =>
    texts?.forEach((t, i) => {
      const p = parseCidr(t);
      if (p.ok) out.push({ path: `${path}[${i}]`, cidr: p.cidr });
    });
  plan.vnet?.subnets?.forEach((s, i) => add(`vnet.subnets[${i}].addressPrefixes`, s.addressPrefixes));
  plan.connectedNetworks?.forEach((n, i) =>
    add(`connectedNetworks[${i}].addressPrefixes`, n.addressPrefixes),
  );
  add('cluster.podCidrs', plan.cluster?.podCidrs);
  add('cluster.serviceCidrs', plan.cluster?.serviceCidrs);
  return out;
}

const RUNS = { numRuns: 300, seed: 17 };

describe('proposePlan laws over generated plans', () => {
  it('a proposal without findings evaluates with no error and no size or overlap warning', () => {
    let clean = 0;
    fc.assert(
      fc.property(arbitraryProposablePlan, fc.integer({ min: 0, max: 60 }), (plan, growth) => {
        const proposal = proposePlan(plan, { growthPercent: growth });
        if (proposal.findings.length > 0) return;
        clean += 1;
        expect(addressFindings(proposal.plan).map((f) => `${f.code} ${f.path ?? ''}: ${f.message}`)).toEqual(
          [],
        );
      }),
      RUNS,
    );
    expect(clean).toBeGreaterThan(RUNS.numRuns / 2);
  });

  it('is minimal: each changed subnet or IPv4 pod CIDR one prefix smaller fails a rule', () => {
    fc.assert(
      fc.property(arbitraryProposablePlan, (plan) => {
        const proposal = proposePlan(plan);
        if (proposal.findings.length > 0) return;
        const byo = plan.cluster?.networkPlugin === 'none';
        for (const change of proposal.changes) {
          const subnet = /^vnet\.subnets\[(\d+)\]\.addressPrefixes$/.exec(change.path);
          const isPod = change.path === 'cluster.podCidrs[0]' && !byo;
          if (subnet === null && !isPod) continue;
          const [first, ...rest] = change.to.split(', ');
          const parsed = parseCidr(first ?? '');
          if (!parsed.ok || parsed.cidr.family !== 'IPv4') continue;
          const smaller = `${first?.split('/')[0] ?? ''}/${parsed.cidr.prefixLength + 1}`;
          const shrunk = structuredClone(proposal.plan);
          if (subnet !== null) {
            const target = shrunk.vnet?.subnets?.[Number(subnet[1])];
            if (target !== undefined) target.addressPrefixes = [smaller, ...rest];
          } else if (shrunk.cluster?.podCidrs !== undefined) {
            shrunk.cluster.podCidrs[0] = smaller;
          }
          const where = subnet !== null ? `vnet.subnets[${subnet[1]}]` : 'cluster.podCidrs[0]';
          const failing = addressFindings(shrunk).filter((f) => (f.path ?? '').startsWith(where));
          expect(failing.length, `${change.path} ${change.to} → ${smaller}`).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150, seed: 17 },
    );
  });

  it('leaves fixed fields untouched', () => {
    const fixable = [
      'vnet.subnets[0]',
      'vnet.subnets[1].addressPrefixes',
      'cluster.serviceCidrs',
      'cluster.podCidrs[0]',
      'vnet.addressSpace',
    ];
    fc.assert(
      fc.property(arbitraryProposablePlan, fc.subarray(fixable), (plan, fixed) => {
        const proposal = proposePlan(plan, { fixed });
        for (const path of fixed) expect(get(proposal.plan, path)).toEqual(get(plan, path));
        for (const change of proposal.changes)
          for (const path of fixed) expect(change.path.startsWith(path)).toBe(false);
      }),
      RUNS,
    );
  });

  it('proposes nothing that overlaps anything else in the plan', () => {
    fc.assert(
      fc.property(arbitraryProposablePlan, (plan) => {
        const proposal = proposePlan(plan);
        if (proposal.findings.length > 0) return;
        const all = rangesOf(proposal.plan);
        for (const change of proposal.changes) {
          if (!/addressPrefixes$|podCidrs\[|serviceCidrs\[/.test(change.path)) continue;
          for (const cidr of cidrsIn(change.to)) {
            const clash = all.filter((r) => !r.path.startsWith(change.path) && cidrsOverlap(r.cidr, cidr));
            expect(
              clash.map((c) => c.path),
              `${change.path} ${change.to}`,
            ).toEqual([]);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input, and never changes the input', () => {
    fc.assert(
      fc.property(arbitraryProposablePlan, fc.integer({ min: 0, max: 50 }), (plan, growth) => {
        const before = JSON.stringify(plan);
        const a = proposePlan(plan, { growthPercent: growth });
        const b = proposePlan(structuredClone(plan), { growthPercent: growth });
        expect(JSON.stringify(plan)).toBe(before);
        expect(b).toEqual(a);
      }),
      { numRuns: 100, seed: 17 },
    );
  });
});
