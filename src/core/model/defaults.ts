import type {
  AppliedDefault,
  NetworkDataplane,
  NetworkPlugin,
  NetworkPolicy,
  OsType,
  OutboundType,
  PodIpAllocationMode,
  PoolMode,
  Tier,
} from '../types.ts';
import type { KubernetesVersion } from './kubernetes-version.ts';
import { kubernetesVersionAtLeast } from './kubernetes-version.ts';
import type { MaxSurge } from './surge.ts';
import { formatMaxSurge } from './surge.ts';
import {
  DEFAULT_MAX_PODS,
  DEFAULT_POD_CIDR_IPV4,
  DEFAULT_POD_CIDR_IPV6,
  DEFAULT_SERVICE_CIDR_IPV4,
  DEFAULT_SERVICE_CIDR_IPV6,
  MANAGED_VNET_ADDRESS_SPACE,
  MANAGED_VNET_SUBNET,
  MANAGED_VNET_SUBNET_NAME,
} from './constants.ts';

/**
 * One default of the plan document: the value a field takes when the plan leaves it out, the rule of
 * aks-rules.md (or the plan document) it comes from, and the note `report.defaultsApplied` shows.
 * `value` and `note` are functions of what the default depends on (`C`): the parts of the plan resolved
 * before it (the plugin for max pods, the Kubernetes version for max surge, …); `shown` writes the value
 * as `defaultsApplied[].value` shows it (String(value) when absent).
 */
export interface PlanDefault<C, T> {
  readonly rule: string;
  readonly value: (context: C) => T;
  readonly note: (context: C) => string;
  readonly shown?: (value: T) => string;
}

/** A default that depends on nothing. */
type Fixed<T> = PlanDefault<unknown, T>;

function fixed<T>(rule: string, value: T, note: string): Fixed<T> {
  return { rule, value: () => value, note: () => note };
}

const joined = (list: string[]): string => list.join(', ');

/** A CIDR list by stack: the IPv4 default alone, or IPv4 then IPv6 on a dual-stack cluster (R50). */
function cidrsByStack(
  rule: string,
  ipv4: string,
  ipv6: string,
  single: string,
  dual: string,
): PlanDefault<{ dualStack: boolean }, string[]> {
  return {
    rule,
    value: ({ dualStack }) => (dualStack ? [ipv4, ipv6] : [ipv4]),
    note: ({ dualStack }) => (dualStack ? dual : single),
    shown: joined,
  };
}

/** The maxSurge a pool takes when it sets none: one node below Kubernetes 1.32, else 10 % (R35, D1). */
const ONE_NODE: MaxSurge = { kind: 'nodes', nodes: 1 };
const TEN_PERCENT: MaxSurge = { kind: 'percent', percent: 10 };

/**
 * True when a default follows the rules for Kubernetes below 1.32 (a version is given and is older).
 *
 * @example versionBelow132({ major: 1, minor: 31 }) // true; null (no version) → false
 */
export function versionBelow132(version: KubernetesVersion | null): boolean {
  return version !== null && !kubernetesVersionAtLeast(version, 1, 32);
}

/**
 * Every default of the plan document, by path (`nodePools[].x` for every pool). The one home of each
 * value: the resolver applies them, `report.defaultsApplied` lists them with these notes, the form
 * shows them as placeholders, the exports write what the resolver applied, and the Azure importers
 * name them where Azure leaves a field out.
 *
 * @example PLAN_DEFAULTS['nodePools[].maxSurge'].value({ version: { major: 1, minor: 31 } }) // { kind: 'nodes', nodes: 1 }
 */
