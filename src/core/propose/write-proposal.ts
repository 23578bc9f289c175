import { AGC_DELEGATION, APISERVER_DELEGATION } from '../model/constants.ts';
import type { ClusterPlan, Finding, PlanDocument, SubnetPlan, VnetPlan } from '../types.ts';
import { finding } from '../model/finding.ts';
import { FindingList } from '../model/finding.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import { resolvePlan } from '../model/resolve-plan.ts';
import { formatAddress } from '../ip/address.ts';
import { cidrContainsAddress, cidrLast, formatCidr, parseCidr } from '../ip/cidr.ts';
import { parseAddress } from '../ip/address.ts';
import { isFixedPath } from './propose-options.ts';
import type { SubnetPlacement } from './place-subnets.ts';
import type { PlacedClusterRange } from './place-cluster-ranges.ts';
import { expansionTargetsOf } from './expansion-targets.ts';

/** One changed field of a proposal. `from` is left out when the plan did not state the field. */
export interface ProposalChange {
  path: string;
  from?: string;
  to: string;
  reason: string;
}

/** The DNS service IP AKS documents: the .10 address of the service CIDR (R41, R44). */
const DNS_OFFSET = 10n;

export interface WriteInput {
  plan: PlanDocument;
  resolved: ResolvedPlan;
  fixed: readonly string[];
  subnets: SubnetPlacement;
  cluster: readonly PlacedClusterRange[];
  growthPercent: number | undefined;
}

function change(path: string, from: string | undefined, to: string, reason: string): ProposalChange {
  return from === undefined ? { path, to, reason } : { path, from, to, reason };
}

function writeSubnets(input: WriteInput, vnet: VnetPlan, changes: ProposalChange[], note: string): void {
  const { plan, subnets, fixed } = input;
  if (subnets.addedSpace.length > 0) {
    const space = [...(plan.vnet?.addressSpace ?? [])];
    for (const added of subnets.addedSpace) {
      changes.push(
        change(`vnet.addressSpace[${space.length}]`, undefined, formatCidr(added.cidr), added.reason),
      );
      space.push(formatCidr(added.cidr));
    }
    vnet.addressSpace = space;
  }
  const list: SubnetPlan[] = [...(vnet.subnets ?? [])];
  for (const placed of subnets.placed) {
    const { subnet, role } = placed.need;
    const original = list[subnet.index];
    if (original === undefined) continue;
    const next: SubnetPlan = { ...original };
    const ipv6 = placed.ipv6 !== null ? [formatCidr(placed.ipv6)] : subnet.ipv6.map((p) => p.canonical);
    const prefixes = [formatCidr(placed.ipv4), ...ipv6];
    const before = (original.addressPrefixes ?? []).join(', ');
    if (before !== prefixes.join(', ')) {
      next.addressPrefixes = prefixes;
      changes.push(
        change(
          `${subnet.path}.addressPrefixes`,
          before === '' ? undefined : before,
          prefixes.join(', '),
          `${note}${placed.need.reason} ${placed.placement}${placed.ipv6 !== null && subnet.ipv6[0]?.cidr !== placed.ipv6 ? ` IPv6: a /64 of the VNet's IPv6 space (R6, R60).` : ''}`,
        ),
      );
    }
    const delegation =
      role === 'apiServer'
        ? APISERVER_DELEGATION
        : role === 'appGatewayForContainers'
          ? AGC_DELEGATION
          : null;
    const delegationPath = `${subnet.path}.delegatedTo`;
    if (
      delegation !== null &&
      original.delegatedTo?.toLowerCase() !== delegation.toLowerCase() &&
      !isFixedPath(fixed, delegationPath)
    ) {
      next.delegatedTo = delegation;
      changes.push(
        change(
          delegationPath,
          original.delegatedTo,
          delegation,
          role === 'apiServer'
            ? 'An API-server subnet must be delegated to Microsoft.ContainerService/managedClusters (R65).'
            : 'An Application Gateway for Containers subnet must be delegated to Microsoft.ServiceNetworking/trafficControllers (R68).',
        ),
      );
    }
    list[subnet.index] = next;
  }
  vnet.subnets = list;
}

