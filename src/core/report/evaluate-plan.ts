import type { AppliedDefault, PlanDocument, PlanReport } from '../types.ts';
import type { Evaluation } from './evaluation.ts';
import { FindingList } from '../model/finding.ts';
import { resolvePlan } from '../model/resolve-plan.ts';
import type { ResolvedPlan } from '../model/resolve-plan.ts';
import { subnetUsages } from '../model/subnet-usage.ts';
import type { RuleContext } from '../rules/rule-context.ts';
import { checkSingleVnet, checkSubnetSizes, checkVnetPrivateSpace, checkVnetSpace } from '../rules/vnet.ts';
import { checkApiServerSubnet, checkSubnetRoles } from '../rules/subnet-roles.ts';
import { checkLabelNames } from '../rules/label-names.ts';
import {
  checkNodeSubnetCapacity,
  checkPodSubnets,
  checkVnetPrivateIpLimit,
  checkVnetPrivateIpLimitForUpgrade,
  vnetPrivateIps,
} from '../rules/subnet-capacity.ts';
import {
  checkByoCniPodCidr,
  checkPodCidrBlocks,
  checkPodCidrExpansion,
  checkPodScale,
  clusterNodeTotals,
} from '../rules/pod-cidr.ts';
import { checkClusterLimits, checkPools } from '../rules/pools.ts';
import { checkDnsServiceIp, checkServiceCidrSizes } from '../rules/services.ts';
import { checkPodOverlaps, checkServiceOverlaps, checkVnetOverlaps } from '../rules/overlaps.ts';
import { checkDualStack } from '../rules/dual-stack.ts';
import { checkKubenet } from '../rules/kubenet.ts';
import { EMPTY_RESOLVED, resolvedView } from './resolved-view.ts';
import { checkAgcSubnets } from '../rules/agc.ts';
import { checkNetworkProfile } from '../rules/network-profile.ts';
import { checkNetworkPolicyManager } from '../rules/npm.ts';
import { nodePoolReports, podRangeReports, serviceRangeReports, subnetReports } from './build-report.ts';

const RULES: readonly ((ctx: RuleContext) => void)[] = [
  checkDualStack,
  checkSubnetSizes,
  checkVnetSpace,
  checkVnetOverlaps,
  checkVnetPrivateSpace,
  checkSingleVnet,
  checkSubnetRoles,
  checkApiServerSubnet,
  checkAgcSubnets,
  checkLabelNames,
  checkNodeSubnetCapacity,
  checkPodSubnets,
  checkVnetPrivateIpLimit,
  checkVnetPrivateIpLimitForUpgrade,
  checkByoCniPodCidr,
  checkPodCidrBlocks,
  checkPodCidrExpansion,
  checkPodScale,
  checkPodOverlaps,
  checkServiceCidrSizes,
  checkServiceOverlaps,
  checkDnsServiceIp,
  checkPools,
  checkClusterLimits,
  checkNetworkPolicyManager,
  checkNetworkProfile,
  checkKubenet,
];

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function emptyReport(message: string): PlanReport {
  return {
    findings: [{ code: 'INTERNAL_ERROR', severity: 'error', message }],
    valid: false,
    podRanges: [],
    serviceRanges: [],
    subnets: [],
    nodePools: [],
    cluster: {
      nodes: 0,
      nodesDuringUpgrade: 0,
      nodeLimit: 0,
      tier: 'Standard',
      networkPlugin: 'overlay',
      ipFamilies: ['IPv4'],
      pods: 0,
      vnetPrivateIps: 0,
      kubernetesVersion: null,
    },
    defaultsApplied: [],
    managedVnet: false,
    resolved: EMPTY_RESOLVED,
  };
}

/**
 * Evaluates a plan against every rule of aks-rules.md and computes its capacity figures. Pure and
 * total: it never throws; bad values become findings with a code, a severity, a path and a fix.
 * Findings are sorted errors first, then warnings, then notes. The report of {@link evaluate}.
 *
 * @example evaluatePlan({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).podRanges[0]?.nodeBlocks // 256n (10.244.0.0/16)
 */
export function evaluatePlan(plan: PlanDocument): PlanReport {
  return evaluate(plan).report;
}

/**
 * The one evaluation of a plan: resolves it once (every default applied, every CIDR parsed), runs
 * every rule over that model and builds the report. Every view, export and analysis reads this
 * object; none resolves or evaluates the plan again. Never throws.
 *
 * @example evaluate({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }).model.pools[0]?.maxPods // 250 (overlay default)
 */
export function evaluate(plan: PlanDocument): Evaluation {
  try {
    const findings = new FindingList();
    const defaultsApplied: AppliedDefault[] = [];
    const resolved = resolvePlan(plan, findings, defaultsApplied);
    const usages = subnetUsages(resolved);
    const ctx: RuleContext = { plan: resolved, usages, findings };
    for (const rule of RULES) rule(ctx);
    const { nodes, nodesDuringUpgrade } = clusterNodeTotals(ctx);
    const sorted = findings
      .listed()
      .map((item, index) => ({ item, index }))
      .sort((a, b) => SEVERITY_ORDER[a.item.severity] - SEVERITY_ORDER[b.item.severity] || a.index - b.index)
      .map(({ item }) => item);
    const report: PlanReport = {
      findings: sorted,
      valid: !sorted.some((f) => f.severity === 'error'),
      podRanges: podRangeReports(ctx),
      serviceRanges: serviceRangeReports(ctx),
      subnets: subnetReports(ctx),
      nodePools: nodePoolReports(ctx),
      cluster: {
        nodes,
        nodesDuringUpgrade,
        nodeLimit: resolved.nodeLimit,
        tier: resolved.tier,
        networkPlugin: resolved.plugin,
        ipFamilies: resolved.families,
        pods: resolved.pools.reduce((sum, pool) => sum + pool.plannedNodes * pool.maxPods, 0),
        vnetPrivateIps: vnetPrivateIps(ctx),
        kubernetesVersion: resolved.versionText,
      },
      defaultsApplied,
      managedVnet: resolved.managedVnet,
      resolved: resolvedView(ctx),
    };
    return { plan, model: resolved, usages, report };
  } catch (error) {
    const message = `The planner hit an internal error while evaluating this plan (${error instanceof Error ? error.message : String(error)}). Your input is kept; please report the plan.`;
    return { plan, ...emptyModel(), report: emptyReport(message) };
  }
}

/**
 * What an evaluation that failed inside the planner carries: a model with no range, subnet or pool
 * (so no view draws or counts anything that the plan may not hold), and no subnet usage.
 */
function emptyModel(): Pick<Evaluation, 'model' | 'usages'> {
  const defaults = resolvePlan({ schemaVersion: 1, nodePools: [] }, new FindingList(), []);
  const model: ResolvedPlan = {
    ...defaults,
    podCidrs: [],
    serviceCidrs: [],
    dnsServiceIp: null,
    podCidrExpansion: null,
    vnetSpace: [],
    subnets: [],
    subnetByName: new Map(),
    managedVnet: false,
    pools: [],
    connected: [],
  };
  return { model, usages: [] };
}