export const PLAN_DEFAULTS = {
  'cluster.networkPlugin': fixed<NetworkPlugin>(
    'R41',
    'overlay',
    'Azure CNI Overlay, the AKS default when no network plugin is given (R41).',
  ),
  'cluster.tier': fixed<Tier>(
    'R30',
    'Standard',
    "The planner's default is Standard (5,000 nodes); the AKS API defaults to Free (1,000 nodes, fewer than 10 recommended). Set the tier you will deploy (R30).",
  ),
  'cluster.ipFamilies': {
    rule: 'R48',
    value: () => ['IPv4'],
    note: () => 'Single-stack IPv4 (R48).',
    shown: joined,
  } satisfies Fixed<string[]>,
  'cluster.networkDataplane': fixed<NetworkDataplane>('R63', 'azure', 'Azure data plane.'),
  'cluster.networkPolicy': fixed<NetworkPolicy>('R63', 'none', 'No network policy engine.'),
  'cluster.outboundType': fixed<OutboundType>(
    'plan-document §1',
    'loadBalancer',
    'Standard load balancer egress, the AKS default.',
  ),
  'cluster.privateCluster': fixed('R12', false, 'Public API server endpoint.'),
  'cluster.routeTableCustomRoutes': {
    rule: 'R21',
    value: ({ outboundType }) => (outboundType === 'userDefinedRouting' ? 1 : 0),
    note: ({ outboundType }) =>
      outboundType === 'userDefinedRouting'
        ? 'One custom route (0.0.0.0/0 to the egress appliance) because outboundType is userDefinedRouting (R21, planner policy).'
        : 'No custom routes in the cluster route table (R21, planner policy).',
  } satisfies PlanDefault<{ outboundType: OutboundType }, number>,
  'cluster.podIpAllocationMode': fixed<PodIpAllocationMode>(
    'R27',
    'DynamicIndividual',
    'Dynamic IP allocation, the AKS default for pod subnets (R27).',
  ),
  /** Overlay and kubenet only: flat CNI has no pod CIDR, BYO CNI must state one (R56). */
  'cluster.podCidrs': cidrsByStack(
    'R18, R50',
    DEFAULT_POD_CIDR_IPV4,
    DEFAULT_POD_CIDR_IPV6,
    'Documented default pod CIDR (R18).',
    'Documented dual-stack defaults (R50). AKS may generate a random fdxx: ULA range for IPv6 instead, so the IPv6 figures are indicative (D6).',
  ),
  'cluster.serviceCidrs': cidrsByStack(
    'R41, R50',
    DEFAULT_SERVICE_CIDR_IPV4,
    DEFAULT_SERVICE_CIDR_IPV6,
    'Documented default service CIDR (R41).',
    'Documented dual-stack defaults (R50); AKS may pick a random fdxx: ULA range for IPv6 (D6).',
  ),
  /** The .10 address of the primary service CIDR, written by the resolver (it needs the parsed CIDR). */
  'cluster.dnsServiceIp': {
    rule: 'R41, R44',
    value: ({ dnsServiceIp }) => dnsServiceIp,
    note: ({ serviceCidr }) =>
      `The .10 address of the service CIDR ${serviceCidr}, as AKS documents (R41, R44).`,
  } satisfies PlanDefault<{ dnsServiceIp: string; serviceCidr: string }, string>,
  vnet: fixed(
    'plan-document §1',
    `${MANAGED_VNET_ADDRESS_SPACE} with subnet ${MANAGED_VNET_SUBNET_NAME} ${MANAGED_VNET_SUBNET}`,
    'No VNet in the plan: AKS creates a managed VNet (observed 10.224.0.0/12 with subnet 10.224.0.0/16). Add your own VNet to plan its subnets.',
  ),
  'nodePools[].name': {
    rule: 'plan-document §1',
    value: ({ index }) => `nodepool${index + 1}`,
    note: () => 'AKS CLI naming for unnamed pools.',
  } satisfies PlanDefault<{ index: number }, string>,
  'nodePools[].mode': {
    rule: 'plan-document §1',
    value: ({ index }) => (index === 0 ? 'System' : 'User'),
    note: ({ index }) =>
      index === 0
        ? 'The first pool of a cluster is its system pool.'
        : 'Pools added after the first are user pools.',
  } satisfies PlanDefault<{ index: number }, PoolMode>,
  'nodePools[].osType': fixed<OsType>('plan-document §1', 'Linux', 'Linux nodes.'),
  /** The autoscaler minimum when autoscaling has one, else the AKS CLI's 3. */
  'nodePools[].count': {
    rule: 'plan-document §1',
    value: ({ autoscalerMin }) => autoscalerMin ?? 3,
    note: ({ autoscalerMin }) =>
      autoscalerMin !== null ? 'The autoscaler minimum.' : 'The AKS CLI default node count (3).',
  } satisfies PlanDefault<{ autoscalerMin: number | null }, number>,
  'nodePools[].maxSurge': {
    rule: 'R35',
    value: ({ version }) => (versionBelow132(version) ? ONE_NODE : TEN_PERCENT),
    note: ({ version }) =>
      versionBelow132(version)
        ? 'One surge node, the default below Kubernetes 1.32 (R35, D1).'
        : '10 %, rounded up: the default from Kubernetes 1.32 or when no version is given (R35, D1).',
    shown: formatMaxSurge,
  } satisfies PlanDefault<{ version: KubernetesVersion | null }, MaxSurge>,
  'nodePools[].maxPods': {
    rule: 'R29',
    value: ({ plugin }) => DEFAULT_MAX_PODS[plugin],
    note: ({ plugin }) =>
      plugin === 'azurePodSubnet'
        ? 'Disputed default: 250 per the dynamic-allocation doc, 110 per the IP planning doc (R29, D2). Set it.'
        : `The ${plugin} default (R29).`,
  } satisfies PlanDefault<{ plugin: NetworkPlugin }, number>,
} as const;

