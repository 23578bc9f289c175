import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { decodePlan, encodePlan } from './plan-codec.ts';
import { MAX_SHARE_QUERY_LENGTH } from './share-grammar.ts';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import { arbitraryPlan } from '../../testing/plan-arbitraries.ts';
import type { DecodedPlan } from './plan-codec.ts';
import type { PlanDocument } from '../types.ts';

// Thousands of generated plans per law: allow for a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

/** True when parsePlanDocument takes the plan exactly as it is (no finding, nothing changed). */
function acceptedUnchanged(plan: PlanDocument): boolean {
  const parsed = parsePlanDocument(plan);
  return parsed.findings.length === 0 && fc.stringify(parsed.plan) === fc.stringify(plan);
}

/** Plans from the generator, and the same plans after the parser has dropped what it rejects. */
const acceptedPlans = fc
  .oneof(
    arbitraryPlan,
    arbitraryPlan.map((plan) => parsePlanDocument(plan).plan),
  )
  .filter(acceptedUnchanged);

/** Plans whose free text is any well-formed Unicode (the generator's strings are ASCII). */
const unicodeText = fc.string({ unit: 'grapheme', maxLength: 60 });
const unicodePlans = fc
  .tuple(acceptedPlans, unicodeText, unicodeText, unicodeText, unicodeText)
  .map(([plan, title, notes, poolName, prefix]): PlanDocument => ({
    ...plan,
    title,
    notes,
    cluster: { ...plan.cluster, name: poolName, podCidrs: [prefix] },
    nodePools: [{ ...plan.nodePools[0], name: poolName }, ...plan.nodePools.slice(1)],
    connectedNetworks: [{ name: title, kind: 'other', addressPrefixes: [prefix, poolName] }],
  }))
  .filter(acceptedUnchanged);

/** What every decode must give, whatever the input: a clean plan document and well-formed findings. */
function checkDecoded(decoded: DecodedPlan): void {
  const reparsed = parsePlanDocument(decoded.plan);
  expect(reparsed.findings).toEqual([]);
  expect(reparsed.plan).toEqual(decoded.plan);
  for (const f of decoded.findings) {
    expect(f.code).toMatch(/^(SHARE|PLAN)_[A-Z_]+$/);
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(10);
  }
}

describe('laws of the share-link codec', () => {
  it('decode(encode(plan)) equals the plan, with no findings, for every plan the parser accepts unchanged', () => {
    fc.assert(
      fc.property(acceptedPlans, (plan) => {
        expect(decodePlan(encodePlan(plan))).toEqual({ plan, findings: [], version: 1 });
      }),
      { numRuns: 2000 },
    );
  });

  it('the law holds for Unicode titles, notes, names and prefixes', () => {
    fc.assert(
      fc.property(unicodePlans, (plan) => {
        expect(decodePlan(encodePlan(plan))).toEqual({ plan, findings: [], version: 1 });
      }),
      { numRuns: 1000 },
    );
  });

  it('encode(decode(link)) is stable: a decoded link encodes to a link that decodes to the same plan', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const once = decodePlan(text).plan;
        expect(decodePlan(encodePlan(once)).plan).toEqual(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any string, and always gives a clean plan document', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })),
        (text) => {
          checkDecoded(decodePlan(text));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never throws on mutated links: characters of the grammar inserted, text cut out, case changed', () => {
    const grammarChar = fc.constantFrom(
      '&',
      '=',
      '~',
      ':',
      ',',
      '*',
      '%',
      '+',
      "'",
      '#',
      '?',
      '%2',
      '%ZZ',
      'pool=',
      'v=',
    );
    const mutation = fc.oneof(
      fc.record({ at: fc.nat(), insert: grammarChar }),
      fc.record({ at: fc.nat(), cut: fc.integer({ min: 1, max: 20 }) }),
      fc.record({ at: fc.nat(), upper: fc.integer({ min: 1, max: 20 }) }),
    );
    fc.assert(
      fc.property(acceptedPlans, fc.array(mutation, { minLength: 1, maxLength: 6 }), (plan, mutations) => {
        let link = encodePlan(plan);
        for (const m of mutations) {
          const at = m.at % (link.length + 1);
          if ('insert' in m) link = link.slice(0, at) + m.insert + link.slice(at);
          else if ('cut' in m) link = link.slice(0, at) + link.slice(at + m.cut);
          else
            link = link.slice(0, at) + link.slice(at, at + m.upper).toUpperCase() + link.slice(at + m.upper);
        }
        checkDecoded(decodePlan(link));
      }),
      { numRuns: 2000 },
    );
  });
});

/** Runs `fn` and returns its result with the milliseconds it took. */
function timed<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
}

