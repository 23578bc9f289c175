import type { Finding } from '../types.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrMask, formatCidr } from '../ip/cidr.ts';
import { cidrIsPrivate } from '../ip/special-ranges.ts';
import { finding } from '../model/finding.ts';
import type { ClusterRangeNeed } from './size-cluster-ranges.ts';
import { FreeSpace } from './free-space.ts';
import { searchSpaces } from './avoid-ranges.ts';

export interface PlacedClusterRange {
  need: ClusterRangeNeed;
  cidr: Cidr;
  placement: string;
}

function label(need: ClusterRangeNeed): string {
  return `${need.kind === 'pod' ? 'Pod' : 'Service'} CIDR${need.family === 'IPv6' ? ' (IPv6)' : ''}`;
}

function movedWhy(need: ClusterRangeNeed, describeOverlap: (cidr: Cidr) => string): string {
  const current = need.current;
  if (current === null) return '';
  const block: Cidr = {
    family: current.cidr.family,
    network: current.cidr.network & cidrMask(current.cidr.family, need.prefixLength),
    prefixLength: need.prefixLength,
  };
  if (!cidrIsPrivate(block)) return `${formatCidr(block)} is public address space`;
  return `${formatCidr(block)} overlaps ${describeOverlap(block)}`;
}

/**
 * Places the pod and service CIDRs outside everything in `taken` (the VNet address space, every
 * subnet, connected networks, reserved ranges: R18, R43, R45) and each other: each keeps its start
 * address when that block is free and private, else takes the lowest free aligned block of RFC 1918
 * space (then RFC 6598; IPv6 fd00::/8), largest first. Fixed ranges stay and are avoided.
 *
 * @example placeClusterRanges(needs, taken, () => false).placed[1].cidr // 10.1.0.0/16 when the hub holds 10.0.0.0/16
 */
export function placeClusterRanges(
  needs: readonly ClusterRangeNeed[],
  taken: FreeSpace,
  isFixed: (need: ClusterRangeNeed) => boolean,
  describeOverlap: (cidr: Cidr) => string,
): { placed: PlacedClusterRange[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const placed: PlacedClusterRange[] = [];
  const movable: ClusterRangeNeed[] = [];
  for (const need of needs) {
    if (!isFixed(need)) {
      movable.push(need);
      continue;
    }
    if (need.current === null) continue;
    if (!taken.isFree(need.current.cidr)) {
      findings.push(
        finding(
          'PROPOSAL_FIXED_RANGE_CONFLICT',
          'error',
          need.kind === 'pod' ? 'R18' : 'R43',
          `cluster.${need.kind}Cidrs[${need.index}]`,
          `${label(need)} ${need.current.canonical} is fixed but overlaps the VNet, a subnet, a connected network, a reserved range or another fixed range. Unpin it so the proposal can move it.`,
        ),
      );
    }
    if (need.kind === 'pod' && need.current.cidr.prefixLength > need.prefixLength) {
      findings.push(
        finding(
          'PROPOSAL_FIXED_RANGE_TOO_SMALL',
          'error',
          'R70',
          `cluster.podCidrs[${need.index}]`,
          `${label(need)} is fixed at ${need.current.canonical} but needs a /${need.prefixLength}: ${need.reason} Unpin it or plan fewer nodes.`,
        ),
      );
    }
    taken.add(need.current.cidr);
  }
  // Largest first (pods before services of the same size), then in list order.
  const bits = (n: ClusterRangeNeed): number => (n.family === 'IPv4' ? 32 : 128) - n.prefixLength;
  movable.sort(
    (a, b) => bits(b) - bits(a) || (a.kind === b.kind ? 0 : a.kind === 'pod' ? -1 : 1) || a.index - b.index,
  );
  const where = new Map<ClusterRangeNeed, { cidr: Cidr; placement: string }>();
  for (const need of movable) {
    const current = need.current?.cidr;
    if (current === undefined) continue;
    const block: Cidr = {
      family: current.family,
      network: current.network & cidrMask(current.family, need.prefixLength),
      prefixLength: need.prefixLength,
    };
    if (cidrIsPrivate(block) && taken.isFree(block)) {
      taken.add(block);
      where.set(need, {
        cidr: block,
        placement:
          current.prefixLength === need.prefixLength ? 'Stays where it is.' : 'Keeps its start address.',
      });
    }
  }
  for (const need of movable) {
    if (where.has(need)) continue;
    let block: Cidr | null = null;
    for (const space of searchSpaces('cluster', need.family)) {
      block = taken.firstFree(space, need.prefixLength);
      if (block !== null) break;
    }
    if (block === null) {
      findings.push(
        finding(
          'PROPOSAL_NO_FREE_RANGE',
          'error',
          need.kind === 'pod' ? 'R18' : 'R43',
          `cluster.${need.kind}Cidrs[${need.index}]`,
          `No free /${need.prefixLength} is left in private address space for the ${label(need).toLowerCase()}: the VNet, subnets, connected networks and reserved ranges cover it. Remove or shrink a connected network, or plan a smaller range.`,
        ),
      );
      continue;
    }
    taken.add(block);
    const why =
      need.current === null
        ? 'The lowest free aligned block of private space.'
        : `${movedWhy(need, describeOverlap)}: moved to ${formatCidr(block)}, the lowest free aligned /${need.prefixLength} of ${block.family === 'IPv4' && block.network >> 24n === 100n ? 'RFC 6598' : block.family === 'IPv4' ? 'RFC 1918' : 'unique-local'} space.`;
    where.set(need, { cidr: block, placement: why });
  }
  for (const need of needs) {
    const at = where.get(need);
    if (at !== undefined) placed.push({ need, cidr: at.cidr, placement: at.placement });
  }
  return { placed, findings };
}
