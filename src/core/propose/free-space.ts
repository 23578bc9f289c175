import type { IpFamily } from '../types.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrLast } from '../ip/cidr.ts';
import { addressBits } from '../ip/address.ts';

interface Interval {
  start: bigint;
  end: bigint;
}

/**
 * Taken address space of both families as sorted, merged intervals, with first-fit search for an
 * aligned free block: the one allocator of the proposal (subnets in the VNet, pod and service CIDRs
 * outside it). Each search jumps over whole taken intervals, so it costs O(taken × log taken).
 *
 * @example new FreeSpace([cidrOf('10.0.0.0/16')]).firstFree(cidrOf('10.0.0.0/8'), 16) // 10.1.0.0/16
 */
export class FreeSpace {
  private readonly taken: Record<IpFamily, Interval[]> = { IPv4: [], IPv6: [] };

  constructor(cidrs: readonly Cidr[] = []) {
    for (const cidr of cidrs) this.add(cidr);
  }

  /** Marks a network as taken. */
  add(cidr: Cidr): void {
    const list = this.taken[cidr.family];
    const start = cidr.network;
    const end = cidrLast(cidr);
    // Insert at its place by start, then merge with the neighbours it touches or overlaps.
    let at = this.lastStartingAtOrBefore(list, start) + 1;
    list.splice(at, 0, { start, end });
    if (at > 0) {
      const before = list[at - 1] as Interval;
      if (before.end + 1n >= start) {
        before.end = before.end > end ? before.end : end;
        list.splice(at, 1);
        at -= 1;
      }
    }
    const merged = list[at] as Interval;
    while (at + 1 < list.length && (list[at + 1] as Interval).start <= merged.end + 1n) {
      const next = list[at + 1] as Interval;
      if (next.end > merged.end) merged.end = next.end;
      list.splice(at + 1, 1);
    }
  }

  /** True when no address of the network is taken. */
  isFree(cidr: Cidr): boolean {
    return this.blocker(cidr.family, cidr.network, cidrLast(cidr)) === null;
  }

  /**
   * The lowest aligned free block of `prefixLength` inside `space`, or null when none is free.
   *
   * @example firstFree(cidrOf('10.0.0.0/8'), 16) // 10.1.0.0/16 when 10.0.0.0/16 is taken
   */
  firstFree(space: Cidr, prefixLength: number): Cidr | null {
    const bits = addressBits(space.family);
    if (prefixLength < space.prefixLength || prefixLength > bits) return null;
    const size = 1n << BigInt(bits - prefixLength);
    const spaceEnd = cidrLast(space);
    let candidate = space.network;
    while (candidate + size - 1n <= spaceEnd) {
      const blocker = this.blocker(space.family, candidate, candidate + size - 1n);
      if (blocker === null) return { family: space.family, network: candidate, prefixLength };
      candidate = ((blocker.end + 1n + size - 1n) / size) * size;
    }
    return null;
  }

  /** The last taken interval that overlaps [start, end], or null. */
  private blocker(family: IpFamily, start: bigint, end: bigint): Interval | null {
    const list = this.taken[family];
    const i = this.lastStartingAtOrBefore(list, end);
    const hit = list[i];
    return hit !== undefined && hit.end >= start ? hit : null;
  }

  /** Index of the last interval whose start ≤ value (−1 when none): binary search. */
  private lastStartingAtOrBefore(list: readonly Interval[], value: bigint): number {
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if ((list[mid] as Interval).start <= value) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}
