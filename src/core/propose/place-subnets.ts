import type { Finding } from '../types.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrContains, cidrMask, cidrSize, formatCidr } from '../ip/cidr.ts';
import { subnetUsableAddresses } from '../model/capacity.ts';
import { finding } from '../model/finding.ts';
import { formatCount, formatList } from '../model/format.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import { FreeSpace } from './free-space.ts';
import type { SubnetNeed } from './size-subnets.ts';
import { connectedCidrs, NEVER_USED, searchSpaces, VNET_CONFLICTS } from './avoid-ranges.ts';

/** Where a sized subnet goes. */
export interface PlacedSubnet {
  need: SubnetNeed;
  ipv4: Cidr;
  /** The IPv6 /64 of a dual-stack subnet (R6, R60), or null when it needs none. */
  ipv6: Cidr | null;
  /** How it was placed, in plain words. */
  placement: string;
}

export interface SubnetPlacement {
  placed: PlacedSubnet[];
  /** Address-space prefixes the VNet needs besides its own, with why. */
  addedSpace: { cidr: Cidr; reason: string }[];
  findings: Finding[];
}

export interface SubnetPlacementInput {
  plan: ResolvedPlan;
  needs: readonly SubnetNeed[];
  /** Sized subnets the user fixed: they keep their prefixes. */
  isFixed: (need: SubnetNeed) => boolean;
  /** The VNet's address space may not grow. */
  spaceFixed: boolean;
  /** Pod and service CIDRs a new address space should stay clear of. */
  clusterRanges: readonly Cidr[];
}

const IPV6_SUBNET = 64;

/** The smallest prefix of `bits` whose size holds `total` addresses. */
function prefixHolding(total: bigint, bits: number): number {
  let prefix = bits;
  while (prefix > 0 && 1n << BigInt(bits - prefix) < total) prefix--;
  return prefix;
}

function firstFreeIn(free: FreeSpace, spaces: readonly Cidr[], prefixLength: number): Cidr | null {
  for (const space of spaces) {
    const block = free.firstFree(space, prefixLength);
    if (block !== null) return block;
  }
  return null;
}

/** The current network of a subnet, shrunk or grown to `prefixLength` at the same start. */
function sameStart(current: Cidr | undefined, prefixLength: number): Cidr | null {
  if (current === undefined) return null;
  return {
    family: current.family,
    network: current.network & cidrMask(current.family, prefixLength),
    prefixLength,
  };
}

/**
 * Places every sized subnet inside the VNet address space (R8): fixed subnets and subnets nothing
 * uses stay where they are; the others keep their start address when that block is free, else take
 * the lowest free aligned block, largest first. What doesn't fit goes into the smallest free RFC 1918
 * prefix added to the address space, unless the address space is fixed (PROPOSAL_VNET_TOO_SMALL).
 * Dual-stack subnets get an IPv6 /64 the same way (R6, R60).
 *
 * @example placeSubnets({ plan, needs, … }).placed[0].ipv4 // 10.50.0.0/26 in a VNet 10.50.0.0/16
 */
