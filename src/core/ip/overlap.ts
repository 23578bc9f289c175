import type { Cidr } from './cidr.ts';
import { cidrLast } from './cidr.ts';

export interface OverlapPair<T> {
  /** The larger (or equal) network of the pair. */
  outer: T;
  /** The network inside it. */
  inner: T;
  /** On the last pair listed for `inner`: how many more networks contain it that were not listed. */
  moreOuter?: number;
}

function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.family !== b.family) return a.family < b.family ? -1 : 1;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.prefixLength - b.prefixLength;
}

/**
 * Every overlapping pair among `items`, in O(n log n + k) for k pairs: sort by family, network and
 * prefix length, then sweep with a stack. CIDR networks are either nested or disjoint, so every
 * network still open on the stack contains the current one. Overlap as in `cidrsOverlap`.
 *
 * With `maxPerInner`, each network is paired with at most that many of the networks containing it
 * (the innermost ones), and the last of its pairs counts the others (`moreOuter`): n identical
 * networks then give O(n) pairs, not n²/2.
 *
 * @example cidrOverlapPairs([{cidr: a}, {cidr: b}], (x) => x.cidr) // [{ outer: a, inner: b }] when a contains b
 */
export function cidrOverlapPairs<T>(
  items: readonly T[],
  cidrOfItem: (item: T) => Cidr,
  maxPerInner = Number.POSITIVE_INFINITY,
): OverlapPair<T>[] {
  const sorted = items
    .map((item) => ({ item, cidr: cidrOfItem(item) }))
    .sort((a, b) => compareCidrs(a.cidr, b.cidr));
  const pairs: OverlapPair<T>[] = [];
  const open: { item: T; cidr: Cidr; last: bigint }[] = [];
  for (const current of sorted) {
    while (open.length > 0) {
      const top = open[open.length - 1];
      if (top !== undefined && (top.cidr.family !== current.cidr.family || top.last < current.cidr.network)) {
        open.pop();
      } else {
        break;
      }
    }
    const from = Math.max(0, open.length - maxPerInner);
    for (let i = from; i < open.length; i++) {
      const containing = open[i];
      if (containing === undefined) continue;
      const pair: OverlapPair<T> = { outer: containing.item, inner: current.item };
      if (from > 0 && i === open.length - 1) pair.moreOuter = from;
      pairs.push(pair);
    }
    open.push({ item: current.item, cidr: current.cidr, last: cidrLast(current.cidr) });
  }
  return pairs;
}