function writeClusterList(
  input: WriteInput,
  cluster: ClusterPlan,
  kind: 'pod' | 'service',
  changes: ProposalChange[],
  note: string,
): void {
  const placedHere = input.cluster.filter((p) => p.need.kind === kind);
  if (placedHere.length === 0) return;
  const key = kind === 'pod' ? 'podCidrs' : 'serviceCidrs';
  const stated = input.plan.cluster?.[key];
  const effective = kind === 'pod' ? input.resolved.podCidrs : input.resolved.serviceCidrs;
  const list = input.resolved.families.map((_, i) => {
    const placed = placedHere.find((p) => p.need.index === i);
    if (placed !== undefined) return formatCidr(placed.cidr);
    return stated?.[i] ?? effective[i]?.canonical ?? '';
  });
  const pending: ProposalChange[] = [];
  list.forEach((text, i) => {
    const placed = placedHere.find((p) => p.need.index === i);
    const now = stated === undefined ? effective[i]?.canonical : stated[i];
    if (placed === undefined || now === text) return;
    const defaultNote =
      stated === undefined && now !== undefined ? ` (${now} is the documented default.)` : '';
    pending.push(
      change(
        `cluster.${key}[${i}]`,
        now,
        text,
        `${kind === 'pod' ? note : ''}${placed.need.reason} ${placed.placement}${defaultNote}`,
      ),
    );
  });
  if (pending.length === 0 && (stated === undefined || stated.length === list.length)) return;
  cluster[key] = list;
  changes.push(...pending);
}

function writeDns(
  input: WriteInput,
  cluster: ClusterPlan,
  changes: ProposalChange[],
  findings: Finding[],
): void {
  const service = input.cluster.find((p) => p.need.kind === 'service' && p.need.index === 0);
  const stated = input.plan.cluster?.dnsServiceIp;
  if (service === undefined || stated === undefined) return;
  const address = parseAddress(stated);
  const net = service.cidr.network;
  const inside =
    address.ok &&
    cidrContainsAddress(service.cidr, address.address.family, address.address.value) &&
    address.address.value >= net + 2n &&
    address.address.value < cidrLast(service.cidr);
  if (inside) return;
  const to = formatAddress({ family: 'IPv4', value: net + DNS_OFFSET });
  if (isFixedPath(input.fixed, 'cluster.dnsServiceIp')) {
    findings.push(
      finding(
        'PROPOSAL_FIXED_RANGE_CONFLICT',
        'error',
        'R44',
        'cluster.dnsServiceIp',
        `The DNS service IP ${stated} is fixed but isn't a usable address of the proposed service CIDR ${formatCidr(service.cidr)}. Unpin it (the proposal would use ${to}) or pin the service CIDR.`,
      ),
    );
    return;
  }
  cluster.dnsServiceIp = to;
  changes.push(
    change(
      'cluster.dnsServiceIp',
      stated,
      to,
      `The DNS service IP must be inside the service CIDR and not its first address (R44): ${to}, the .10 address of ${formatCidr(service.cidr)}.`,
    ),
  );
}

