import type { IpFamily } from '../types.ts';
import {
  IPV6_NODE_BLOCK_PREFIX,
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  POD_CIDR_WARN_SHORTER_THAN,
  SERVICE_CIDR_MIN_PREFIX_IPV4,
  SERVICE_CIDR_MIN_PREFIX_IPV6,
} from '../model/constants.ts';
import { serviceAllocatable, smallestPodCidrPrefixFor } from '../model/capacity.ts';
import { formatCount } from '../model/format.ts';
import { kubernetesVersionAtLeast } from '../model/kubernetes-version.ts';
import type { ParsedPrefix, ResolvedPlan } from '../model/resolve-plan.ts';
import type { Finding } from '../types.ts';
import { finding, FindingList } from '../model/finding.ts';
import { clusterNodeTotals } from '../rules/pod-cidr.ts';

/** A pod or service CIDR the proposal sizes. */
export interface ClusterRangeNeed {
  kind: 'pod' | 'service';
  family: IpFamily;
  /** Position in cluster.podCidrs / cluster.serviceCidrs. */
  index: number;
  prefixLength: number;
  /** The range the plan has now (stated or the documented default), if it parsed. */
  current: ParsedPrefix | null;
  reason: string;
}

/** The IPv6 pod CIDR: the documented /64 (R51, R52). */
const IPV6_POD_PREFIX = 64;
/** BYO CNI: no per-node block rule applies (R56); a pod CIDR without one is sized like the default /16. */
const BYO_DEFAULT_POD_PREFIX = 16;
/** Service CIDR bounds without a finding: /13 (a /12 warns, D5) to /28 (room for the .10 DNS IP, R44). */
const SERVICE_LONGEST_IPV4 = 28;
const SERVICE_SHORTEST_IPV4 = SERVICE_CIDR_MIN_PREFIX_IPV4 + 1;
/** IPv6: /108 (R39) to /125 (8 addresses, R39). */
const SERVICE_LONGEST_IPV6 = 125;
/** kubernetes.default and kube-dns take two ClusterIPs of the IPv4 range (R42, R44). */
const DEFAULT_SERVICES = 2n;

