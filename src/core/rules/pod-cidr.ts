import {
  OVERLAY_IPV4_NODE_BLOCK_PREFIX,
  POD_CIDR_WARN_SHORTER_THAN,
  SUPPORTED_OVERLAY_PODS,
} from '../model/constants.ts';
import { podNodeBlocks } from '../model/capacity.ts';
import { D18_NOTE, podCidrSizeAdvice } from './sizing-advice.ts';
import { cidrContains } from '../ip/cidr.ts';
import { podCidrOf } from '../model/resolve-plan.ts';
import type { RuleContext } from './rule-context.ts';
import { formatCount } from '../model/format.ts';

/** Σ plannedNodes and Σ (plannedNodes + surgeNodes) over the plan's pools. */
export function clusterNodeTotals(ctx: RuleContext): { nodes: number; nodesDuringUpgrade: number } {
  let nodes = 0;
  let surge = 0;
  for (const pool of ctx.plan.pools) {
    nodes += pool.plannedNodes;
    surge += pool.surgeNodes;
  }
  return { nodes, nodesDuringUpgrade: nodes + surge };
}

/** R15, R16, R22: the IPv4 pod CIDR's /24 node blocks (overlay and kubenet). */
export function checkPodCidrBlocks(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  if (plan.plugin !== 'overlay' && plan.plugin !== 'kubenet') return;
  const pod = podCidrOf(plan, 'IPv4');
  if (pod === null) return;
  const blocks = podNodeBlocks(pod.cidr, OVERLAY_IPV4_NODE_BLOCK_PREFIX);
  const rule = plan.plugin === 'kubenet' ? 'R22' : 'R15';
  if (blocks === 0n) {
    findings.add(
      'POD_CIDR_TOO_SMALL',
      'error',
      rule,
      pod.path,
      () =>
        `Pod CIDR ${pod.canonical} is smaller than one /24, and every node takes a fixed /24 from it, so it holds 0 nodes. Use a /24 or larger (a /16 holds 256 nodes).`,
    );
    return;
  }
  if (pod.cidr.prefixLength < POD_CIDR_WARN_SHORTER_THAN) {
    findings.add(
      'POD_CIDR_TOO_LARGE',
      'warning',
      'R15',
      pod.path,
      () =>
        `Pod CIDR ${pod.canonical} is larger than a /8: more than 16 bits between it and the /24 node blocks, beyond what Kubernetes node IPAM supports. Use a /8 or smaller (a /12 already holds 4,096 nodes).`,
    );
  }
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
  const advice = podCidrSizeAdvice(nodes, nodesDuringUpgrade);
  const advised = () => (advice.prefix === null ? {} : { advisedPrefix: advice.prefix });
  if (blocks < BigInt(nodes)) {
    findings.add(
      'POD_CIDR_INSUFFICIENT_BLOCKS',
      'error',
      'R16',
      pod.path,
      () =>
        `Pod CIDR ${pod.canonical} holds ${formatCount(blocks)} node block${blocks === 1n ? '' : 's'} (2^(24−${pod.cidr.prefixLength})) but the pools need up to ${formatCount(nodes)} nodes${plan.pools.some((p) => p.enableAutoScaling) ? ' (autoscaler maximums)' : ''}. ${advice.text}`,
      advised,
    );
  } else if (blocks < BigInt(nodesDuringUpgrade)) {
    findings.add(
      'POD_CIDR_INSUFFICIENT_FOR_UPGRADE',
      'warning',
      'R16',
      pod.path,
      () =>
        `Pod CIDR ${pod.canonical} holds ${formatCount(blocks)} node block${blocks === 1n ? '' : 's'} but the pools need up to ${formatCount(nodesDuringUpgrade)} nodes during upgrade (${formatCount(nodes)} + ${formatCount(nodesDuringUpgrade - nodes)} surge). ${D18_NOTE} ${advice.text}`,
      advised,
    );
  }
}

/** R17, D4: supported overlay pod scale. */
export function checkPodScale(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  if (plan.plugin !== 'overlay') return;
  const pods = plan.pools.reduce((sum, pool) => sum + pool.plannedNodes * pool.maxPods, 0);
  if (pods > SUPPORTED_OVERLAY_PODS) {
    findings.add(
      'EXCEEDS_SUPPORTED_POD_SCALE',
      'info',
      'R17',
      'nodePools',
      () =>
        `The pools can run ${formatCount(pods)} pods (Σ nodes × maxPods); Microsoft's supported scale for Azure CNI Overlay is 200,000 pods per cluster (another page says 250,000). This is guidance, not an address limit.`,
    );
  }
}

/** R19: pod CIDR expansion (overlay, Linux, IPv4, a superset of the current range). */
export function checkPodCidrExpansion(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  const target = plan.podCidrExpansion;
  if (target === null) return;
  if (target.cidr.family === 'IPv6') {
    findings.add(
      'POD_CIDR_EXPANSION_IPV6_UNSUPPORTED',
      'error',
      'R19',
      target.path,
      () =>
        `Pod CIDR expansion to ${target.canonical} isn't possible: AKS doesn't support expanding an IPv6 pod CIDR. Plan the IPv6 range at its final size.`,
    );
    return;
  }
  const current = podCidrOf(plan, 'IPv4');
  if (
    current !== null &&
    (!cidrContains(target.cidr, current.cidr) || target.cidr.prefixLength === current.cidr.prefixLength)
  ) {
    findings.add(
      'POD_CIDR_EXPANSION_NOT_SUPERSET',
      'error',
      'R19',
      target.path,
      () =>
        `Pod CIDR expansion target ${target.canonical} must be a larger range that contains the whole current pod CIDR ${current.canonical}; no shrinking or replacing. Use, for example, /${current.cidr.prefixLength - 1} that contains it.`,
    );
  }
  const windows = plan.pools.filter((pool) => pool.osType === 'Windows');
  if (plan.plugin !== 'overlay' || windows.length > 0) {
    findings.add('POD_CIDR_EXPANSION_UNSUPPORTED', 'error', 'R19', target.path, () =>
      plan.plugin !== 'overlay'
        ? `Pod CIDR expansion is an Azure CNI Overlay feature; this plan uses ${plan.plugin}. Remove the expansion target.`
        : `Pod CIDR expansion supports Linux node pools only; ${windows.map((p) => p.name).join(', ')} run Windows. Remove the expansion or the Windows pools.`,
    );
  }
}

/** R56: BYO CNI still needs a pod CIDR. */
export function checkByoCniPodCidr({ plan, findings }: RuleContext): void {
  if (plan.plugin === 'none' && !plan.podCidrsGiven) {
    findings.add(
      'BYOCNI_POD_CIDR_REQUIRED',
      'error',
      'R56',
      'cluster.podCidrs',
      'Bring-your-own CNI (networkPlugin none) still needs a pod CIDR: the control plane routes to pods through it. Set a private range unique to this cluster, e.g. 10.244.0.0/16.',
    );
  }
}
