import {
  FREE_TIER_RECOMMENDED_NODES,
  MAX_PODS_MAX,
  MAX_PODS_MIN,
  MIN_PODS_PER_POOL,
  NPM_NODE_LIMIT,
  POOL_COUNT_LIMIT,
  POOL_NODE_LIMIT,
  SYSTEM_POOL_MIN_NODES,
  WINDOWS_MAX_PODS_RECOMMENDED,
} from '../model/constants.ts';
import type { RuleContext } from './rule-context.ts';
import { clusterNodeTotals } from './pod-cidr.ts';
import { formatCount } from '../model/format.ts';

const POOL_NAME = /^[a-z][a-z0-9]*$/;

/** R28, R32, R31 (per pool, D20), R36, R38 (per pool), R62, R20/R61 (Windows). */
export function checkPools(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  const azureCni =
    plan.plugin === 'overlay' || plan.plugin === 'azureNodeSubnet' || plan.plugin === 'azurePodSubnet';
  const seen = new Set<string>();
  for (const pool of plan.pools) {
    const maxLength = pool.osType === 'Windows' ? 6 : 12;
    if (!POOL_NAME.test(pool.name) || pool.name.length > maxLength) {
      findings.add(
        'POOL_NAME_INVALID',
        'error',
        'R32',
        `${pool.path}.name`,
        () =>
          `Node pool name "${pool.name}" is invalid: use lowercase letters and digits, starting with a letter, 1–${maxLength} characters for ${pool.osType} pools.`,
      );
    } else if (seen.has(pool.name)) {
      findings.add(
        'POOL_NAME_DUPLICATE',
        'error',
        'R32',
        `${pool.path}.name`,
        () => `Two node pools are named ${pool.name}; pool names are unique in a cluster. Rename one.`,
      );
    }
    seen.add(pool.name);

    if (pool.maxPods < MAX_PODS_MIN || pool.maxPods > MAX_PODS_MAX) {
      findings.add(
        'MAX_PODS_OUT_OF_RANGE',
        'error',
        'R28',
        `${pool.path}.maxPods`,
        () =>
          `Node pool ${pool.name} has maxPods ${formatCount(pool.maxPods)}; AKS accepts 10–250. Pick a value in that range.`,
      );
    } else {
      const minimumNodes = pool.enableAutoScaling && pool.minCount !== null ? pool.minCount : pool.count;
      if (
        minimumNodes > 0 &&
        pool.maxPods < MIN_PODS_PER_POOL &&
        pool.maxPods * minimumNodes < MIN_PODS_PER_POOL
      ) {
        findings.add(
          'MAX_PODS_POOL_MIN_30',
          'error',
          'R28',
          `${pool.path}.maxPods`,
          () =>
            `Node pool ${pool.name} has room for ${formatCount(pool.maxPods * minimumNodes)} pods at its smallest (${formatCount(minimumNodes)} nodes × ${pool.maxPods}); AKS needs room for at least 30 per pool. Raise maxPods to ${Math.ceil(MIN_PODS_PER_POOL / minimumNodes)} or use ${Math.ceil(MIN_PODS_PER_POOL / pool.maxPods)} nodes.`,
        );
      }
    }

    if (pool.plannedNodes > POOL_NODE_LIMIT) {
      findings.add(
        'POOL_NODE_LIMIT',
        'error',
        'R31',
        `${pool.path}.${pool.enableAutoScaling ? 'maxCount' : 'count'}`,
        () =>
          `Node pool ${pool.name} plans ${formatCount(pool.plannedNodes)} nodes; a pool holds at most 1,000. Split it into ${Math.ceil(pool.plannedNodes / POOL_NODE_LIMIT)} pools.`,
      );
    } else if (pool.nodesDuringUpgrade > POOL_NODE_LIMIT) {
      findings.add(
        'UPGRADE_EXCEEDS_POOL_LIMIT',
        'warning',
        'R38',
        `${pool.path}.maxSurge`,
        () =>
          `Node pool ${pool.name}: ${formatCount(pool.plannedNodes)} nodes + ${formatCount(pool.surgeNodes)} surge = ${formatCount(pool.nodesDuringUpgrade)} passes the 1,000-node pool limit, so AKS rejects the upgrade before it starts. Lower maxSurge to ${formatCount(POOL_NODE_LIMIT - pool.plannedNodes)} or fewer nodes, or split the pool.`,
      );
    }

    if (pool.mode === 'System') {
      // D20: the floor counts the pool at its smallest size (minCount when it autoscales).
      const autoscaledMin = pool.enableAutoScaling && pool.minCount !== null;
      const smallest = autoscaledMin ? (pool.minCount as number) : pool.count;
      if (smallest < SYSTEM_POOL_MIN_NODES) {
        findings.add(
          'SYSTEM_POOL_UNDER_2',
          'warning',
          'R31',
          `${pool.path}.${autoscaledMin ? 'minCount' : 'count'}`,
          () =>
            `System pool ${pool.name} has ${autoscaledMin ? `minCount ${formatCount(smallest)}, so the autoscaler can shrink it to ${formatCount(smallest)} node${smallest === 1 ? '' : 's'}` : `${formatCount(smallest)} node${smallest === 1 ? '' : 's'}`}; the docs say system pools need at least 2 (3 recommended) so system pods survive the loss of a node. Use ${autoscaledMin ? 'minCount ' : ''}3.`,
        );
      }
      if (pool.osType === 'Windows') {
        findings.add(
          'SYSTEM_POOL_NOT_LINUX',
          'error',
          'R62',
          `${pool.path}.osType`,
          () =>
            `System pool ${pool.name} runs Windows; AKS system pools must be Linux (Ubuntu or Azure Linux). Make it a Linux pool, or make it a User pool and add a Linux System pool.`,
        );
      }
      const zero = pool.maxSurge.kind === 'nodes' ? pool.maxSurge.nodes === 0 : pool.maxSurge.percent === 0;
      if (zero) {
        findings.add(
          'SYSTEM_POOL_SURGE_ZERO',
          'error',
          'R36',
          `${pool.path}.maxSurge`,
          () =>
            `System pool ${pool.name} has maxSurge 0; AKS needs maxSurge > 0 when maxUnavailable is 0, and system pools can't set maxUnavailable. Use at least "1" or "10%".`,
        );
      }
    }

    if (pool.osType === 'Windows') {
      if (azureCni && pool.maxPods > WINDOWS_MAX_PODS_RECOMMENDED) {
        findings.add(
          'WINDOWS_MAXPODS_ABOVE_110',
          'warning',
          'R61',
          `${pool.path}.maxPods`,
          () =>
            `Windows pool ${pool.name} has maxPods ${pool.maxPods}; the maximum recommended for Windows Server containers is 110. Use 110 or less.`,
        );
      }
      if (plan.dataplane === 'cilium') {
        findings.add(
          'WINDOWS_CILIUM_UNSUPPORTED',
          'error',
          'R61',
          `${pool.path}.osType`,
          () =>
            `Windows pool ${pool.name} can't run with Azure CNI powered by Cilium, which is Linux only. Use the azure data plane or Linux pools.`,
        );
      }
      if (plan.plugin === 'kubenet') {
        findings.add(
          'KUBENET_WINDOWS_UNSUPPORTED',
          'error',
          'R23',
          `${pool.path}.osType`,
          () =>
            `Windows pool ${pool.name} can't run on kubenet; Windows Server containers need Azure CNI. Switch to Azure CNI Overlay.`,
        );
      }
    }
  }
}

