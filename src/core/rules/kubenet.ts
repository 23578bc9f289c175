import type { RuleContext } from './rule-context.ts';
import { clusterNodeTotals } from './pod-cidr.ts';
import { formatCount } from '../model/format.ts';

/** R21, R66, R23: kubenet's route-table limit (halved for dual-stack), sharing rules and retirement. */
export function checkKubenet(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  if (plan.plugin !== 'kubenet') return;
  findings.add(
    'KUBENET_RETIRING',
    'info',
    'R23',
    'cluster.networkPlugin',
    'Kubenet retires on 31 March 2028. Plan the migration to Azure CNI Overlay, which keeps pod IPs out of the VNet too.',
  );
  const limit = plan.kubenetNodeLimit ?? 0;
  const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
  const routes = plan.routeTableCustomRoutes;
  const dualStack = plan.families.includes('IPv6');
  const custom = routes > 0 ? ` with ${formatCount(routes)} custom route${routes === 1 ? '' : 's'}` : '';
  // R66: a dual-stack node takes two routes, one per family.
  const why = dualStack
    ? `two routes per dual-stack node (one per family) in a route table of 400${custom} = floor(${formatCount(400 - routes)} / 2) = ${formatCount(limit)} nodes`
    : `one route per node in a route table of 400${custom} = ${formatCount(limit)} nodes`;
  const rule = dualStack ? 'R66' : 'R21';
  if (nodes > limit) {
    findings.add(
      'KUBENET_NODE_LIMIT',
      'error',
      rule,
      'nodePools',
      () =>
        `Kubenet allows ${why}; the pools plan ${formatCount(nodes)}. Plan fewer nodes or use Azure CNI Overlay (5,000 nodes).`,
    );
  } else if (nodesDuringUpgrade > limit) {
    findings.add(
      'KUBENET_UPGRADE_EXCEEDS_400',
      'warning',
      rule,
      'nodePools',
      () =>
        `Kubenet allows ${why}; during an upgrade the pools need ${formatCount(nodesDuringUpgrade)} (${formatCount(nodes)} + ${formatCount(nodesDuringUpgrade - nodes)} surge), so the upgrade fails. Lower maxSurge or plan fewer nodes.`,
    );
  }
  for (const usage of ctx.usages) {
    if (usage.nodePools.length > 0 && usage.subnet.sharedByClusters > 1) {
      findings.add(
        'KUBENET_SUBNET_SHARED',
        'error',
        'R23',
        `${usage.subnet.path}.sharedByClusters`,
        () =>
          `Subnet ${usage.subnet.name} is shared by ${formatCount(usage.subnet.sharedByClusters)} clusters; kubenet clusters can't share a subnet, and each needs its own route table. Give this cluster its own subnet.`,
      );
    }
  }
  if (plan.policy === 'azure') {
    findings.add(
      'KUBENET_AZURE_POLICY_UNSUPPORTED',
      'error',
      'R23',
      'cluster.networkPolicy',
      'Azure Network Policy Manager is not supported with kubenet. Use Calico, or move to Azure CNI Overlay.',
    );
  }
}
