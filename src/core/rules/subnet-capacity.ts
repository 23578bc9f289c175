import {
  DYNAMIC_POD_SCALE_NOTE,
  STATIC_BLOCK_MIN_SUBNET_PREFIX,
  STATIC_BLOCK_SIZE,
  VNET_PRIVATE_IP_LIMIT,
} from '../model/constants.ts';
import { staticBlockWaste } from '../model/capacity.ts';
import type { SizeAdvice } from './sizing-advice.ts';
import { D18_NOTE, subnetSizeAdvice } from './sizing-advice.ts';
import { kubernetesVersionAtLeast } from '../model/kubernetes-version.ts';
import type { ResolvedPool } from '../model/resolve-plan.ts';
import type { RuleContext } from './rule-context.ts';
import type { SubnetUsage } from '../model/subnet-usage.ts';
import { formatCount, formatList } from '../model/format.ts';

/** Pools a message spells out term by term; the rest are counted (a subnet may hold 10,000 pools). */
const POOL_TERMS_LISTED = 10;

function poolTerms(
  pools: readonly ResolvedPool[],
  perNode: (pool: ResolvedPool) => number,
  withSurge: boolean,
): string {
  const rest = pools.length - POOL_TERMS_LISTED;
  const more = rest > 0 ? ` + ${formatCount(rest)} more pool${rest === 1 ? '' : 's'}` : '';
  return `${pools
    .slice(0, POOL_TERMS_LISTED)
    .map((pool) => {
      const nodes = withSurge ? pool.nodesDuringUpgrade : pool.plannedNodes;
      const label = withSurge
        ? `(${formatCount(pool.plannedNodes)} + ${formatCount(pool.surgeNodes)} surge)`
        : formatCount(nodes);
      return `${pool.name} ${label} × ${formatCount(perNode(pool))}`;
    })
    .join(' + ')}${more}`;
}

function otherTerm(usage: SubnetUsage): string {
  return usage.otherIps > 0 ? ` + ${formatCount(usage.otherIps)} other IPs` : '';
}

/** The advised prefix as a finding field (R70), built only for a listed finding. */
function advisedOf(advice: SizeAdvice): () => { advisedPrefix: number } | Record<string, never> {
  return () => (advice.prefix === null ? {} : { advisedPrefix: advice.prefix });
}

/** R13: node-subnet capacity at rest and during upgrade. */
export function checkNodeSubnetCapacity({ usages, findings }: RuleContext): void {
  for (const usage of usages) {
    if (usage.nodePools.length === 0 || usage.podPools.length > 0 || usage.subnet.ipv4.length === 0) continue;
    const { subnet } = usage;
    const cidr = subnet.ipv4[0]?.canonical ?? '';
    const usable = usage.usable;
    const nodeIps = usage.ipsSteady;
    const upgradeIps = usage.ipsDuringUpgrade;
    const advice = subnetSizeAdvice(nodeIps, upgradeIps);
    if (BigInt(nodeIps) > usable) {
      findings.add(
        'SUBNET_INSUFFICIENT_FOR_NODES',
        'error',
        'R13',
        subnet.path,
        () =>
          `Subnet ${subnet.name} (${cidr}) has ${formatCount(usable)} usable addresses but the pools need ${formatCount(nodeIps)} at rest: ${poolTerms(usage.nodePools, (p) => p.ipsPerNode, false)}${otherTerm(usage)}. ${advice.text}`,
        advisedOf(advice),
      );
      continue;
    }
    if (BigInt(upgradeIps) > usable) {
      findings.add(
        'SUBNET_INSUFFICIENT_FOR_UPGRADE',
        'warning',
        'R13',
        subnet.path,
        () =>
          `Subnet ${subnet.name} (${cidr}) has ${formatCount(usable)} usable addresses but needs ${formatCount(upgradeIps)} during an upgrade: ${poolTerms(usage.nodePools, (p) => p.ipsPerNode, true)}${otherTerm(usage)}. ${D18_NOTE} ${advice.text}`,
        advisedOf(advice),
      );
    }
  }
}

