import { describe, expect, it, vi } from 'vitest';

// Thousands of generated plans per law: allow for a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });
import fc from 'fast-check';
import { cidrContains, cidrsOverlap, formatCidr, parseCidr } from './ip/cidr.ts';
import { evaluatePlan } from './report/evaluate-plan.ts';
import { parsePlanDocument } from './plan/parse-plan-document.ts';
import { surgeNodeCount } from './model/surge.ts';
import { podNodeBlocks, subnetUsableAddresses } from './model/capacity.ts';
import { arbitraryCidr, arbitraryIpv4Cidr, arbitraryPlan } from '../testing/plan-arbitraries.ts';
import type { PlanReport } from './types.ts';

function checkReportShape(report: PlanReport): void {
  expect(report.findings.some((f) => f.code === 'INTERNAL_ERROR')).toBe(false);
  for (const f of report.findings) {
    expect(f.code).toMatch(/^[A-Z0-9_]+$/);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
  }
  expect(report.valid).toBe(!report.findings.some((f) => f.severity === 'error'));
}

describe('laws of the IP arithmetic', () => {
  it('overlap is symmetric', () => {
    fc.assert(
      fc.property(arbitraryCidr, arbitraryCidr, (a, b) => cidrsOverlap(a, b) === cidrsOverlap(b, a)),
      { numRuns: 2000 },
    );
  });

  it('containment implies overlap, and mutual containment means equality', () => {
    fc.assert(
      fc.property(arbitraryCidr, arbitraryCidr, (a, b) => {
        if (cidrContains(a, b)) expect(cidrsOverlap(a, b)).toBe(true);
        if (cidrContains(a, b) && cidrContains(b, a)) expect(a).toEqual(b);
      }),
      { numRuns: 2000 },
    );
  });

  it('for prefixes, overlap means one contains the other', () => {
    fc.assert(
      fc.property(
        arbitraryCidr,
        arbitraryCidr,
        (a, b) => cidrsOverlap(a, b) === (cidrContains(a, b) || cidrContains(b, a)),
      ),
      { numRuns: 2000 },
    );
  });

  it('parse(format(cidr)) is the same network, with no host bits', () => {
    fc.assert(
      fc.property(arbitraryCidr, (cidr) => {
        const parsed = parseCidr(formatCidr(cidr));
        expect(parsed.ok && parsed.cidr).toEqual(cidr);
        expect(parsed.ok && parsed.hostBitsSet).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseCidr never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => void parseCidr(text)),
      { numRuns: 2000 },
    );
  });

  it('a pod CIDR one bit shorter holds twice the /24 blocks; usable = size − 5', () => {
    fc.assert(
      fc.property(arbitraryIpv4Cidr, (cidr) => {
        if (cidr.prefixLength >= 1 && cidr.prefixLength <= 24) {
          const wider = { ...cidr, prefixLength: cidr.prefixLength - 1 };
          expect(podNodeBlocks(wider, 24)).toBe(2n * podNodeBlocks(cidr, 24));
        }
        if (cidr.prefixLength <= 29)
          expect(subnetUsableAddresses(cidr)).toBe((1n << BigInt(32 - cidr.prefixLength)) - 5n);
      }),
    );
  });

  it('surge nodes are at most the pool and equal the exact rational ceiling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100 }), (n, p) => {
        const surge = surgeNodeCount(n, { kind: 'percent', percent: p });
        expect(surge).toBeLessThanOrEqual(n);
        // ceil(n·p/100) exactly: the smallest s with 100·s ≥ n·p (floor, then step up once)
        let exact = Math.floor((n * p) / 100);
        if (exact * 100 < n * p) exact += 1;
        expect(surge).toBe(Math.min(exact, n));
      }),
    );
  });
});

describe('evaluatePlan and parsePlanDocument never throw', () => {
  it('on generated plan documents', () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => checkReportShape(evaluatePlan(plan))),
      { numRuns: 1500 },
    );
  });

  it('on arbitrary JSON values, through the parser', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const { plan, findings } = parsePlanDocument(json);
        for (const f of findings) expect(f.code).toMatch(/^PLAN_/);
        checkReportShape(evaluatePlan(plan));
      }),
      { numRuns: 1500 },
    );
  });

  it('on generated documents mutated with wrong types, and on raw text', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.anything(), fc.string(), (plan, junk, text) => {
        const mutated = JSON.parse(
          JSON.stringify({ ...plan, cluster: { ...plan.cluster, tier: junk } }) ?? 'null',
        ) as unknown;
        checkReportShape(evaluatePlan(parsePlanDocument(mutated).plan));
        checkReportShape(evaluatePlan(parsePlanDocument(text).plan));
      }),
      { numRuns: 500 },
    );
  });

  it('a parsed plan re-parses to itself with no findings (idempotent)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const once = parsePlanDocument(json).plan;
        const twice = parsePlanDocument(JSON.parse(JSON.stringify(once)));
        expect(twice.plan).toEqual(once);
        expect(twice.findings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
