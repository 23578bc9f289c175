import { allowedValues } from '../core/plan/plan-choices.ts';
import type { ChoiceField } from '../core/plan/plan-choices.ts';
import type { PlanDraft } from './plan-draft.ts';
import { emptyConnected } from './plan-draft.ts';

/** A row value kept when it is empty (not set) or in its list; else dropped with a problem. */
function keep<T extends string>(field: ChoiceField, value: T, label: string, problems: string[]): T | '' {
  if (value === '' || allowedValues(field).includes(value)) return value;
  problems.push(
    `${label}: ${JSON.stringify(value.slice(0, 40))} is not one of ${allowedValues(field).join(', ')}; it was dropped, so the default applies.`,
  );
  return '';
}

/**
 * Drops the fixed-choice values of a restored draft that are not in their lists (tier, plugin, data
 * plane, policy, outbound type, pod IP allocation mode, subnet purpose, pool mode and OS, connected
 * network kind), so stored text can never reach the exporters as a choice. Returns the draft and one
 * problem per dropped value. The lists are the plan document's (PLAN_SPEC).
 *
 * @example dropUnlistedChoices(draft).problems // ['Cluster network policy: "calico\\ntouch x" is not one of none, azure, calico, cilium; …']
 */
export function dropUnlistedChoices(draft: PlanDraft): { draft: PlanDraft; problems: string[] } {
  const problems: string[] = [];
  const c = draft.cluster;
  const cluster = {
    ...c,
    tier: keep('cluster.tier', c.tier, 'Cluster tier', problems),
    networkPlugin: keep('cluster.networkPlugin', c.networkPlugin, 'Cluster network plugin', problems),
    podIpAllocationMode: keep(
      'cluster.podIpAllocationMode',
      c.podIpAllocationMode,
      'Cluster pod IP allocation mode',
      problems,
    ),
    networkDataplane: keep(
      'cluster.networkDataplane',
      c.networkDataplane,
      'Cluster network data plane',
      problems,
    ),
    networkPolicy: keep('cluster.networkPolicy', c.networkPolicy, 'Cluster network policy', problems),
    outboundType: keep('cluster.outboundType', c.outboundType, 'Cluster outbound type', problems),
  };
  const subnets = draft.subnets.map((s, i) => ({
    ...s,
    purpose: keep('vnet.subnets[].purpose', s.purpose, `Subnet ${i + 1} purpose`, problems),
  }));
  const nodePools = draft.nodePools.map((p, i) => ({
    ...p,
    mode: keep('nodePools[].mode', p.mode, `Node pool ${i + 1} mode`, problems),
    osType: keep('nodePools[].osType', p.osType, `Node pool ${i + 1} OS`, problems),
    podIpAllocationMode: keep(
      'nodePools[].podIpAllocationMode',
      p.podIpAllocationMode,
      `Node pool ${i + 1} pod IP allocation mode`,
      problems,
    ),
  }));
  const connectedNetworks = draft.connectedNetworks.map((n, i) => {
    const kind = keep('connectedNetworks[].kind', n.kind, `Connected network ${i + 1} kind`, problems);
    return { ...n, kind: kind === '' ? emptyConnected().kind : kind };
  });
  if (problems.length === 0) return { draft, problems };
  return { draft: { ...draft, cluster, subnets, nodePools, connectedNetworks }, problems };
}
