import { CONNECTED_KIND_WORDS } from '../model/choice-words.ts';
import type { Cidr } from '../ip/cidr.ts';
import { cidrsOverlap } from '../ip/cidr.ts';
import {
  AKS_RESERVED_RANGES,
  DOCKER_BRIDGE_LEGACY_RANGE,
  MULTICAST_RANGES,
  VNET_FORBIDDEN_RANGES,
  cidrIsPrivate,
  rangesOverlapping,
} from '../ip/special-ranges.ts';
import { connectedPrefixIndex, subnetPrefixIndex } from '../model/prefix-index.ts';
import type { ParsedPrefix } from '../model/resolve-plan.ts';
import { podCidrOf } from '../model/resolve-plan.ts';
import type { RuleContext } from './rule-context.ts';
import { overlapErrorRule } from './overlap-matrix.ts';
import type { PlanRangeKind } from './overlap-matrix.ts';
import { formatList, MAX_OVERLAPS_LISTED, moreOverlaps } from '../model/format.ts';
import { freeRangeLike } from '../model/free-range.ts';

/** "Pick a range outside the VNet, e.g. 172.16.0.0/16." with a range that nothing in the plan uses. */
function pickFreeRange(ctx: RuleContext, range: ParsedPrefix, purpose: 'pods' | 'services'): string {
  const free = freeRangeLike(ctx.plan, range, purpose);
  const what = purpose === 'pods' ? 'a pod range' : 'a range';
  return free === null
    ? `Pick ${what} outside the VNet and its connected networks.`
    : `Pick ${what} outside the VNet, e.g. ${free}, which nothing in this plan uses.`;
}

/** An expansion target can't move elsewhere: it must contain the pod CIDR it expands (R19). */
function expansionAdvice(ctx: RuleContext): string {
  const current = podCidrOf(ctx.plan, 'IPv4');
  return current === null
    ? 'Pick a pod range outside the VNet.'
    : `An expansion target must contain the pod CIDR ${current.canonical}, so it can't be placed elsewhere: move the subnet, or expand by fewer bits if that keeps clear of it.`;
}

/** The subnet prefixes overlapping `cidr`: the first few, in plan order, and how many in all. */
function overlappingSubnets(ctx: RuleContext, cidr: Cidr) {
  return subnetPrefixIndex(ctx.plan).overlapping(cidr, MAX_OVERLAPS_LISTED);
}

function overlappingSpace(ctx: RuleContext, cidr: Cidr): ParsedPrefix[] {
  return ctx.plan.vnetSpace.filter((space) => cidrsOverlap(space.cidr, cidr));
}

function checkConnected(ctx: RuleContext, range: ParsedPrefix, kind: PlanRangeKind, label: string): void {
  const { items, total } = connectedPrefixIndex(ctx.plan).overlapping(range.cidr, MAX_OVERLAPS_LISTED);
  items.forEach(({ network, prefix }, i) => {
    const more =
      i === items.length - 1 ? moreOverlaps(total - items.length, 'connected network prefixes') : '';
    ctx.findings.add(
      'OVERLAPS_CONNECTED_NETWORK',
      'error',
      overlapErrorRule(kind, 'connected') ?? 'R8',
      range.path,
      () =>
        `${label} ${range.canonical} overlaps ${network.name} (${CONNECTED_KIND_WORDS[network.kind]}, ${prefix.canonical}); traffic to those addresses would be misrouted. Pick a range that no connected network uses.${more}`,
    );
  });
}

function checkReserved(
  ctx: RuleContext,
  range: ParsedPrefix,
  label: string,
  skip: readonly string[] = [],
): void {
  const hits = rangesOverlapping(range.cidr, AKS_RESERVED_RANGES).filter((hit) => !skip.includes(hit.text));
  if (hits.length === 0) return;
  ctx.findings.add(
    'RESERVED_RANGE_OVERLAP',
    'error',
    'R45',
    range.path,
    () =>
      `${label} ${range.canonical} overlaps ${formatList(hits.map((h) => h.text))}, which AKS reserves; AKS rejects such clusters. Pick a range clear of 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24.`,
  );
}

function checkDockerBridge(ctx: RuleContext, range: ParsedPrefix, label: string): void {
  if (!cidrsOverlap(range.cidr, DOCKER_BRIDGE_LEGACY_RANGE.cidr)) return;
  ctx.findings.add(
    'DOCKER_BRIDGE_LEGACY_RANGE',
    'info',
    'R46',
    range.path,
    () =>
      `${label} ${range.canonical} overlaps 172.17.0.0/16, the old Docker bridge default. It isn't reserved since containerd (Kubernetes 1.19), so this is fine on AKS; check older tooling that still assumes it.`,
  );
}

