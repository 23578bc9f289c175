import type { IpFamily } from '../../types.ts';
import { addressBits, formatAddress } from '../../ip/address.ts';

/** An inclusive run of addresses, first..last, as one integer each. */
export interface AxisInterval {
  first: bigint;
  last: bigint;
}

/** A boundary of the axis: a range starts at `value` or the one before it ends just before `value`. */
export interface AxisTick {
  value: bigint;
  /** The address at this boundary; at the very end of the family's space, the last address. */
  text: string;
  /** Position on the axis, 0..1. */
  x: number;
  /** True when some range starts here (a network address), false where ranges only end. */
  start: boolean;
}

/** A stretch no range covers, drawn shortened (not to scale). */
export interface AxisGap {
  first: bigint;
  last: bigint;
  x0: number;
  x1: number;
}

export interface CompressedAxis {
  /** Position 0..1 of every boundary (a range's first address, or the address after its last). */
  positions: ReadonlyMap<bigint, number>;
  ticks: AxisTick[];
  gaps: AxisGap[];
}

/**
 * Width weight of a stretch no range covers. Covered stretches weigh 1 + log2(size), so 1 for a single
 * address, 9 for a /24, 25 for a /8 and up to 129 for ::/0; a gap is shown shortened, a little narrower
 * than a /30.
 */
export const AXIS_GAP_WEIGHT = 2.5;

/**
 * log2 of a positive integer of any size, to double precision: the bit length gives the integer part,
 * the top 53 bits the fraction.
 *
 * @example bigintLog2(65536n) // 16
 */
export function bigintLog2(value: bigint): number {
  if (value <= 0n) return Number.NEGATIVE_INFINITY;
  const bitLength = value.toString(2).length;
  const shift = bitLength > 53 ? BigInt(bitLength - 53) : 0n;
  return Number(shift) + Math.log2(Number(value >> shift));
}

/**
 * A compressed (log) axis over the intervals of one family. Every boundary (first, last + 1) splits the
 * axis into elementary stretches; a stretch some interval covers gets width 1 + log2(size), one no
 * interval covers gets `AXIS_GAP_WEIGHT`. So a /24 next to a /8 stays visible, order is preserved
 * (a.last < b.first gives x(a.last + 1) <= x(b.first)), contained intervals nest, and intervals that
 * share addresses share an x span. Pure; the positions are normalized to 0..1.
 *
 * @example compressedAxis('IPv4', [{ first: 0n, last: 255n }]).positions.get(256n) // 1
 */
export function compressedAxis(family: IpFamily, intervals: readonly AxisInterval[]): CompressedAxis {
  const end = 1n << BigInt(addressBits(family));
  const deltas = new Map<bigint, number>();
  const starts = new Set<bigint>();
  for (const { first, last } of intervals) {
    if (first > last) continue;
    starts.add(first);
    deltas.set(first, (deltas.get(first) ?? 0) + 1);
    deltas.set(last + 1n, (deltas.get(last + 1n) ?? 0) - 1);
  }
  const boundaries = [...deltas.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const weights: number[] = [];
  const covered: boolean[] = [];
  let open = 0;
  for (let i = 0; i + 1 < boundaries.length; i++) {
    const from = boundaries[i] ?? 0n;
    const to = boundaries[i + 1] ?? 0n;
    open += deltas.get(from) ?? 0;
    covered.push(open > 0);
    weights.push(open > 0 ? 1 + bigintLog2(to - from) : AXIS_GAP_WEIGHT);
  }
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const positions = new Map<bigint, number>();
  let run = 0;
  boundaries.forEach((value, i) => {
    positions.set(value, i === boundaries.length - 1 ? 1 : total > 0 ? Math.min(1, run / total) : 0);
    run += weights[i] ?? 0;
  });
  const ticks: AxisTick[] = boundaries.map((value) => ({
    value,
    text: formatAddress({ family, value: value >= end ? end - 1n : value }),
    x: positions.get(value) ?? 0,
    start: starts.has(value),
  }));
  const gaps: AxisGap[] = [];
  covered.forEach((isCovered, i) => {
    const from = boundaries[i];
    const to = boundaries[i + 1];
    if (isCovered || from === undefined || to === undefined) return;
    gaps.push({ first: from, last: to - 1n, x0: positions.get(from) ?? 0, x1: positions.get(to) ?? 0 });
  });
  return { positions, ticks, gaps };
}
