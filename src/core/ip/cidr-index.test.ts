import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CidrIndex } from './cidr-index.ts';
import type { Cidr } from './cidr.ts';
import { cidrOf, cidrsOverlap } from './cidr.ts';
import { cidrOverlapPairs } from './overlap.ts';

/** Networks that nest and repeat often: a few prefix lengths around a few bases, in both families. */
const nestedCidr: fc.Arbitrary<Cidr> = fc
  .record({
    family: fc.constantFrom('IPv4' as const, 'IPv6' as const),
    base: fc.nat({ max: 3 }),
    offset: fc.nat({ max: 255 }),
    prefix: fc.constantFrom(0, 8, 16, 22, 24, 30, 32, 48, 64, 128),
  })
  .map(({ family, base, offset, prefix }) => {
    const bits = family === 'IPv4' ? 32 : 128;
    const p = Math.min(prefix, bits);
    const value = (BigInt(10 + base) << BigInt(bits - 8)) | (BigInt(offset) << BigInt(bits - 24));
    const host = BigInt(bits - p);
    return { family, network: (value >> host) << host, prefixLength: p };
  });

/**
 * A scan of every member. Past `limit`, the members listed are the first ones in a set of fewer than
 * 64; in a larger (indexed) set, those containing `q` (shortest prefix first), then those inside it
 * (by network, then prefix), ties in set order. Either way they are listed in set order.
 */
function bruteOverlapping(items: readonly Cidr[], q: Cidr, limit: number) {
  const hits = items.map((cidr, order) => ({ cidr, order })).filter((e) => cidrsOverlap(e.cidr, q));
  if (items.length < 64) return { items: hits.slice(0, limit).map((e) => e.cidr), total: hits.length };
  const containing = hits
    .filter((e) => e.cidr.prefixLength <= q.prefixLength)
    .sort((a, b) => a.cidr.prefixLength - b.cidr.prefixLength || a.order - b.order);
  const inside = hits
    .filter((e) => e.cidr.prefixLength > q.prefixLength)
    .sort(
      (a, b) =>
        (a.cidr.network < b.cidr.network ? -1 : a.cidr.network > b.cidr.network ? 1 : 0) ||
        a.cidr.prefixLength - b.cidr.prefixLength ||
        a.order - b.order,
    );
  const picked = [...containing, ...inside].slice(0, limit).sort((a, b) => a.order - b.order);
  return { items: picked.map((e) => e.cidr), total: hits.length };
}

describe('CidrIndex', () => {
  it('doc example: the members overlapping a network, in set order, and how many', () => {
    const a = cidrOf('10.0.0.0/8');
    const b = cidrOf('10.1.0.0/16');
    const index = new CidrIndex([a, b, cidrOf('192.168.0.0/16')], (x) => x);
    expect(index.overlapping(cidrOf('10.1.2.0/24'), 10)).toEqual({ items: [a, b], total: 2 });
    expect(index.overlapping(cidrOf('10.0.0.0/8'), 1)).toEqual({ items: [a], total: 2 });
    expect(index.hasContaining(cidrOf('10.1.0.0/16'))).toBe(true);
    expect(index.hasContaining(cidrOf('11.0.0.0/8'))).toBe(false);
  });

  it('answers as a scan of every member does, for small and large sets', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(nestedCidr, { maxLength: 20 }),
          fc.array(nestedCidr, { minLength: 64, maxLength: 300 }),
        ),
        fc.array(nestedCidr, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(1, 3, 1000),
        (members, queries, limit) => {
          const index = new CidrIndex(members, (x) => x);
          expect(index.size).toBe(members.length);
          for (const q of queries) {
            const got = index.overlapping(q, limit);
            const want = bruteOverlapping(members, q, limit);
            expect(got.total).toBe(want.total);
            expect(got.items).toEqual(want.items);
            expect(index.hasContaining(q)).toBe(
              members.some((m) => m.prefixLength <= q.prefixLength && cidrsOverlap(m, q)),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lists identical members once each, in set order', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ i, cidr: cidrOf('10.0.0.0/24') }));
    const index = new CidrIndex(items, (x) => x.cidr);
    const got = index.overlapping(cidrOf('10.0.0.0/16'), 3);
    expect(got.total).toBe(100);
    expect(got.items.map((x) => x.i)).toEqual([0, 1, 2]);
  });

  it('gives the overlapping pairs of its members as cidrOverlapPairs does, in the same order', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(nestedCidr, { maxLength: 20 }),
          fc.array(nestedCidr, { minLength: 64, maxLength: 200 }),
        ),
        fc.constantFrom(1, 3, Number.POSITIVE_INFINITY),
        (members, max) => {
          const items = members.map((cidr, i) => ({ i, cidr }));
          const index = new CidrIndex(items, (x) => x.cidr);
          expect(index.overlapPairs(max)).toEqual(cidrOverlapPairs(items, (x) => x.cidr, max));
        },
      ),
      { numRuns: 200 },
    );
  });
});