/** R30, R31 (cluster), R34, R38 (cluster): cluster-wide node and pool limits. */
export function checkClusterLimits(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
  if (plan.pools.length > POOL_COUNT_LIMIT) {
    findings.add(
      'POOL_COUNT_LIMIT',
      'error',
      'R31',
      'nodePools',
      () =>
        `The plan has ${formatCount(plan.pools.length)} node pools; a cluster holds at most 100. Merge pools or split the cluster.`,
    );
  }
  if (plan.pools.length > 0 && !plan.pools.some((pool) => pool.mode === 'System')) {
    findings.add(
      'NO_SYSTEM_POOL',
      'error',
      'R31',
      'nodePools',
      'The plan has no System node pool; every AKS cluster needs at least one. Set one pool’s mode to System.',
    );
  }
  const tierLimit = plan.tierNodeLimit;
  if (nodes > tierLimit) {
    findings.add(
      'CLUSTER_NODE_LIMIT',
      'error',
      'R30',
      'nodePools',
      () =>
        `The pools plan ${formatCount(nodes)} nodes (autoscaler maximums); the ${plan.tier} tier allows ${formatCount(tierLimit)} per cluster.${plan.tier === 'Free' ? ' Use the Standard tier (5,000) or' : ''} Plan fewer nodes or split the workload across clusters.`,
    );
  } else if (nodesDuringUpgrade > tierLimit) {
    const oneFits = nodes + 1 <= tierLimit;
    findings.add(
      'UPGRADE_BLOCKED_AT_NODE_LIMIT',
      'warning',
      'R38',
      'nodePools',
      () =>
        `${formatCount(nodes)} nodes + ${formatCount(nodesDuringUpgrade - nodes)} surge = ${formatCount(nodesDuringUpgrade)} passes the ${plan.tier} tier limit of ${formatCount(tierLimit)}, so upgrades are blocked at full scale. From Kubernetes 1.35 AKS falls back to a one-node surge when a surge above 1 fails for quota or capacity (the docs don't say whether the node limit counts); ${oneFits ? `a one-node surge would fit (${formatCount(nodes + 1)} ≤ ${formatCount(tierLimit)})` : `even a one-node surge would not fit (${formatCount(nodes + 1)} > ${formatCount(tierLimit)})`}. Lower maxSurge or plan fewer nodes (Microsoft suggests under 3,000 before upgrading a cluster at the limit).`,
    );
  }
  if (plan.tier === 'Free' && nodes >= FREE_TIER_RECOMMENDED_NODES) {
    findings.add(
      'FREE_TIER_OVER_10_NODES',
      'warning',
      'R30',
      'cluster.tier',
      () =>
        `The Free tier is recommended for clusters with fewer than 10 nodes; this plan has ${formatCount(nodes)}. Use the Standard tier for production scale (it also raises the node limit to 5,000).`,
    );
  }
  if (plan.policy === 'azure' && nodes > NPM_NODE_LIMIT) {
    findings.add(
      'NPM_OVER_250_NODES',
      'warning',
      'R34',
      'cluster.networkPolicy',
      () =>
        `Azure Network Policy Manager supports up to 250 nodes; this plan has ${formatCount(nodes)}. Use Cilium (with the Cilium data plane) or Calico network policy.`,
    );
  }
}
