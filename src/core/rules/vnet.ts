import {
  IPV6_SUBNET_PREFIX,
  SUBNET_MAX_PREFIX_IPV4,
  SUBNET_MIN_PREFIX_IPV4,
  SUBNET_WARN_SHORTER_THAN,
  VNET_PEERING_LIMIT,
  VNET_SUBNET_LIMIT,
} from '../model/constants.ts';
import { cidrOverlapPairs } from '../ip/overlap.ts';
import { CidrIndex } from '../ip/cidr-index.ts';
import { subnetPrefixIndex } from '../model/prefix-index.ts';
import { cidrIsPrivate, rangesOverlapping, VNET_FORBIDDEN_RANGES } from '../ip/special-ranges.ts';
import type { ParsedPrefix } from '../model/resolve-plan.ts';
import type { RuleContext } from './rule-context.ts';
import { formatCount, formatList, joinCapped, MAX_OVERLAPS_LISTED, moreOverlaps } from '../model/format.ts';

/** R5, R6: each subnet prefix's size; a subnet needs an IPv4 prefix (R6, R53). */
export function checkSubnetSizes({ plan, findings }: RuleContext): void {
  // Subnets with a prefix that did not read (already reported): one pass over the findings, not one per subnet.
  const unreadablePrefixes = new Set<string>();
  for (const path of findings.allPaths()) {
    const at = path.indexOf('.addressPrefixes');
    if (at > 0) unreadablePrefixes.add(path.slice(0, at));
  }
  for (const subnet of plan.subnets) {
    for (const prefix of subnet.prefixes) {
      const p = prefix.cidr.prefixLength;
      if (prefix.cidr.family === 'IPv6') {
        if (p !== IPV6_SUBNET_PREFIX) {
          findings.add(
            'IPV6_SUBNET_NOT_64',
            'error',
            'R6',
            prefix.path,
            () =>
              `Subnet ${subnet.name} has IPv6 prefix ${prefix.canonical}; Azure IPv6 subnets must be exactly /64. Use a /64.`,
          );
        }
      } else if (p > SUBNET_MIN_PREFIX_IPV4) {
        findings.add(
          'SUBNET_TOO_SMALL',
          'error',
          'R5',
          prefix.path,
          () =>
            `Subnet ${subnet.name} is ${prefix.canonical}; the smallest Azure subnet is a /29 (3 usable addresses). Use a /29 or larger.`,
        );
      } else if (p < SUBNET_MAX_PREFIX_IPV4) {
        findings.add(
          'SUBNET_TOO_LARGE',
          'error',
          'R5',
          prefix.path,
          () =>
            `Subnet ${subnet.name} is ${prefix.canonical}; the largest Azure subnet is a /2. Use a /2 or smaller.`,
        );
      } else if (p < SUBNET_WARN_SHORTER_THAN) {
        findings.add(
          'SUBNET_LARGER_THAN_SLASH8',
          'warning',
          'R5',
          prefix.path,
          () =>
            `Subnet ${subnet.name} is ${prefix.canonical}, larger than a /8. Azure allows up to /2 today (older sources said /8), but a VNet holds only 65,536 private IPs (R9). Use a /8 or smaller unless you need it.`,
        );
      }
    }
    if (subnet.prefixes.length === 0 && !unreadablePrefixes.has(subnet.path)) {
      findings.add(
        'SUBNET_NO_PREFIX',
        'error',
        'R8',
        `${subnet.path}.addressPrefixes`,
        () =>
          `Subnet ${subnet.name} has no address prefix, so nothing can be placed in it. Add its IPv4 prefix (and an IPv6 /64 for dual-stack), e.g. 10.224.0.0/22.`,
      );
    }
    if (subnet.ipv4.length === 0 && subnet.prefixes.length > 0) {
      findings.add(
        'SUBNET_NO_IPV4',
        'error',
        'R6',
        `${subnet.path}.addressPrefixes`,
        () =>
          `Subnet ${subnet.name} has no IPv4 prefix; IPv6-only subnets aren't supported (every NIC needs an IPv4 configuration). Add an IPv4 prefix.`,
      );
    }
  }
}

