import { NPM_POD_LIMIT } from '../model/constants.ts';
import type { RuleContext } from './rule-context.ts';
import { formatCount, joinCapped } from '../model/format.ts';

/**
 * R67: Azure Network Policy Manager (networkPolicy azure): the 20,000-pod limit, Windows retirement
 * (ERROR since the 2026-12-06 revision: onboarding closed on 30 September 2026) and Linux retirement
 * (a note until 30 September 2028). The 250-node half of the limit is R34 (checkClusterLimits).
 */
export function checkNetworkPolicyManager({ plan, findings }: RuleContext): void {
  if (plan.policy !== 'azure') return;
  let pods = 0;
  for (const pool of plan.pools) pods += pool.plannedNodes * pool.maxPods;
  if (pods > NPM_POD_LIMIT) {
    findings.add(
      'NPM_OVER_20000_PODS',
      'warning',
      'R67',
      'cluster.networkPolicy',
      () =>
        `Azure Network Policy Manager supports up to 20,000 pods; the pools can run ${formatCount(pods)} (Σ nodes × maxPods), and beyond the limit NPM may run out of memory. Use Cilium network policy with the Cilium data plane, or lower maxPods or the node count.`,
    );
  }
  const windows = plan.pools.filter((pool) => pool.osType === 'Windows');
  if (windows.length > 0) {
    findings.add(
      'NPM_WINDOWS_RETIRING',
      'error',
      'R67',
      'cluster.networkPolicy',
      () =>
        `Azure Network Policy Manager on Windows nodes is retired: from 30 September 2026 AKS no longer supports it, and subscriptions not already onboarded can't onboard. Windows pools: ${joinCapped(
          windows.map((p) => p.name),
          10,
        )}. Remove the network policy for them or move the workload to Linux pools with Cilium.`,
    );
  }
  if (plan.pools.some((pool) => pool.osType === 'Linux')) {
    findings.add(
      'NPM_LINUX_RETIRING',
      'info',
      'R67',
      'cluster.networkPolicy',
      'Azure Network Policy Manager on Linux nodes retires on 30 September 2028. Plan the move to Cilium network policy (with the Cilium data plane).',
    );
  }
}
