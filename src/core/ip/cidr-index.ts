import type { IpFamily } from '../types.ts';
import type { Cidr } from './cidr.ts';
import { cidrLast, cidrMask, cidrsOverlap } from './cidr.ts';
import type { OverlapPair } from './overlap.ts';
import { cidrOrder, sortedOverlapPairs } from './overlap.ts';

/** Sets this small are scanned one by one (same results, less set-up than the index). */
const SCAN_BELOW = 64;

/** Order by family, network, prefix length (no probe object is made for a search). */
function compareTo(a: Cidr, family: IpFamily, network: bigint, prefixLength: number): number {
  if (a.family !== family) return a.family < family ? -1 : 1;
  if (a.network !== network) return a.network < network ? -1 : 1;
  return a.prefixLength - prefixLength;
}

/**
 * A fixed set of CIDRs, asked which of them overlap a given CIDR. CIDR networks are nested or
 * disjoint, so the members overlapping `q` are those containing it (at most one network per prefix
 * length, each a run of equal members found by binary search) and those inside it (a contiguous run
 * of the members sorted by network, found by binary search). A query costs O(L log n + listed) for
 * L distinct prefix lengths, however many members overlap: a hostile plan with thousands of identical
 * ranges stays fast.
 *
 * Members are kept as the given list, their CIDRs and one sorted list of positions: no object per
 * member, and nothing keyed by text or by bigint (a Map hashes a bigint by its low 64 bits only, so
 * IPv6 networks would all collide).
 *
 * @example new CidrIndex([a, b], (x) => x).overlapping(q, 10) // { items: members overlapping q, in set order; total }
 */
export class CidrIndex<T> {
  private readonly items: readonly T[];
  private readonly cidrs: readonly Cidr[];
  /** Positions in `items`, sorted by CIDR, ties by position; empty for a set scanned one by one. */
  private readonly sorted: number[] = [];
  /** For a set scanned one by one: each member's last address (a containment test then makes no bigint). */
  private readonly lasts: readonly bigint[] = [];
  /** Distinct prefix lengths per family, ascending. */
  private readonly lengths: Record<IpFamily, number[]> = { IPv4: [], IPv6: [] };

  constructor(items: readonly T[], cidrOf: (item: T) => Cidr) {
    this.items = items.slice();
    const cidrs = items.map(cidrOf);
    this.cidrs = cidrs;
    if (items.length < SCAN_BELOW) {
      this.lasts = cidrs.map(cidrLast);
      return;
    }
    this.sorted = cidrOrder(cidrs);
    const present: Record<IpFamily, boolean[]> = { IPv4: [], IPv6: [] };
    for (const cidr of cidrs) present[cidr.family][cidr.prefixLength] = true;
    for (const family of ['IPv4', 'IPv6'] as const)
      present[family].forEach((isPresent, length) => {
        if (isPresent) this.lengths[family].push(length);
      });
  }

  get size(): number {
    return this.items.length;
  }

  private cidrAt(rank: number): Cidr | undefined {
    const position = this.sorted[rank];
    return position === undefined ? undefined : this.cidrs[position];
  }

  /** First rank in `sorted` whose CIDR is not before (family, network, prefixLength). */
  private lowerBound(family: IpFamily, network: bigint, prefixLength: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const cidr = this.cidrAt(mid);
      if (cidr !== undefined && compareTo(cidr, family, network, prefixLength) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The run of members equal to (family, network, prefixLength): its first rank, and one past its end. */
  private equalRun(family: IpFamily, network: bigint, prefixLength: number): [number, number] {
    const from = this.lowerBound(family, network, prefixLength);
    let to = from;
    for (;;) {
      const cidr = this.cidrAt(to);
      if (cidr === undefined || compareTo(cidr, family, network, prefixLength) !== 0) break;
      to++;
    }
    return [from, to];
  }

  /**
   * Members overlapping `cidr` (containing it, equal to it or inside it): at most `limit` of them, in
   * the order they were given, and how many there are in all.
   */
  overlapping(cidr: Cidr, limit: number): { items: T[]; total: number } {
    if (this.sorted.length === 0) {
      const hits = this.items.filter((_, i) => cidrsOverlap(this.cidrs[i] as Cidr, cidr));
      return { items: hits.slice(0, limit), total: hits.length };
    }
    const picked: number[] = [];
    let total = 0;
    // Containing or equal: one network per prefix length ≤ cidr's.
    for (const length of this.lengths[cidr.family]) {
      if (length > cidr.prefixLength) break;
      const [from, to] = this.equalRun(cidr.family, cidr.network & cidrMask(cidr.family, length), length);
      total += to - from;
      for (let rank = from; rank < to && picked.length < limit; rank++) picked.push(this.sorted[rank] ?? 0);
    }
    // Strictly inside: same family, network within [first, last], longer prefix; contiguous when sorted.
    const from = this.lowerBound(cidr.family, cidr.network, cidr.prefixLength + 1);
    const to = this.lowerBound(cidr.family, cidrLast(cidr) + 1n, 0);
    total += Math.max(0, to - from);
    for (let rank = from; rank < to && picked.length < limit; rank++) picked.push(this.sorted[rank] ?? 0);
    picked.sort((a, b) => a - b);
    return { items: picked.map((position) => this.items[position] as T), total };
  }

  /**
   * Every overlapping pair of members, as cidrOverlapPairs gives them (same pairs, same order), from
   * the order the index already has: a set sorted once serves both the queries and the pairs.
   */
  overlapPairs(maxPerInner = Number.POSITIVE_INFINITY): OverlapPair<T>[] {
    const { cidrs, items } = this;
    const sorted = this.sorted.length > 0 ? this.sorted : cidrOrder(cidrs);
    return sortedOverlapPairs(sorted, (position) => cidrs[position] as Cidr, maxPerInner).map(
      ({ outer, inner, moreOuter }) =>
        moreOuter === undefined
          ? { outer: items[outer] as T, inner: items[inner] as T }
          : { outer: items[outer] as T, inner: items[inner] as T, moreOuter },
    );
  }

  /** True when a member contains `cidr` (or equals it). */
  hasContaining(cidr: Cidr): boolean {
    if (this.sorted.length === 0) {
      // Same family, a prefix no longer than cidr's, and cidr's network inside it: then it holds all of cidr.
      for (let i = 0; i < this.cidrs.length; i++) {
        const member = this.cidrs[i] as Cidr;
        if (
          member.family === cidr.family &&
          member.prefixLength <= cidr.prefixLength &&
          member.network <= cidr.network &&
          cidr.network <= (this.lasts[i] ?? -1n)
        )
          return true;
      }
      return false;
    }
    for (const length of this.lengths[cidr.family]) {
      if (length > cidr.prefixLength) return false;
      const network = cidr.network & cidrMask(cidr.family, length);
      const found = this.cidrAt(this.lowerBound(cidr.family, network, length));
      if (found !== undefined && compareTo(found, cidr.family, network, length) === 0) return true;
    }
    return false;
  }
}