function forbiddenFindings(ctx: RuleContext, prefix: ParsedPrefix, owner: string): boolean {
  const hits = rangesOverlapping(prefix.cidr, VNET_FORBIDDEN_RANGES);
  if (hits.length === 0) return false;
  ctx.findings.add(
    'VNET_FORBIDDEN_RANGE',
    'error',
    'R7',
    prefix.path,
    () =>
      `${owner} ${prefix.canonical} overlaps ${formatList(hits.map((h) => `${h.text} (${h.name})`))}, which Azure doesn't allow in a virtual network. Use private space such as 10.0.0.0/8.`,
  );
  return true;
}

/** R7 forbidden VNet space; R8 subnets inside the VNet and not overlapping; R9 counts. */
export function checkVnetSpace(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  for (const space of plan.vnetSpace) forbiddenFindings(ctx, space, 'VNet address space');
  const spaceOverlaps = cidrOverlapPairs(plan.vnetSpace, (p) => p.cidr, MAX_OVERLAPS_LISTED);
  for (const { outer, inner, moreOuter } of spaceOverlaps) {
    findings.add(
      'VNET_SPACE_OVERLAP',
      'error',
      'R8',
      inner.path,
      () =>
        `VNet address spaces ${outer.canonical} and ${inner.canonical} overlap. Remove one or make them disjoint.${moreOverlaps(moreOuter ?? 0, 'address space prefixes')}`,
    );
  }
  const spaceIndex = new CidrIndex(plan.vnetSpace, (p) => p.cidr);
  const spacesOf = { IPv4: [] as string[], IPv6: [] as string[] };
  for (const space of plan.vnetSpace) spacesOf[space.cidr.family].push(space.canonical);
  for (const subnet of plan.subnets) {
    for (const prefix of subnet.prefixes) {
      if (spaceIndex.hasContaining(prefix.cidr)) continue;
      if (forbiddenFindings(ctx, prefix, `Subnet ${subnet.name}`)) continue;
      if (plan.vnetSpaceGiven || plan.vnetSpace.length > 0) {
        const family = prefix.cidr.family;
        const spaces = spacesOf[family];
        findings.add(
          'SUBNET_OUTSIDE_VNET',
          'error',
          'R8',
          prefix.path,
          () =>
            `Subnet ${subnet.name} prefix ${prefix.canonical} is not inside the VNet address space (${spaces.length > 0 ? joinCapped(spaces, 10) : `no ${family} space`}). Move the subnet or add address space that contains it.`,
        );
      }
    }
  }
  for (const { outer, inner, moreOuter } of subnetPrefixIndex(plan).overlapPairs(MAX_OVERLAPS_LISTED)) {
    const more = moreOverlaps(moreOuter ?? 0, 'subnet prefixes');
    findings.add('SUBNETS_OVERLAP', 'error', 'R8', inner.prefix.path, () =>
      outer.subnet === inner.subnet
        ? `Subnet ${inner.subnet.name} lists overlapping prefixes ${outer.prefix.canonical} and ${inner.prefix.canonical}. Keep one.${more}`
        : `Subnet ${inner.subnet.name} (${inner.prefix.canonical}) overlaps subnet ${outer.subnet.name} (${outer.prefix.canonical}); subnets in a VNet can't overlap. Move one of them.${more}`,
    );
  }
  if (plan.subnets.length > VNET_SUBNET_LIMIT) {
    findings.add(
      'VNET_SUBNET_LIMIT',
      'error',
      'R9',
      'vnet.subnets',
      () =>
        `The VNet has ${formatCount(plan.subnets.length)} subnets; Azure allows ${formatCount(VNET_SUBNET_LIMIT)} per VNet. Split them across VNets.`,
    );
  }
  const peerings = plan.connected.filter((n) => n.kind === 'peering').length;
  if (peerings > VNET_PEERING_LIMIT) {
    findings.add(
      'VNET_PEERING_LIMIT',
      'error',
      'R9',
      'connectedNetworks',
      () =>
        `The plan lists ${formatCount(peerings)} peerings; a VNet supports ${formatCount(VNET_PEERING_LIMIT)}. Use a hub (Virtual WAN or a hub VNet) instead.`,
    );
  }
  for (const subnet of plan.subnets) {
    if (subnet.name.trim() === '') {
      findings.add(
        'SUBNET_NAME_EMPTY',
        'error',
        'R8',
        `${subnet.path}.name`,
        () =>
          `Subnet ${subnet.index + 1} has no name; Azure needs one (1–80 letters, digits, '.', '-' or '_') and node pools refer to subnets by it. Name it, e.g. snet-${subnet.index + 1}.`,
      );
    } else if (plan.subnetByName.get(subnet.name) !== subnet) {
      findings.add(
        'SUBNET_NAME_DUPLICATE',
        'error',
        'R8',
        `${subnet.path}.name`,
        () => `Two subnets are named ${subnet.name}; subnet names are unique in a VNet. Rename one.`,
      );
    }
  }
}