function plural(n: number, word: string): string {
  return `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;
}

/** Σ plannedNodes and Σ surge over the pools: the evaluator's own sum (clusterNodeTotals, R16). */
function nodeTotals(plan: ResolvedPlan): { nodes: number; surge: number; blocks: number } {
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals({ plan, usages: [], findings: new FindingList() });
  return { nodes, surge: nodesDuringUpgrade - nodes, blocks: nodesDuringUpgrade };
}

/** Pod CIDR of overlay and kubenet: one /24 per node, during upgrade (R15, R16, R22, R70). */
function ipv4PodNeed(plan: ResolvedPlan, findings: Finding[]): number {
  const { nodes, surge, blocks } = nodeTotals(plan);
  let prefix = smallestPodCidrPrefixFor(Math.max(blocks, 1), OVERLAY_IPV4_NODE_BLOCK_PREFIX);
  if (prefix < POD_CIDR_WARN_SHORTER_THAN) {
    const atRest = smallestPodCidrPrefixFor(Math.max(nodes, 1), OVERLAY_IPV4_NODE_BLOCK_PREFIX);
    findings.push(
      finding(
        'PROPOSAL_POD_CIDR_TOO_LARGE',
        'error',
        'R15',
        'cluster.podCidrs[0]',
        `The pools reach ${formatCount(blocks)} nodes during upgrade (${formatCount(nodes)} + ${formatCount(surge)} surge); that needs a /${prefix} pod CIDR, larger than the /8 Kubernetes node IPAM supports${atRest >= POD_CIDR_WARN_SHORTER_THAN ? `. A /${atRest} holds them at rest: lower maxSurge or the node count` : ''}. Plan fewer nodes.`,
      ),
    );
    prefix = POD_CIDR_WARN_SHORTER_THAN;
  }
  return prefix;
}

function podReason(plan: ResolvedPlan, prefix: number): string {
  const { nodes, surge, blocks } = nodeTotals(plan);
  const holds = 1 << (OVERLAY_IPV4_NODE_BLOCK_PREFIX - prefix);
  const smaller =
    prefix < OVERLAY_IPV4_NODE_BLOCK_PREFIX
      ? `; a /${prefix + 1} holds ${formatCount(holds / 2)}`
      : ', the smallest pod CIDR';
  return `${plural(plan.pools.length, 'pool')} reach${plan.pools.length === 1 ? 'es' : ''} ${formatCount(nodes)} nodes + ${formatCount(surge)} surge = ${plural(blocks, '/24 block')} → /${prefix} (${plural(holds, 'block')}${smaller}) (R15, R16, R70).`;
}

/**
 * The longest service prefix whose ClusterIPs, after kubernetes.default and kube-dns on the IPv4
 * range, hold `expected` Services (R39, R40, R42, R44); null when even the largest allowed is short.
 *
 * @example smallestServicePrefixFor('IPv4', 250, true) // /24: 256 − 2 − 2 = 252 ≥ 250, a /25 has 124
 */
export function smallestServicePrefixFor(
  family: IpFamily,
  expected: number,
  allocatorOnly: boolean,
): number | null {
  const longest = family === 'IPv4' ? SERVICE_LONGEST_IPV4 : SERVICE_LONGEST_IPV6;
  const shortest = family === 'IPv4' ? SERVICE_SHORTEST_IPV4 : SERVICE_CIDR_MIN_PREFIX_IPV6;
  const taken = family === 'IPv4' ? DEFAULT_SERVICES : 0n;
  for (let p = longest; p >= shortest; p--) {
    const cidr = { family, network: 0n, prefixLength: p };
    if (serviceAllocatable(cidr, allocatorOnly) - taken >= BigInt(Math.max(0, Math.ceil(expected)))) return p;
  }
  return null;
}

function serviceNeed(
  plan: ResolvedPlan,
  family: IpFamily,
  index: number,
  current: ParsedPrefix | null,
  expected: number | undefined,
  findings: Finding[],
): ClusterRangeNeed {
  const allocatorOnly = plan.version === null || kubernetesVersionAtLeast(plan.version, 1, 34);
  const longest = family === 'IPv4' ? SERVICE_LONGEST_IPV4 : SERVICE_LONGEST_IPV6;
  const shortest = family === 'IPv4' ? SERVICE_SHORTEST_IPV4 : SERVICE_CIDR_MIN_PREFIX_IPV6;
  const path = `cluster.serviceCidrs[${index}]`;
  if (expected !== undefined) {
    const prefix = smallestServicePrefixFor(family, expected, allocatorOnly);
    if (prefix !== null) {
      const size = serviceAllocatable({ family, network: 0n, prefixLength: prefix }, allocatorOnly);
      const after = family === 'IPv4' ? size - DEFAULT_SERVICES : size;
      const defaults = family === 'IPv4' ? ' − 2 (kubernetes.default, kube-dns)' : '';
      return {
        kind: 'service',
        family,
        index,
        prefixLength: prefix,
        current,
        reason: `${formatCount(expected)} expected Services → /${prefix}: ${formatCount(size)} allocatable ClusterIPs${defaults} = ${formatCount(after)} (R39, R40).`,
      };
    }
    findings.push(
      finding(
        'PROPOSAL_SERVICE_CIDR_TOO_LARGE',
        'error',
        'R39',
        path,
        `${formatCount(expected)} Services need more ClusterIPs than the largest service CIDR AKS documents (/${shortest - (family === 'IPv4' ? 1 : 0)}) holds. Plan fewer Services or several clusters.`,
      ),
    );
  }
  const now = current?.cidr.prefixLength ?? (family === 'IPv4' ? 16 : SERVICE_CIDR_MIN_PREFIX_IPV6);
  const prefix = Math.min(Math.max(now, shortest), longest);
  const reason =
    prefix === now
      ? `Keeps the size of the current service CIDR, /${prefix} (no expected Service count given).`
      : `The current size /${now} is outside what AKS allows without a finding (/${shortest}–/${longest}, R39, D5): /${prefix}.`;
  return { kind: 'service', family, index, prefixLength: prefix, current, reason };
}

/**
 * The pod CIDRs (overlay, kubenet, BYO CNI) and service CIDRs the plan needs, one per family in
 * ipFamilies order, each at its smallest size: the IPv4 pod CIDR from the /24 blocks of every node
 * and surge node (R15, R16, R70), the IPv6 pod CIDR at the documented /64 (R52), the service CIDR
 * from `expectedServices` or at its current size (R39, R40).
 *
 * @example clusterRangeNeeds(plan, undefined, [])[0] // { kind: 'pod', prefixLength: 22, … } for 3 nodes + 1 surge
 */
export function clusterRangeNeeds(
  plan: ResolvedPlan,
  expectedServices: number | undefined,
  findings: Finding[],
): ClusterRangeNeed[] {
  const needs: ClusterRangeNeed[] = [];
  const withPods = plan.plugin === 'overlay' || plan.plugin === 'kubenet' || plan.plugin === 'none';
  plan.families.forEach((family, index) => {
    if (!withPods) return;
    const current = plan.podCidrs[index] ?? null;
    const same = current !== null && current.cidr.family === family ? current : null;
    if (family === 'IPv6') {
      needs.push({
        kind: 'pod',
        family,
        index,
        prefixLength: IPV6_POD_PREFIX,
        current: same,
        reason: `IPv6 pod CIDR: the documented /64 (R51, R52); at /${IPV6_NODE_BLOCK_PREFIX} per node it holds 65,536 nodes, never the limit.`,
      });
    } else if (plan.plugin === 'none') {
      const prefix = same?.cidr.prefixLength ?? BYO_DEFAULT_POD_PREFIX;
      needs.push({
        kind: 'pod',
        family,
        index,
        prefixLength: prefix,
        current: same,
        reason: `Bring-your-own CNI decides its per-node blocks, so no block rule applies (R56): /${prefix}${same === null ? ', the size of the default 10.244.0.0/16' : ', the current size'}.`,
      });
    } else {
      const prefix = ipv4PodNeed(plan, findings);
      needs.push({
        kind: 'pod',
        family,
        index,
        prefixLength: prefix,
        current: same,
        reason: podReason(plan, prefix),
      });
    }
  });
  plan.families.forEach((family, index) => {
    const current = plan.serviceCidrs[index] ?? null;
    const same = current !== null && current.cidr.family === family ? current : null;
    needs.push(serviceNeed(plan, family, index, same, expectedServices, findings));
  });
  return needs;
}
