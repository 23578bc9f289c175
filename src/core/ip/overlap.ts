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

/** The order the sweep needs: family, then network, then prefix length. */
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
  const cidrs = items.map(cidrOfItem);
  return sortedOverlapPairs(cidrOrder(cidrs), (position) => cidrs[position] as Cidr, maxPerInner).map(
    ({ outer, inner, moreOuter }) =>
      moreOuter === undefined
        ? { outer: items[outer] as T, inner: items[inner] as T }
        : { outer: items[outer] as T, inner: items[inner] as T, moreOuter },
  );
}

/**
 * Positions 0 … n − 1 of `cidrs`, sorted by CIDR, ties by position (a stable sort by CIDR). The
 * families are split first (IPv4 sorts first) and each is sorted on its own: a dual-stack subnet list
 * alternates IPv4 and IPv6 prefixes, and each family alone is usually already in order, which the
 * sort then only confirms (n − 1 comparisons).
 *
 * @example cidrOrder([cidrOf('fd00::/64'), cidrOf('10.1.0.0/16'), cidrOf('10.0.0.0/16')]) // [2, 1, 0]
 */
export function cidrOrder(cidrs: readonly Cidr[]): number[] {
  const ipv4: number[] = [];
  const ipv6: number[] = [];
  for (let i = 0; i < cidrs.length; i++) (cidrs[i]?.family === 'IPv4' ? ipv4 : ipv6).push(i);
  const byCidr = (a: number, b: number): number => compareCidrs(cidrs[a] as Cidr, cidrs[b] as Cidr) || a - b;
  ipv4.sort(byCidr);
  ipv6.sort(byCidr);
  return ipv4.concat(ipv6);
}

/**
 * cidrOverlapPairs on items already in compareCidrs order (ties in the order the pairs should
 * name them): the sweep alone, in O(n + k). A caller that has sorted the items once (CidrIndex)
 * does not sort them again.
 *
 * @example sortedOverlapPairs([a, b], (x) => x) // [{ outer: a, inner: b }] for a = 10.0.0.0/8, b = 10.1.0.0/16
 */
export function sortedOverlapPairs<T>(
  sorted: readonly T[],
  cidrOfItem: (item: T) => Cidr,
  maxPerInner = Number.POSITIVE_INFINITY,
): OverlapPair<T>[] {
  const pairs: OverlapPair<T>[] = [];
  // The networks still open: the first `depth` entries of three parallel stacks (no object per network).
  const openItems: T[] = [];
  const openFamilies: Cidr['family'][] = [];
  const openLasts: bigint[] = [];
  let depth = 0;
  for (const item of sorted) {
    const cidr = cidrOfItem(item);
    while (
      depth > 0 &&
      (openFamilies[depth - 1] !== cidr.family || (openLasts[depth - 1] ?? -1n) < cidr.network)
    )
      depth -= 1;
    const from = Math.max(0, depth - maxPerInner);
    for (let i = from; i < depth; i++) {
      const pair: OverlapPair<T> = { outer: openItems[i] as T, inner: item };
      if (from > 0 && i === depth - 1) pair.moreOuter = from;
      pairs.push(pair);
    }
    openItems[depth] = item;
    openFamilies[depth] = cidr.family;
    openLasts[depth] = cidrLast(cidr);
    depth += 1;
  }
  return pairs;
}