describe('hostile links stay fast and bounded', () => {
  it('a 1 MB parameter is left out (SHARE_TOO_LONG) and every parameter before it is read', () => {
    const [decoded, ms] = timed(() => decodePlan(`v=1&k8s=1.33&title=${'x'.repeat(1_048_576)}`));
    expect(ms).toBeLessThan(1_000);
    expect(decoded.plan).toEqual({ schemaVersion: 1, cluster: { kubernetesVersion: '1.33' }, nodePools: [] });
    expect(decoded.findings.map((f) => f.code)).toEqual(['SHARE_TOO_LONG']);
    expect(decoded.findings[0]?.message).toContain('500,000');
  });

  it('a long text value under the link cap is dropped by its own limit without decoding it all', () => {
    const [decoded, ms] = timed(() => decodePlan(`v=1&title=${'%41'.repeat(100_000)}&k8s=1.33`));
    expect(ms).toBeLessThan(1_000);
    expect(decoded.plan).toEqual({ schemaVersion: 1, cluster: { kubernetesVersion: '1.33' }, nodePools: [] });
    expect(decoded.findings.map((f) => `${f.code}@${f.path}`)).toEqual(['SHARE_TOO_LONG@title']);
  });

  it('a 10,000-pool link decodes every pool within limits', () => {
    const link = `v=1&${Array.from({ length: 10_000 }, (_, i) => `pool=p${i}~count:3`).join('&')}`;
    const [decoded, ms] = timed(() => decodePlan(link));
    expect(ms).toBeLessThan(2_000);
    expect(decoded.plan.nodePools).toHaveLength(10_000);
    expect(decoded.plan.nodePools[9_999]).toEqual({ name: 'p9999', count: 3 });
    expect(decoded.findings).toEqual([]);
  });

  it('pools beyond the plan file limit (10,000) are left out with SHARE_TOO_LONG', () => {
    const link = `v=1&${Array.from({ length: 12_000 }, () => 'pool=a').join('&')}`;
    const decoded = decodePlan(link);
    expect(decoded.plan.nodePools).toHaveLength(10_000);
    expect(decoded.findings.map((f) => `${f.code}@${f.path}`)).toEqual(['SHARE_TOO_LONG@pool']);
  });

  it(`a 10 MB link is cut at ${MAX_SHARE_QUERY_LENGTH.toLocaleString('en-US')} characters, at a parameter boundary`, () => {
    const link = `v=1&k8s=1.33&${'zz=1&'.repeat(2_000_000)}`;
    const [decoded, ms] = timed(() => decodePlan(link));
    expect(ms).toBeLessThan(2_000);
    expect(decoded.plan.cluster).toEqual({ kubernetesVersion: '1.33' });
    expect(decoded.findings[0]?.code).toBe('SHARE_TOO_LONG');
  });

  it('lists at most 50 problems, then says how many more there are', () => {
    const decoded = decodePlan(`v=1&${'x=1&'.repeat(1_000)}`);
    expect(decoded.findings).toHaveLength(51);
    expect(decoded.findings.at(-1)?.code).toBe('SHARE_MORE_FINDINGS');
    expect(decoded.findings.at(-1)?.message).toContain('950 more');
  });
});
