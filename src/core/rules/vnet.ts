import {
  IPV6_SUBNET_PREFIX,
  NAME_LABEL_MAX_LENGTH,
  SUBNET_MAX_PREFIX_IPV4,
  SUBNET_MIN_PREFIX_IPV4,
  SUBNET_WARN_SHORTER_THAN,
  VNET_PEERING_LIMIT,
  VNET_SUBNET_LIMIT,
  APISERVER_IPS_PER_CLUSTER,
  APISERVER_SUBNET_MIN_PREFIX,
  APISERVER_DELEGATION,
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

/** R12: the API server VNet Integration subnet's size; R65: its delegation. */
export function checkApiServerSubnet({ usages, findings }: RuleContext): void {
  for (const usage of usages) {
    if (!usage.roles.has('apiServer')) continue;
    const { subnet } = usage;
    if (subnet.delegatedTo?.toLowerCase() !== APISERVER_DELEGATION.toLowerCase()) {
      findings.add(
        'APISERVER_SUBNET_NOT_DELEGATED',
        'error',
        'R65',
        `${subnet.path}.delegatedTo`,
        () =>
          `API server subnet ${subnet.name} is ${subnet.delegatedTo === null ? 'not delegated' : `delegated to ${subnet.delegatedTo}`}; API Server VNet Integration needs it delegated to ${APISERVER_DELEGATION}. Set delegatedTo to ${APISERVER_DELEGATION}.`,
      );
    }
    const prefix = subnet.ipv4[0];
    if (prefix === undefined) continue;
    const needed = APISERVER_IPS_PER_CLUSTER * subnet.sharedByClusters;
    if (prefix.cidr.prefixLength > APISERVER_SUBNET_MIN_PREFIX) {
      findings.add(
        'APISERVER_SUBNET_TOO_SMALL',
        'error',
        'R12',
        prefix.path,
        () =>
          `API server subnet ${subnet.name} is ${prefix.canonical}; API Server VNet Integration needs a /28 or larger. Use a /28 (fits one cluster) or a /27 (three).`,
      );
    } else if (usage.usable < BigInt(needed)) {
      findings.add(
        'APISERVER_SUBNET_TOO_SMALL',
        'error',
        'R12',
        prefix.path,
        () =>
          `API server subnet ${subnet.name} (${prefix.canonical}) has ${formatCount(usage.usable)} usable addresses but ${formatCount(subnet.sharedByClusters)} clusters reserve 9 each = ${formatCount(needed)}. Use a larger subnet or fewer clusters.`,
      );
    }
  }
}

const ROLE_WORDS = {
  nodes: 'a node subnet',
  pods: 'a pod subnet',
  apiServer: 'the API server subnet',
  appGatewayForContainers: 'the Application Gateway for Containers subnet',
} as const;

/** R58: node subnets can't be delegated; one role per subnet (nodes, pods, API server, AGC). */
export function checkSubnetRoles({ usages, findings }: RuleContext): void {
  for (const usage of usages) {
    const { subnet, roles } = usage;
    if (roles.has('nodes') && usage.nodePools.length > 0 && subnet.delegatedTo !== null) {
      findings.add(
        'NODE_SUBNET_DELEGATED',
        'error',
        'R58',
        `${subnet.path}.delegatedTo`,
        () =>
          `Subnet ${subnet.name} is delegated to ${subnet.delegatedTo}, but node pools ${formatList(usage.nodePools.map((p) => p.name))} use it; a node pool's subnet can't be delegated. Remove the delegation or use another subnet.`,
      );
    }
    if (roles.size > 1) {
      const list = [...roles].map((r) => ROLE_WORDS[r]);
      findings.add(
        'SUBNET_ROLE_CONFLICT',
        'error',
        'R58',
        subnet.path,
        () =>
          `Subnet ${subnet.name} is used as ${formatList(list)}; each subnet has one role (nodes can't share the pod subnet, and the API server and AGC subnets can't hold other workloads). Give each role its own subnet.`,
      );
    }
  }
}

const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function checkLabelName(ctx: RuleContext, value: string, path: string, what: string): void {
  if (value.length > NAME_LABEL_MAX_LENGTH) {
    ctx.findings.add(
      'NAME_TOO_LONG',
      'error',
      'R33',
      path,
      () =>
        `${what} "${value}" has ${value.length} characters; with Azure CNI Overlay it becomes a Kubernetes label value, which allows 63. Use a shorter name.`,
    );
  } else if (!LABEL_VALUE.test(value)) {
    ctx.findings.add(
      'NAME_INVALID_LABEL_CHARS',
      'error',
      'R33',
      path,
      () =>
        `${what} "${value}" can't be a Kubernetes label value: it must start and end with a letter or digit, with only - _ . letters and digits between. Rename it.`,
    );
  }
}

/**
 * R33: with Azure CNI Overlay in your own VNet, the subnet, VNet and resource-group names are node
 * labels. The docs state it for overlay only; other plugins are unsourced (§3), so they aren't checked.
 */
export function checkLabelNames(ctx: RuleContext): void {
  const { plan } = ctx;
  if (plan.plugin !== 'overlay' || plan.managedVnet) return;
  if (plan.vnetName !== null) checkLabelName(ctx, plan.vnetName, 'vnet.name', 'VNet name');
  if (plan.vnetResourceGroup !== null)
    checkLabelName(ctx, plan.vnetResourceGroup, 'vnet.resourceGroup', 'Resource group name');
  for (const usage of ctx.usages) {
    if (usage.nodePools.length > 0)
      checkLabelName(ctx, usage.subnet.name, `${usage.subnet.path}.name`, 'Subnet name');
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