export type DefaultPath = keyof typeof PLAN_DEFAULTS;

/** The value the plan states, else the default of `entry` (applied and listed). */
export type UseDefault = <C, T>(
  path: string,
  value: T | undefined,
  entry: PlanDefault<C, T>,
  context: C,
) => T;

/**
 * Applies one default of PLAN_DEFAULTS at `path` (a concrete path, e.g. `nodePools[2].maxSurge`):
 * lists it in `applied` with its note and returns its value.
 *
 * @example applyDefault(applied, 'cluster.tier', PLAN_DEFAULTS['cluster.tier'], {}) // 'Standard', and applied holds { path: 'cluster.tier', value: 'Standard', note: "The planner's default is Standard …" }
 */
export function applyDefault<C, T>(
  applied: AppliedDefault[],
  path: string,
  entry: PlanDefault<C, T>,
  context: C,
): T {
  const value = entry.value(context);
  applied.push({ path, value: entry.shown?.(value) ?? String(value), note: entry.note(context) });
  return value;
}

/**
 * How the form words a pool's default max surge: the one the core applies to this plan.
 *
 * @example maxSurgeDefaultLabel({ kind: 'nodes', nodes: 1 }) // '1 node (default)'
 */
export function maxSurgeDefaultLabel(surge: MaxSurge): string {
  const words =
    surge.kind === 'percent' ? `${surge.percent}%` : `${surge.nodes} node${surge.nodes === 1 ? '' : 's'}`;
  return `${words} (default)`;
}

/** What the form's placeholders depend on: parts of the resolved model (the evaluation's `model`). */
export interface PlaceholderContext {
  version: KubernetesVersion | null;
  plugin: NetworkPlugin;
  outboundType: OutboundType;
}

/**
 * The placeholders the form shows in fields whose default depends on the plan: the value the resolver
 * applies to this plan when the field is left empty.
 *
 * @example defaultPlaceholders({ version: { major: 1, minor: 31 }, plugin: 'kubenet', outboundType: 'userDefinedRouting' }) // { maxSurge: '1 node (default)', maxPods: '110 (default)', routeTableCustomRoutes: '1 (default)' }
 */
export function defaultPlaceholders(model: PlaceholderContext): {
  maxSurge: string;
  maxPods: string;
  routeTableCustomRoutes: string;
} {
  return {
    maxSurge: maxSurgeDefaultLabel(PLAN_DEFAULTS['nodePools[].maxSurge'].value(model)),
    maxPods: `${PLAN_DEFAULTS['nodePools[].maxPods'].value(model)} (default)`,
    routeTableCustomRoutes: `${PLAN_DEFAULTS['cluster.routeTableCustomRoutes'].value(model)} (default)`,
  };
}