function checkPodRange(ctx: RuleContext, pod: ParsedPrefix, label: string): void {
  const { findings } = ctx;
  const subnets = overlappingSubnets(ctx, pod.cidr);
  let suggestion: string | null = null;
  const advice = (): string =>
    (suggestion ??=
      pod === ctx.plan.podCidrExpansion ? expansionAdvice(ctx) : pickFreeRange(ctx, pod, 'pods'));
  subnets.items.forEach((hit, i) => {
    const more =
      i === subnets.items.length - 1
        ? moreOverlaps(subnets.total - subnets.items.length, 'subnet prefixes')
        : '';
    findings.add(
      'POD_CIDR_OVERLAPS_SUBNET',
      'error',
      'R18',
      pod.path,
      () =>
        `${label} ${pod.canonical} overlaps subnet ${hit.subnet.name} (${hit.prefix.canonical}); pod addresses must not collide with any subnet of the VNet. ${advice()}${more}`,
    );
  });
  if (subnets.total === 0) {
    const spaces = overlappingSpace(ctx, pod.cidr);
    if (spaces.length > 0) {
      findings.add(
        'POD_CIDR_IN_VNET_SPACE',
        'warning',
        'R18',
        pod.path,
        () =>
          `${label} ${pod.canonical} overlaps VNet address space ${formatList(spaces.map((s) => s.canonical))} (no subnet yet). AKS only checks subnets, but a subnet added there later would collide and traffic can be misrouted. Pick a range outside the VNet.`,
      );
    }
  }
  checkConnected(ctx, pod, pod === ctx.plan.podCidrExpansion ? 'podExpansion' : 'pod', label);
  for (const service of ctx.plan.serviceCidrs) {
    if (service !== null && cidrsOverlap(service.cidr, pod.cidr)) {
      findings.add(
        'POD_SERVICE_OVERLAP',
        'error',
        'R43',
        pod.path,
        () =>
          `${label} ${pod.canonical} overlaps service CIDR ${service.canonical}; a pod and a Service could get the same IP, which breaks the cluster. Make the two ranges disjoint.`,
      );
    }
  }
  checkReserved(ctx, pod, label);
  if (!findings.hasAt(pod.path) && !cidrIsPrivate(pod.cidr)) {
    findings.add(
      'POD_CIDR_PUBLIC_UNSUPPORTED',
      'warning',
      'R18',
      pod.path,
      () =>
        `${label} ${pod.canonical} is public address space; Azure doesn't block it, but it is outside Microsoft's support scope. Use RFC 1918 or 100.64.0.0/10${pod.cidr.family === 'IPv6' ? ' (IPv6: fc00::/7)' : ''}.`,
    );
  }
  checkDockerBridge(ctx, pod, label);
}

/** R18, R43, R45, R46, R56, matrix M: every overlap of the pod CIDRs (and an expansion target). */
export function checkPodOverlaps(ctx: RuleContext): void {
  const { plan } = ctx;
  if (plan.plugin !== 'overlay' && plan.plugin !== 'kubenet' && plan.plugin !== 'none') return;
  for (const pod of plan.podCidrs) if (pod !== null) checkPodRange(ctx, pod, 'Pod CIDR');
  if (plan.podCidrExpansion !== null && plan.podCidrExpansion.cidr.family === 'IPv4') {
    checkPodRange(ctx, plan.podCidrExpansion, 'Pod CIDR expansion target');
  }
}

/** R43, R45, R46: every overlap of the service CIDRs. */
export function checkServiceOverlaps(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  for (const service of plan.serviceCidrs) {
    if (service === null) continue;
    const subnets = overlappingSubnets(ctx, service.cidr);
    let suggestion: string | null = null;
    const advice = (): string => (suggestion ??= pickFreeRange(ctx, service, 'services'));
    subnets.items.forEach((hit, i) => {
      const more =
        i === subnets.items.length - 1
          ? moreOverlaps(subnets.total - subnets.items.length, 'subnet prefixes')
          : '';
      findings.add(
        'SERVICE_CIDR_OVERLAPS_SUBNET',
        'error',
        'R43',
        service.path,
        () =>
          `Service CIDR ${service.canonical} overlaps subnet ${hit.subnet.name} (${hit.prefix.canonical}); AKS rejects it (ServiceCidrOverlapExistingSubnetsCidr). ${advice()}${more}`,
      );
    });
    if (subnets.total === 0) {
      const spaces = overlappingSpace(ctx, service.cidr);
      if (spaces.length > 0) {
        findings.add(
          'SERVICE_CIDR_IN_VNET_SPACE',
          'warning',
          'R43',
          service.path,
          () =>
            `Service CIDR ${service.canonical} lies in VNet address space ${formatList(spaces.map((s) => s.canonical))}. It's possible but not recommended; a subnet added there later would collide. Pick a range outside the VNet.`,
        );
      }
    }
    checkConnected(ctx, service, 'service', 'Service CIDR');
    checkReserved(ctx, service, 'Service CIDR');
    const multicast = rangesOverlapping(service.cidr, MULTICAST_RANGES);
    if (multicast.length > 0) {
      findings.add(
        'SERVICE_CIDR_MULTICAST',
        'error',
        'R43',
        service.path,
        () =>
          `Service CIDR ${service.canonical} overlaps multicast space ${formatList(multicast.map((m) => m.text))}; AKS blocks it. Use private space such as 10.0.0.0/16.`,
      );
    } else if (!findings.hasAt(service.path) && !cidrIsPrivate(service.cidr)) {
      findings.add(
        'SERVICE_CIDR_PUBLIC',
        'warning',
        'R43',
        service.path,
        () =>
          `Service CIDR ${service.canonical} is public address space; AKS validates and may block it. Use private space such as 10.0.0.0/16${service.cidr.family === 'IPv6' ? ' (IPv6: fc00::/7)' : ''}.`,
      );
    }
    checkDockerBridge(ctx, service, 'Service CIDR');
  }
}

/** R45, R46 for the VNet address space; its overlaps with connected networks (peering needs disjoint spaces). */
export function checkVnetOverlaps(ctx: RuleContext): void {
  const forbidden = VNET_FORBIDDEN_RANGES.map((r) => r.text);
  for (const space of ctx.plan.vnetSpace) {
    checkReserved(ctx, space, 'VNet address space', forbidden);
    checkConnected(ctx, space, 'vnet', 'VNet address space');
    checkDockerBridge(ctx, space, 'VNet address space');
  }
}