export function placeSubnets(input: SubnetPlacementInput): SubnetPlacement {
  const { plan, needs, isFixed } = input;
  const findings: Finding[] = [];
  const addedSpace: { cidr: Cidr; reason: string }[] = [];
  const sized = new Set(needs.map((n) => n.subnet));
  const inVnet = new FreeSpace([...NEVER_USED, ...connectedCidrs(plan)]);
  checkVnetSpace(plan, findings);
  const spaces = plan.vnetSpace.filter((s) => s.cidr.family === 'IPv4').map((s) => s.cidr);
  for (const subnet of plan.subnets) {
    if (sized.has(subnet)) continue;
    for (const p of subnet.ipv4) {
      if (!inVnet.isFree(p.cidr) || !spaces.some((s) => cidrContains(s, p.cidr)))
        findings.push(
          finding(
            'PROPOSAL_FIXED_RANGE_CONFLICT',
            'error',
            'R8',
            p.path,
            `Subnet ${subnet.name} (${p.canonical}) isn't used by the cluster, so the proposal leaves it where it is, but it lies outside the VNet address space or overlaps another subnet or a reserved range. Move or remove it.`,
          ),
        );
      inVnet.add(p.cidr);
    }
  }
  const placed: PlacedSubnet[] = [];
  const movable: SubnetNeed[] = [];
  for (const need of needs) {
    const current = need.subnet.ipv4[0];
    if (isFixed(need)) {
      for (const p of need.subnet.prefixes) inVnet.add(p.cidr);
      if (current !== undefined && subnetUsableAddresses(current.cidr) < BigInt(need.neededIps)) {
        findings.push(
          finding(
            'PROPOSAL_FIXED_RANGE_TOO_SMALL',
            'error',
            'R70',
            need.subnet.path,
            `Subnet ${need.subnet.name} is fixed at ${current.canonical} (${formatCount(subnetUsableAddresses(current.cidr))} usable) but needs ${formatCount(need.neededIps)}: ${need.reason} Unpin it or plan fewer nodes.`,
          ),
        );
      }
      continue;
    }
    if (need.prefixLength === null) {
      findings.push(
        finding(
          'PROPOSAL_SUBNET_TOO_LARGE',
          'error',
          'R5',
          need.subnet.path,
          `Subnet ${need.subnet.name} would need ${formatCount(need.neededIps)} IPs, more than the largest subnet (/2) holds. Split its pools across subnets or plan fewer nodes.`,
        ),
      );
      continue;
    }
    movable.push(need);
  }
  movable.sort((a, b) => (a.prefixLength ?? 0) - (b.prefixLength ?? 0) || a.subnet.index - b.subnet.index);
  const where = new Map<SubnetNeed, { cidr: Cidr; placement: string }>();
  // Pass 1: a subnet keeps its start address when the resized block is free and in the VNet.
  for (const need of movable) {
    const current = need.subnet.ipv4[0];
    const block = sameStart(current?.cidr, need.prefixLength ?? 32);
    if (block !== null && spaces.some((s) => cidrContains(s, block)) && inVnet.isFree(block)) {
      inVnet.add(block);
      where.set(need, {
        cidr: block,
        placement:
          current !== undefined && current.cidr.prefixLength === block.prefixLength
            ? 'Stays where it is.'
            : 'Keeps its start address.',
      });
    }
  }
  // Pass 2: the rest, largest first, into the lowest free aligned block of the VNet.
  const unplaced: SubnetNeed[] = [];
  for (const need of movable) {
    if (where.has(need)) continue;
    const block = firstFreeIn(inVnet, spaces, need.prefixLength ?? 32);
    if (block === null) {
      unplaced.push(need);
      continue;
    }
    inVnet.add(block);
    where.set(need, {
      cidr: block,
      placement: `Placed at the first free aligned /${block.prefixLength} of the VNet.`,
    });
  }
  if (unplaced.length > 0) placeInNewSpace(input, unplaced, inVnet, where, addedSpace, findings);
  const ipv6Needs = movable.filter((n) => n.needsIpv6 && where.has(n));
  const ipv6 = placeIpv6(input, ipv6Needs, addedSpace, findings);
  for (const need of movable) {
    const at = where.get(need);
    if (at === undefined) continue;
    placed.push({ need, ipv4: at.cidr, ipv6: ipv6.get(need) ?? null, placement: at.placement });
  }
  placed.sort((a, b) => a.need.subnet.index - b.need.subnet.index);
  return { placed, addedSpace, findings };
}

/** The proposal doesn't move a VNet: its address space overlapping a connected or reserved range is reported. */
function checkVnetSpace(plan: ResolvedPlan, findings: Finding[]): void {
  const conflicts = new FreeSpace([...connectedCidrs(plan), ...VNET_CONFLICTS]);
  for (const space of plan.vnetSpace) {
    if (conflicts.isFree(space.cidr)) continue;
    findings.push(
      finding(
        'PROPOSAL_VNET_SPACE_CONFLICT',
        'error',
        'R45',
        space.path,
        `The VNet address space ${space.canonical} overlaps a connected network or a reserved range; the proposal places ranges but doesn't move a VNet. Change the address space (or the connected network) first.`,
      ),
    );
  }
}

