import type { Cidr } from './cidr.ts';
import { cidrLast, cidrsOverlap } from './cidr.ts';

interface Entry<T> {
  item: T;
  cidr: Cidr;
  order: number;
}

/** Sets this small are scanned one by one (same results, less set-up than the index). */
const SCAN_BELOW = 64;

function compare(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family < b.family ? -1 : 1;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.prefixLength - b.prefixLength;
}

const key = (family: string, network: bigint, prefixLength: number): string =>
  `${family}|${network.toString(16)}|${prefixLength}`;

const hostBits = (family: string): bigint => (family === 'IPv4' ? 32n : 128n);

/**
 * A fixed set of CIDRs, asked which of them overlap a given CIDR. CIDR networks are nested or
 * disjoint, so the members overlapping `q` are those containing it (at most one network per prefix
 * length, found by lookup) and those inside it (a contiguous run of the members sorted by network,
 * found by binary search). A query costs O(L + log n + listed) for L distinct prefix lengths, however
 * many members overlap: a hostile plan with thousands of identical ranges stays fast.
 *
 * @example new CidrIndex([a, b], (x) => x).overlapping(q, 10) // { items: members overlapping q, in set order; total }
 */
export class CidrIndex<T> {
  private readonly entries: Entry<T>[];
  private readonly sorted: Entry<T>[] = [];
  private readonly exact = new Map<string, Entry<T>[]>();
  /** Distinct prefix lengths per family, ascending. */
  private readonly lengths = new Map<string, number[]>();

  constructor(items: readonly T[], cidrOf: (item: T) => Cidr) {
    this.entries = items.map((item, order) => ({ item, cidr: cidrOf(item), order }));
    if (this.entries.length < SCAN_BELOW) return;
    this.sorted = [...this.entries].sort((a, b) => compare(a.cidr, b.cidr) || a.order - b.order);
    const lengths = new Map<string, Set<number>>();
    for (const entry of this.sorted) {
      const { family, network, prefixLength } = entry.cidr;
      const k = key(family, network, prefixLength);
      const list = this.exact.get(k);
      if (list === undefined) this.exact.set(k, [entry]);
      else list.push(entry);
      const set = lengths.get(family) ?? new Set<number>();
      set.add(prefixLength);
      lengths.set(family, set);
    }
    for (const [family, set] of lengths)
      this.lengths.set(
        family,
        [...set].sort((a, b) => a - b),
      );
  }

  get size(): number {
    return this.entries.length;
  }

  /** First index in `sorted` whose CIDR is not before (family, network, prefixLength). */
  private lowerBound(family: string, network: bigint, prefixLength: number): number {
    const probe: Cidr = { family: family as Cidr['family'], network, prefixLength };
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const entry = this.sorted[mid];
      if (entry !== undefined && compare(entry.cidr, probe) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Members overlapping `cidr` (containing it, equal to it or inside it): at most `limit` of them, in
   * the order they were given, and how many there are in all.
   */
  overlapping(cidr: Cidr, limit: number): { items: T[]; total: number } {
    if (this.sorted.length === 0) {
      const hits = this.entries.filter((e) => cidrsOverlap(e.cidr, cidr));
      return { items: hits.slice(0, limit).map((e) => e.item), total: hits.length };
    }
    const picked: Entry<T>[] = [];
    let total = 0;
    // Containing or equal: one network per prefix length ≤ cidr's.
    const bits = hostBits(cidr.family);
    for (const length of this.lengths.get(cidr.family) ?? []) {
      if (length > cidr.prefixLength) break;
      const host = bits - BigInt(length);
      const list = this.exact.get(key(cidr.family, (cidr.network >> host) << host, length));
      if (list === undefined) continue;
      total += list.length;
      for (const entry of list) {
        if (picked.length >= limit) break;
        picked.push(entry);
      }
    }
    // Strictly inside: same family, network within [first, last], longer prefix; contiguous when sorted.
    const from = this.lowerBound(cidr.family, cidr.network, cidr.prefixLength + 1);
    const to = this.lowerBound(cidr.family, cidrLast(cidr) + 1n, 0);
    total += Math.max(0, to - from);
    for (let i = from; i < to && picked.length < limit; i++) {
      const entry = this.sorted[i];
      if (entry !== undefined) picked.push(entry);
    }
    picked.sort((a, b) => a.order - b.order);
    return { items: picked.map((e) => e.item), total };
  }

  /** True when a member contains `cidr` (or equals it). */
  hasContaining(cidr: Cidr): boolean {
    if (this.sorted.length === 0)
      return this.entries.some(
        (e) =>
          e.cidr.family === cidr.family &&
          e.cidr.prefixLength <= cidr.prefixLength &&
          cidrsOverlap(e.cidr, cidr),
      );
    const bits = hostBits(cidr.family);
    for (const length of this.lengths.get(cidr.family) ?? []) {
      if (length > cidr.prefixLength) return false;
      const host = bits - BigInt(length);
      if (this.exact.has(key(cidr.family, (cidr.network >> host) << host, length))) return true;
    }
    return false;
  }
}
