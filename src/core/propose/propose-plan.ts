import type { Finding, PlanDocument } from '../types.ts';
import { finding, FindingList } from '../model/finding.ts';
import { resolvePlan } from '../model/resolve-plan.ts';
import type { Cidr } from '../ip/cidr.ts';
import type { ProposeOptions } from './propose-options.ts';
import { grownPlan, isFixedPath } from './propose-options.ts';
import { subnetNeeds } from './size-subnets.ts';
import { clusterRangeNeeds } from './size-cluster-ranges.ts';
import { placeSubnets } from './place-subnets.ts';
import { placeClusterRanges } from './place-cluster-ranges.ts';
import { FreeSpace } from './free-space.ts';
import { connectedCidrs, NEVER_USED } from './avoid-ranges.ts';
import { describeOverlap, labelledRanges } from './overlap-labels.ts';
import type { ProposalChange } from './write-proposal.ts';
import { inputFindings, writeProposal } from './write-proposal.ts';

export type { ProposeOptions } from './propose-options.ts';
export type { ProposalChange } from './write-proposal.ts';

/** What `proposePlan` returns (plan-document.md, "Proposals"). */
export interface Proposal {
  /** The input with the proposed values put in. */
  plan: PlanDocument;
  /** One per changed field, in a stable order, each with the arithmetic behind it. */
  changes: ProposalChange[];
  /** Why no valid layout exists, if none does (PROPOSAL_* codes, docs/finding-codes.md). */
  findings: Finding[];
}

function propose(plan: PlanDocument, options: ProposeOptions): Proposal {
  const fixed = options.fixed ?? [];
  const resolveFindings = new FindingList();
  const resolved = resolvePlan(grownPlan(plan, options.growthPercent), resolveFindings, []);
  const findings: Finding[] = [];
  const needs = subnetNeeds(resolved);
  const clusterNeeds = clusterRangeNeeds(resolved, options.expectedServices, findings);
  const isClusterFixed = (kind: 'pod' | 'service', index: number): boolean =>
    isFixedPath(fixed, `cluster.${kind}Cidrs[${index}]`);
  const currentClusterRanges: Cidr[] = [];
  for (const need of clusterNeeds) if (need.current !== null) currentClusterRanges.push(need.current.cidr);

  const subnets = placeSubnets({
    plan: resolved,
    needs,
    isFixed: (need) => isFixedPath(fixed, `${need.subnet.path}.addressPrefixes[0]`),
    spaceFixed: isFixedPath(fixed, 'vnet.addressSpace[0]'),
    clusterRanges: currentClusterRanges,
  });
  findings.push(...subnets.findings);

  // Pod and service CIDRs stay clear of the VNet as it will be: its space, every subnet, connected networks.
  const taken = new FreeSpace([...NEVER_USED, ...connectedCidrs(resolved)]);
  for (const space of resolved.vnetSpace) taken.add(space.cidr);
  for (const added of subnets.addedSpace) taken.add(added.cidr);
  const placedBySubnet = new Map(subnets.placed.map((p) => [p.need.subnet, p]));
  for (const subnet of resolved.subnets) {
    const placed = placedBySubnet.get(subnet);
    if (placed === undefined) for (const p of subnet.prefixes) taken.add(p.cidr);
    else {
      taken.add(placed.ipv4);
      if (placed.ipv6 !== null) taken.add(placed.ipv6);
      else for (const p of subnet.ipv6) taken.add(p.cidr);
    }
  }
  const expansion = resolved.podCidrExpansion;
  if (expansion !== null && isFixedPath(fixed, 'cluster.podCidrExpansion')) taken.add(expansion.cidr);
  const labels = labelledRanges(resolved, []);
  const cluster = placeClusterRanges(
    clusterNeeds,
    taken,
    (need) => isClusterFixed(need.kind, need.index),
    (cidr) => describeOverlap(labels, cidr),
  );
  findings.push(...cluster.findings);

  const written = writeProposal({
    plan,
    resolved,
    fixed,
    subnets,
    cluster: cluster.placed,
    growthPercent: options.growthPercent,
  });
  findings.push(...written.findings);
  findings.push(...inputFindings(resolveFindings.items, written.changes));
  return { plan: written.plan, changes: written.changes, findings };
}

/**
 * Sizes and places every range the plan's network plugin needs, from its pools (autoscaler maximums,
 * surge, maxPods) grown by `growthPercent`: each at the smallest size that passes every rule at rest
 * and during upgrade (R70), subnets packed into the VNet, pod and service CIDRs in free private space
 * outside it. Fixed paths are left alone. Pure and deterministic; never throws. When `findings` is
 * empty, the returned plan evaluates with no error and no size or overlap warning.
 *
 * @example proposePlan({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).changes[0]
 * // { path: 'cluster.podCidrs[0]', to: '10.244.0.0/22', reason: '1 pool reaches 3 nodes + 1 surge = 4 /24 blocks → /22 …' }
 */
export function proposePlan(plan: PlanDocument, options: ProposeOptions = {}): Proposal {
  try {
    return propose(plan, options);
  } catch (error) {
    return {
      plan,
      changes: [],
      findings: [
        finding(
          'PROPOSAL_INTERNAL_ERROR',
          'error',
          'R70',
          undefined,
          `The planner could not build a proposal (${error instanceof Error ? error.message : String(error)}). This is a planner bug; the plan is unchanged.`,
        ),
      ],
    };
  }
}