/** R57 capacity, R26 waste, R27 limits of pod subnets (azurePodSubnet). */
export function checkPodSubnets({ plan, usages, findings }: RuleContext): void {
  if (plan.plugin !== 'azurePodSubnet') return;
  for (const pool of plan.pools) {
    if (pool.podIpAllocationMode !== 'StaticBlock') continue;
    const waste = staticBlockWaste(pool.maxPods);
    if (waste > 0) {
      const blocks = Math.ceil((pool.maxPods + 1) / STATIC_BLOCK_SIZE);
      findings.add(
        'STATIC_BLOCK_WASTE',
        'info',
        'R26',
        `${pool.path}.maxPods`,
        () =>
          `Node pool ${pool.name}: maxPods ${pool.maxPods} takes ${blocks} /28 blocks = ${blocks * STATIC_BLOCK_SIZE} IPs per node, and ${waste} of them stay unused. maxPods ${blocks * STATIC_BLOCK_SIZE - 1} uses them all (16 × N − 1).`,
      );
    }
    if (plan.version !== null && !kubernetesVersionAtLeast(plan.version, 1, 28)) {
      findings.add(
        'STATIC_BLOCK_K8S_VERSION',
        'error',
        'R27',
        `${pool.path}.podIpAllocationMode`,
        () =>
          `Node pool ${pool.name} uses static block allocation, which needs Kubernetes 1.28 or later; the plan has ${plan.versionText ?? ''}. Upgrade the version or use DynamicIndividual.`,
      );
    }
  }
  for (const usage of usages) {
    if (usage.podPools.length === 0) continue;
    const { subnet } = usage;
    const modes = new Set(usage.podPools.map((p) => p.podIpAllocationMode));
    if (modes.size > 1) {
      findings.add(
        'POD_SUBNET_MIXED_MODES',
        'error',
        'R27',
        subnet.path,
        () =>
          `Pod subnet ${subnet.name} is used by pools in both allocation modes (${formatList(usage.podPools.map((p) => `${p.name}: ${p.podIpAllocationMode ?? ''}`))}); a subnet supports one mode. Give each mode its own pod subnet.`,
      );
    }
    const prefix = subnet.ipv4[0];
    if (
      modes.has('StaticBlock') &&
      prefix !== undefined &&
      prefix.cidr.prefixLength < STATIC_BLOCK_MIN_SUBNET_PREFIX
    ) {
      findings.add(
        'STATIC_BLOCK_SUBNET_TOO_LARGE',
        'error',
        'R27',
        prefix.path,
        () =>
          `Pod subnet ${subnet.name} is ${prefix.canonical}; static block allocation supports pod subnets up to /12. Use a /12 or smaller.`,
      );
    }
    if (prefix === undefined) continue;
    const usable = usage.usable;
    const other = usage.otherIps;
    const steady = usage.ipsSteady;
    const upgrade = usage.ipsDuringUpgrade;
    const otherText = other > 0 ? ` + ${formatCount(other)} other IPs` : '';
    // R27: a StaticBlock pod subnet is never advised larger than /12.
    const advice = subnetSizeAdvice(
      steady,
      upgrade,
      modes.has('StaticBlock') ? STATIC_BLOCK_MIN_SUBNET_PREFIX : undefined,
    );
    if (BigInt(steady) > usable) {
      findings.add(
        'POD_SUBNET_INSUFFICIENT',
        'error',
        'R57',
        subnet.path,
        () =>
          `Pod subnet ${subnet.name} (${prefix.canonical}) has ${formatCount(usable)} usable addresses but the pools need ${formatCount(steady)} at rest: ${poolTerms(usage.podPools, (p) => p.podSubnetIpsPerNode, false)} IPs per node${otherText}. ${advice.text}`,
        advisedOf(advice),
      );
    } else if (BigInt(upgrade) > usable) {
      findings.add(
        'POD_SUBNET_INSUFFICIENT_FOR_UPGRADE',
        'warning',
        'R57',
        subnet.path,
        () =>
          `Pod subnet ${subnet.name} (${prefix.canonical}) has ${formatCount(usable)} usable addresses but needs ${formatCount(upgrade)} during an upgrade at full pod density: ${poolTerms(usage.podPools, (p) => p.podSubnetIpsPerNodeDuringUpgrade, true)} IPs per node${otherText}. ${advice.text}`,
        advisedOf(advice),
      );
    }
  }
  const dynamicPods = plan.pools
    .filter((p) => p.podIpAllocationMode === 'DynamicIndividual')
    .reduce((sum, p) => sum + p.plannedNodes * p.maxPods, 0);
  if (dynamicPods > DYNAMIC_POD_SCALE_NOTE) {
    findings.add(
      'POD_SUBNET_SCALE_ABOVE_50K',
      'info',
      'R27',
      'nodePools',
      () =>
        `The dynamic-allocation pools can run ${formatCount(dynamicPods)} pods (Σ nodes × maxPods); Microsoft's scale guidance for Azure CNI with dynamic IP allocation is 50,000 pods per cluster, and the address mapping is limited to about 65,000. Consider Azure CNI Overlay for larger clusters.`,
    );
  }
  for (const pool of plan.pools) {
    if (!pool.maxPodsGiven) {
      findings.add(
        'MAX_PODS_DEFAULT_DISPUTED',
        'warning',
        'R29',
        `${pool.path}.maxPods`,
        () =>
          `Node pool ${pool.name} has no maxPods; the docs disagree on the Azure CNI Pod Subnet default (250 in the dynamic allocation article, 110 in the IP planning article). The planner assumes 250: set maxPods explicitly.`,
      );
    }
  }
}