function writeExpansion(input: WriteInput, doc: PlanDocument, changes: ProposalChange[]): void {
  const cluster = doc.cluster;
  const stated = cluster?.podCidrExpansion;
  if (cluster === undefined || stated === undefined || isFixedPath(input.fixed, 'cluster.podCidrExpansion'))
    return;
  const { podCidrExpansion: _dropped, ...rest } = cluster;
  const targets = expansionTargetsOf(resolvePlan({ ...doc, cluster: rest }, new FindingList(), []));
  const parsed = parseCidr(stated);
  const canonical = parsed.ok ? parsed.canonical : null;
  if (canonical !== null && canonical === stated && targets.some((t) => t.cidr === canonical)) return;
  const samePrefix = parsed.ok
    ? targets.find((t) => t.cidr.endsWith(`/${parsed.cidr.prefixLength}`))
    : undefined;
  const target = samePrefix ?? targets[targets.length - 1];
  if (target === undefined) {
    doc.cluster = rest;
    changes.push(
      change(
        'cluster.podCidrExpansion',
        stated,
        '',
        'No valid expansion target is left for the proposed pod CIDR (R19: a private superset clear of the VNet, subnets, service CIDRs, connected and reserved ranges), so the planned expansion is removed.',
      ),
    );
    return;
  }
  cluster.podCidrExpansion = target.cidr;
  changes.push(
    change(
      'cluster.podCidrExpansion',
      stated,
      target.cidr,
      `The expansion target must contain the proposed pod CIDR and stay clear of everything else (R19): ${target.cidr} allows ${target.maxNodes.toLocaleString('en-US')} nodes.`,
    ),
  );
}

/**
 * Puts the placed ranges into a copy of the plan (the input is never changed) and lists each changed
 * field with its reason, in a stable order: VNet address space, subnets, pod CIDRs, service CIDRs, DNS
 * service IP, expansion target.
 */
export function writeProposal(input: WriteInput): {
  plan: PlanDocument;
  changes: ProposalChange[];
  findings: Finding[];
} {
  const changes: ProposalChange[] = [];
  const findings: Finding[] = [];
  const growth = input.growthPercent;
  const note =
    growth !== undefined && Number.isFinite(growth) && growth > 0 ? `Sized for +${growth} % nodes. ` : '';
  const doc: PlanDocument = { ...input.plan };
  if (
    input.plan.vnet !== undefined &&
    (input.subnets.placed.length > 0 || input.subnets.addedSpace.length > 0)
  ) {
    const vnet: VnetPlan = { ...input.plan.vnet };
    writeSubnets(input, vnet, changes, note);
    doc.vnet = vnet;
  }
  const cluster: ClusterPlan = { ...(input.plan.cluster ?? {}) };
  writeClusterList(input, cluster, 'pod', changes, note);
  writeClusterList(input, cluster, 'service', changes, note);
  writeDns(input, cluster, changes, findings);
  if (changes.some((c) => c.path.startsWith('cluster.')) || input.plan.cluster !== undefined)
    doc.cluster = cluster;
  writeExpansion(input, doc, changes);
  return { plan: doc, changes, findings };
}

/** Resolve findings that stop the proposal from sizing or placing a range it doesn't rewrite. */
const BLOCKING_CODES = new Set([
  'CIDR_INVALID',
  'POOL_SUBNET_NOT_FOUND',
  'POD_SUBNET_MISSING',
  'AUTOSCALE_RANGE_INVALID',
]);

/**
 * PROPOSAL_INPUT_INCOMPLETE for each problem of the input the proposal can't fix by itself: a
 * CIDR that doesn't parse in a field it doesn't rewrite (a connected network, a fixed range), a pool
 * without its subnet, an autoscaler without bounds.
 */
export function inputFindings(items: readonly Finding[], changes: readonly ProposalChange[]): Finding[] {
  const rewritten = changes.map((c) => c.path);
  const out: Finding[] = [];
  for (const item of items) {
    const blocking =
      BLOCKING_CODES.has(item.code) || (item.code === 'CIDR_HOST_BITS_SET' && item.severity === 'error');
    if (!blocking) continue;
    if (item.path !== undefined && isFixedPath(rewritten, item.path)) continue;
    out.push(
      finding(
        'PROPOSAL_INPUT_INCOMPLETE',
        'error',
        item.rule ?? 'R70',
        item.path,
        `The proposal can't size or place everything until this is fixed: ${item.message}`,
      ),
    );
  }
  return out;
}