/**
 * R7: non-private VNet space. Runs after every other check of the VNet address space (R7 forbidden,
 * R8 overlaps, R45 reserved, connected networks), because the warning is suppressed when the same
 * range already has an ERROR.
 */
export function checkVnetPrivateSpace({ plan, findings }: RuleContext): void {
  for (const space of plan.vnetSpace) {
    if (findings.hasAt(space.path) || cidrIsPrivate(space.cidr)) continue;
    findings.add(
      'VNET_NON_PRIVATE_RANGE',
      'warning',
      'R7',
      space.path,
      () =>
        `VNet address space ${space.canonical} is outside private space (RFC 1918, RFC 6598 100.64.0.0/10${space.cidr.family === 'IPv6' ? ', or fc00::/7' : ''}); Azure says it "might work but have undesirable side effects". Use private space.`,
    );
  }
}

const SUBNET_ID =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/virtualNetworks\/([^/]+)\/subnets\/([^/]+)$/i;

/** R59: every subnet of the plan is in one VNet (IDs compared case-insensitively, S36). */
export function checkSingleVnet({ plan, findings }: RuleContext): void {
  let first: { vnetPart: string; name: string } | null = null;
  for (const subnet of plan.subnets) {
    if (subnet.id === null) continue;
    const cut = subnet.id.toLowerCase().indexOf('/subnets/');
    const vnetPart = (cut >= 0 ? subnet.id.slice(0, cut) : subnet.id).toLowerCase();
    const match = SUBNET_ID.exec(subnet.id);
    const path = `${subnet.path}.id`;
    if (first === null) {
      first = { vnetPart, name: subnet.name };
    } else if (first.vnetPart !== vnetPart) {
      const other = first;
      findings.add(
        'SUBNETS_IN_DIFFERENT_VNETS',
        'error',
        'R59',
        path,
        () =>
          `Subnet ${subnet.name} is in ${vnetPart.split('/').pop() ?? vnetPart} but subnet ${other.name} is in ${other.vnetPart.split('/').pop() ?? other.vnetPart}; all node pools and pod subnets of a cluster must be in one VNet. Use subnets of the same VNet.`,
      );
      continue;
    }
    if (match === null) continue;
    const [, , rg = '', vnetName = ''] = match;
    if (
      plan.vnetName !== null &&
      !plan.managedVnet &&
      vnetName.toLowerCase() !== plan.vnetName.toLowerCase()
    ) {
      findings.add(
        'SUBNETS_IN_DIFFERENT_VNETS',
        'error',
        'R59',
        path,
        () =>
          `Subnet ${subnet.name}'s resource ID names VNet ${vnetName}, but the plan's VNet is ${plan.vnetName}. Correct the ID or the VNet name.`,
      );
    } else if (plan.vnetResourceGroup !== null && rg.toLowerCase() !== plan.vnetResourceGroup.toLowerCase()) {
      findings.add(
        'SUBNETS_IN_DIFFERENT_VNETS',
        'error',
        'R59',
        path,
        () =>
          `Subnet ${subnet.name}'s resource ID names resource group ${rg}, but the plan's VNet is in ${plan.vnetResourceGroup}. Correct the ID or the resource group.`,
      );
    }
  }
}