function placeInNewSpace(
  input: SubnetPlacementInput,
  unplaced: readonly SubnetNeed[],
  inVnet: FreeSpace,
  where: Map<SubnetNeed, { cidr: Cidr; placement: string }>,
  addedSpace: { cidr: Cidr; reason: string }[],
  findings: Finding[],
): void {
  const { plan } = input;
  let shortfall = 0n;
  for (const need of unplaced) shortfall += 1n << BigInt(32 - (need.prefixLength ?? 32));
  const prefix = prefixHolding(shortfall, 32);
  const outside = new FreeSpace([...NEVER_USED, ...connectedCidrs(plan), ...input.clusterRanges]);
  for (const space of plan.vnetSpace) outside.add(space.cidr);
  for (const subnet of plan.subnets) for (const p of subnet.prefixes) outside.add(p.cidr);
  const block = firstFreeIn(outside, searchSpaces('vnet', 'IPv4'), prefix);
  const spaceText =
    formatList(plan.vnetSpace.filter((s) => s.cidr.family === 'IPv4').map((s) => s.canonical)) || 'none';
  const names = formatList(unplaced.map((n) => `${n.subnet.name} /${n.prefixLength ?? 32}`));
  const why = `The VNet address space (${spaceText}) is too small: ${names} (${formatCount(shortfall)} addresses) don't fit beside the other subnets`;
  if (input.spaceFixed || block === null) {
    findings.push(
      finding(
        'PROPOSAL_VNET_TOO_SMALL',
        'error',
        'R8',
        'vnet.addressSpace',
        `${why}, short by ${formatCount(shortfall)} addresses. ${block === null ? 'No free RFC 1918 prefix holds them.' : `Add ${formatCidr(block)} (the smallest free prefix that holds them) to the address space, or unpin it.`}`,
      ),
    );
    return;
  }
  addedSpace.push({
    cidr: block,
    reason: `${why}; short by ${formatCount(shortfall)} addresses. ${formatCidr(block)} (${formatCount(cidrSize(block))} addresses) is the smallest free RFC 1918 prefix that holds them (R7, R8).`,
  });
  for (const need of unplaced) {
    const at = inVnet.firstFree(block, need.prefixLength ?? 32);
    if (at === null) continue; // cannot happen: largest first packs exactly into a power-of-two block
    inVnet.add(at);
    where.set(need, { cidr: at, placement: `Placed in the added address space ${formatCidr(block)}.` });
  }
}

function placeIpv6(
  input: SubnetPlacementInput,
  needs: readonly SubnetNeed[],
  addedSpace: { cidr: Cidr; reason: string }[],
  findings: Finding[],
): Map<SubnetNeed, Cidr> {
  const out = new Map<SubnetNeed, Cidr>();
  if (needs.length === 0) return out;
  const { plan } = input;
  const sized = new Set(needs.map((n) => n.subnet));
  const free = new FreeSpace(NEVER_USED);
  for (const subnet of plan.subnets) if (!sized.has(subnet)) for (const p of subnet.ipv6) free.add(p.cidr);
  let spaces = plan.vnetSpace.filter((s) => s.cidr.family === 'IPv6').map((s) => s.cidr);
  if (spaces.length === 0) {
    const prefix = prefixHolding(BigInt(needs.length), IPV6_SUBNET);
    const outside = new FreeSpace([...NEVER_USED, ...connectedCidrs(plan), ...input.clusterRanges]);
    const block = firstFreeIn(outside, searchSpaces('vnet', 'IPv6'), prefix);
    if (input.spaceFixed || block === null) {
      findings.push(
        finding(
          'PROPOSAL_VNET_TOO_SMALL',
          'error',
          'R60',
          'vnet.addressSpace',
          `A dual-stack cluster needs IPv6 address space in the VNet for its ${formatCount(needs.length)} dual-stack subnets (R60), and the address space has none${block === null ? '' : `. Add ${formatCidr(block)}, or unpin the address space`}.`,
        ),
      );
      return out;
    }
    addedSpace.push({
      cidr: block,
      reason: `A dual-stack cluster needs IPv6 address space for its subnets' /64s (R6, R60): ${formatCidr(block)}, the smallest free unique-local prefix that holds ${formatCount(needs.length)} /64.`,
    });
    spaces = [block];
  }
  const rest: SubnetNeed[] = [];
  for (const need of needs) {
    const current = need.subnet.ipv6[0]?.cidr;
    if (
      current !== undefined &&
      current.prefixLength === IPV6_SUBNET &&
      spaces.some((s) => cidrContains(s, current)) &&
      free.isFree(current)
    ) {
      free.add(current);
      out.set(need, current);
    } else rest.push(need);
  }
  for (const need of rest) {
    const block = firstFreeIn(free, spaces, IPV6_SUBNET);
    if (block === null) {
      findings.push(
        finding(
          'PROPOSAL_VNET_TOO_SMALL',
          'error',
          'R60',
          'vnet.addressSpace',
          `The VNet's IPv6 address space has no free /64 left for subnet ${need.subnet.name}. Add IPv6 address space.`,
        ),
      );
      continue;
    }
    free.add(block);
    out.set(need, block);
  }
  return out;
}