/**
 * D12: private IPs the plan takes in its VNet at rest; R69: during an upgrade, every per-node term
 * taken over plannedNodes + surgeNodes. Node-subnet IPs (R13, with the private endpoint), 16 per
 * DynamicIndividual node, one per /28 block of StaticBlock nodes, and every subnet's otherIps.
 */
export function vnetPrivateIps(ctx: RuleContext, duringUpgrade = false): number {
  const { plan, usages } = ctx;
  let total = 0;
  for (const pool of plan.pools) {
    total += (duringUpgrade ? pool.nodesDuringUpgrade : pool.plannedNodes) * pool.vnetIpsPerNode;
  }
  for (const usage of usages) total += usage.subnet.otherIps + usage.privateEndpoint;
  return total;
}

/** D12, R9: the 65,536 private-IP limit of a VNet. */
export function checkVnetPrivateIpLimit(ctx: RuleContext): void {
  const total = vnetPrivateIps(ctx);
  if (total > VNET_PRIVATE_IP_LIMIT) {
    ctx.findings.add(
      'VNET_PRIVATE_IP_LIMIT',
      'error',
      'R9',
      'vnet',
      () =>
        `The plan takes ${formatCount(total)} private IPs in its VNet at rest (node IPs, pod-subnet IPs and blocks, other IPs); a VNet allows 65,536. Use fewer nodes or pods per node, static block allocation, or Azure CNI Overlay.`,
    );
  }
}

/** R69: the same limit during an upgrade, when VNET_PRIVATE_IP_LIMIT did not fire (§1). */
export function checkVnetPrivateIpLimitForUpgrade(ctx: RuleContext): void {
  const atRest = vnetPrivateIps(ctx);
  if (atRest > VNET_PRIVATE_IP_LIMIT) return;
  const total = vnetPrivateIps(ctx, true);
  if (total > VNET_PRIVATE_IP_LIMIT) {
    ctx.findings.add(
      'VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE',
      'warning',
      'R69',
      'vnet',
      () =>
        `The plan takes ${formatCount(atRest)} private IPs in its VNet at rest but ${formatCount(total)} during an upgrade (surge nodes take node IPs and pod-subnet IPs or blocks too); a VNet allows 65,536, so the upgrade can't surge. Lower maxSurge, plan fewer nodes or pods per node, or use Azure CNI Overlay.`,
    );
  }
}
