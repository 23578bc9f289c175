import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cidrOrder, cidrOverlapPairs, sortedOverlapPairs } from './overlap.ts';
import type { Cidr } from './cidr.ts';
import { cidrContains, cidrOf, cidrsOverlap } from './cidr.ts';

const pairKey = (a: number, b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);

function bruteForce(cidrs: Cidr[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < cidrs.length; i++) {
    for (let j = i + 1; j < cidrs.length; j++) {
      const a = cidrs[i];
      const b = cidrs[j];
      if (a !== undefined && b !== undefined && cidrsOverlap(a, b)) out.add(pairKey(i, j));
    }
  }
  return out;
}

const arbitraryCidr: fc.Arbitrary<Cidr> = fc.oneof(
  fc
    .record({ value: fc.bigInt(0n, 2n ** 32n - 1n), prefix: fc.integer({ min: 0, max: 32 }) })
    .map(({ value, prefix }) => {
      const host = 32n - BigInt(prefix);
      return { family: 'IPv4' as const, network: (value >> host) << host, prefixLength: prefix };
    }),
  fc
    .record({ value: fc.bigInt(0n, 2n ** 128n - 1n), prefix: fc.integer({ min: 0, max: 128 }) })
    .map(({ value, prefix }) => {
      const host = 128n - BigInt(prefix);
      return { family: 'IPv6' as const, network: (value >> host) << host, prefixLength: prefix };
    }),
);

describe('cidrOverlapPairs', () => {
  it('doc example: finds the contained pair and names outer and inner', () => {
    const items = [
      { name: 'a', cidr: cidrOf('10.0.0.0/16') },
      { name: 'b', cidr: cidrOf('10.1.0.0/16') },
      { name: 'c', cidr: cidrOf('10.0.4.0/24') },
    ];
    const pairs = cidrOverlapPairs(items, (x) => x.cidr);
    expect(pairs.map((p) => `${p.outer.name}>${p.inner.name}`)).toEqual(['a>c']);
  });

  it('equal networks and nested chains', () => {
    const cidrs = ['10.0.0.0/8', '10.0.0.0/16', '10.0.0.0/24', '10.0.0.0/24', '10.0.1.0/24'].map(cidrOf);
    expect(cidrOverlapPairs(cidrs, (c) => c)).toHaveLength(4 + 3 + 1); // /8 holds the other 4; /16 holds 3; the two equal /24s overlap
  });

  it('agrees with the pairwise definition (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCidr, { maxLength: 30 }), (cidrs) => {
        const indexed = cidrs.map((cidr, index) => ({ cidr, index }));
        const fast = new Set(
          cidrOverlapPairs(indexed, (x) => x.cidr).map((p) => pairKey(p.outer.index, p.inner.index)),
        );
        expect(fast).toEqual(bruteForce(cidrs));
        for (const p of cidrOverlapPairs(indexed, (x) => x.cidr))
          expect(cidrContains(p.outer.cidr, p.inner.cidr)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cidrOrder', () => {
  it('doc example: IPv4 first, then by network and prefix length', () => {
    expect(cidrOrder([cidrOf('fd00::/64'), cidrOf('10.1.0.0/16'), cidrOf('10.0.0.0/16')])).toEqual([2, 1, 0]);
  });

  it('is a stable sort by family, network and prefix length (property)', () => {
    fc.assert(
      fc.property(fc.array(arbitraryCidr, { maxLength: 40 }), (cidrs) => {
        const expected = cidrs
          .map((cidr, i) => ({ cidr, i }))
          .sort(
            (a, b) =>
              (a.cidr.family === b.cidr.family ? 0 : a.cidr.family < b.cidr.family ? -1 : 1) ||
              (a.cidr.network === b.cidr.network ? 0 : a.cidr.network < b.cidr.network ? -1 : 1) ||
              a.cidr.prefixLength - b.cidr.prefixLength,
          )
          .map((e) => e.i);
        expect(cidrOrder(cidrs)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sortedOverlapPairs', () => {
  it('doc example: the sweep alone, on items already in order', () => {
    const a = cidrOf('10.0.0.0/8');
    const b = cidrOf('10.1.0.0/16');
    expect(sortedOverlapPairs([a, b], (x) => x)).toEqual([{ outer: a, inner: b }]);
  });
});

export { arbitraryCidr };
