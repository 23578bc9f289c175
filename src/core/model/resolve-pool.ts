import type {
  AppliedDefault,
  NetworkPlugin,
  NodePoolPlan,
  OsType,
  PodIpAllocationMode,
  PoolMode,
} from '../types.ts';
import type { FindingList } from './finding.ts';
import type { MaxSurge } from './surge.ts';
import { formatMaxSurge, parseMaxSurge, surgeNodeCount } from './surge.ts';
import { DYNAMIC_POD_SUBNET_BATCH, STATIC_BLOCK_SIZE } from './constants.ts';
import { PLAN_DEFAULTS as D } from './defaults.ts';
import type { PlanDefault, UseDefault } from './defaults.ts';
import { dynamicFullDensityIps, staticBlockIpsPerNode } from './capacity.ts';
import { formatCount, joinCapped } from './format.ts';
import type { ResolvedPool, ResolvedSubnet } from './resolved-model.ts';

/** A default worked out once, with its note (a plan may hold 10,000 pools). */
interface Settled<T> {
  value: T;
  note: string;
}

function settle<C, T>(entry: PlanDefault<C, T>, context: C): Settled<T> {
  return { value: entry.value(context), note: entry.note(context) };
}

/** Lists a settled default at `path` and returns its value. */
function listed<T>(applied: AppliedDefault[], path: string, settled: Settled<T>): T {
  applied.push({ path, value: String(settled.value), note: settled.note });
  return settled.value;
}

// The mode default depends only on whether the pool is the first (PLAN_DEFAULTS); the OS on nothing.
const FIRST_MODE = settle(D['nodePools[].mode'], { index: 0 });
const LATER_MODE = settle(D['nodePools[].mode'], { index: 1 });
const OS_TYPE = settle(D['nodePools[].osType'], {});

/** What resolving a pool needs from the resolved cluster and VNet. */
export interface PoolEnvironment {
  plugin: NetworkPlugin;
  podIpAllocationMode: PodIpAllocationMode;
  /** PLAN_DEFAULTS' max surge and max pods for this plan, with their texts, made once per plan. */
  defaultSurge: MaxSurge;
  defaultSurgeText: string;
  defaultSurgeNote: string;
  defaultMaxPods: number;
  defaultMaxPodsNote: string;
  subnets: readonly ResolvedSubnet[];
  subnetByName: ReadonlyMap<string, ResolvedSubnet>;
  defaultNodeSubnet: ResolvedSubnet | null;
  findings: FindingList;
  defaults: AppliedDefault[];
  useDefault: UseDefault;
}

export function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/**
 * One node pool with its defaults applied (listing each), its subnets found, and its sizes:
 * plannedNodes (aks-rules §1), surge (R35, R36), IPs per node (R10, R11, R25, R26).
 */
export function resolvePool(pool: NodePoolPlan, index: number, env: PoolEnvironment): ResolvedPool {
  const {
    plugin,
    podIpAllocationMode,
    defaultSurge,
    subnets,
    subnetByName,
    defaultNodeSubnet,
    findings,
    defaults,
    useDefault,
  } = env;
  const path = `nodePools[${index}]`;
  // A field's path is built only when its default is applied (a plan may hold 10,000 pools).
  const name =
    pool.name !== undefined
      ? pool.name
      : useDefault(`${path}.name`, undefined, D['nodePools[].name'], { index });
  const mode: PoolMode = pool.mode ?? listed(defaults, `${path}.mode`, index === 0 ? FIRST_MODE : LATER_MODE);
  const osType: OsType = pool.osType ?? listed(defaults, `${path}.osType`, OS_TYPE);
  const enableAutoScaling = pool.enableAutoScaling ?? false;
  const minCount = isPositiveInteger(pool.minCount) ? pool.minCount : null;
  const maxCount = isPositiveInteger(pool.maxCount) ? pool.maxCount : null;
  const count = isPositiveInteger(pool.count)
    ? pool.count
    : useDefault(`${path}.count`, undefined, D['nodePools[].count'], {
        autoscalerMin: enableAutoScaling ? minCount : null,
      });
  if (enableAutoScaling) {
    if (maxCount === null || minCount === null) {
      findings.add(
        'AUTOSCALE_RANGE_INVALID',
        'error',
        'R13',
        `${path}.${maxCount === null ? 'maxCount' : 'minCount'}`,
        () =>
          `Node pool ${name} has autoscaling on but no ${maxCount === null ? 'maxCount' : 'minCount'}; AKS needs both. Set them (the planner sizes by maxCount, and uses count ${formatCount(count)} until then).`,
      );
    } else if (minCount > maxCount) {
      findings.add(
        'AUTOSCALE_RANGE_INVALID',
        'error',
        'R13',
        `${path}.minCount`,
        () =>
          `Node pool ${name} has minCount ${formatCount(minCount)} above maxCount ${formatCount(maxCount)}. Make minCount ≤ maxCount.`,
      );
    } else if (count < minCount || count > maxCount) {
      findings.add(
        'AUTOSCALE_COUNT_OUT_OF_RANGE',
        'warning',
        'R13',
        `${path}.count`,
        () =>
          `Node pool ${name} has count ${formatCount(count)} outside its autoscaler range ${formatCount(minCount)}–${formatCount(maxCount)}. Set a count inside the range.`,
      );
    }
  }
  const plannedNodes = enableAutoScaling && maxCount !== null ? maxCount : count;

  let maxSurge = defaultSurge;
  const maxSurgeGiven = pool.maxSurge !== undefined;
  if (pool.maxSurge === undefined) {
    defaults.push({
      path: `${path}.maxSurge`,
      value: env.defaultSurgeText,
      note: env.defaultSurgeNote,
    });
  } else {
    const parsed = parseMaxSurge(pool.maxSurge);
    if (parsed === null) {
      findings.add(
        'MAX_SURGE_INVALID',
        'error',
        'R36',
        `${path}.maxSurge`,
        () =>
          `Node pool ${name} has maxSurge "${pool.maxSurge}"; write a whole node count such as "2" or a percentage 0–100 such as "33%". The planner uses ${formatMaxSurge(defaultSurge)} until then.`,
      );
    } else {
      maxSurge = parsed;
    }
  }
  const surgeNodes = surgeNodeCount(plannedNodes, maxSurge);

  const maxPodsGiven = isPositiveInteger(pool.maxPods);
  let maxPods = env.defaultMaxPods;
  if (maxPodsGiven) maxPods = pool.maxPods as number;
  else defaults.push({ path: `${path}.maxPods`, value: String(maxPods), note: env.defaultMaxPodsNote });

  const subnet: ResolvedSubnet | null =
    pool.subnet !== undefined ? (subnetByName.get(pool.subnet) ?? null) : defaultNodeSubnet;
  if (pool.subnet !== undefined) {
    if (subnet === null) {
      findings.add(
        'POOL_SUBNET_NOT_FOUND',
        'error',
        'R13',
        `${path}.subnet`,
        () =>
          `Node pool ${name} names subnet "${pool.subnet}", which is not in the VNet. Add the subnet or pick one of: ${
            joinCapped(
              subnets.map((s) => s.name),
              10,
            ) || '(no subnets)'
          }.`,
      );
    }
  } else if (subnet === null) {
    findings.add(
      'POOL_SUBNET_NOT_FOUND',
      'error',
      'R13',
      `${path}.subnet`,
      () =>
        `Node pool ${name} has no subnet and the VNet has no subnet for nodes. Add a subnet whose purpose is nodes.`,
    );
  }

  let podSubnet: ResolvedSubnet | null = null;
  let poolMode: PodIpAllocationMode | null = null;
  if (plugin === 'azurePodSubnet') {
    poolMode = pool.podIpAllocationMode ?? podIpAllocationMode;
    if (pool.podSubnet === undefined) {
      findings.add(
        'POD_SUBNET_MISSING',
        'error',
        'R25',
        `${path}.podSubnet`,
        () =>
          `Node pool ${name} has no pod subnet; Azure CNI Pod Subnet needs one per pool (--pod-subnet-id). Pick a subnet for its pods.`,
      );
    } else {
      podSubnet = subnetByName.get(pool.podSubnet) ?? null;
      if (podSubnet === null) {
        findings.add(
          'POOL_SUBNET_NOT_FOUND',
          'error',
          'R25',
          `${path}.podSubnet`,
          () =>
            `Node pool ${name} names pod subnet "${pool.podSubnet}", which is not in the VNet. Add the subnet or pick an existing one.`,
        );
      }
    }
  } else if (pool.podSubnet !== undefined) {
    findings.add(
      'POD_SUBNET_IGNORED',
      'info',
      'R25',
      `${path}.podSubnet`,
      () =>
        `Node pool ${name} names pod subnet "${pool.podSubnet}", but only Azure CNI Pod Subnet uses pod subnets. Remove it or change the network plugin.`,
    );
  }

  const ipsPerNode = plugin === 'azureNodeSubnet' ? maxPods + 1 : 1;
  let podSubnetIpsPerNode = 0;
  let podSubnetIpsPerNodeDuringUpgrade = 0;
  if (plugin === 'azurePodSubnet') {
    if (poolMode === 'StaticBlock') {
      podSubnetIpsPerNode = staticBlockIpsPerNode(maxPods);
      podSubnetIpsPerNodeDuringUpgrade = podSubnetIpsPerNode;
    } else {
      podSubnetIpsPerNode = DYNAMIC_POD_SUBNET_BATCH;
      podSubnetIpsPerNodeDuringUpgrade = dynamicFullDensityIps(maxPods);
    }
  }

  // D12: a StaticBlock /28 block counts as one private IP; a DynamicIndividual node its first batch.
  const vnetIpsPerNode =
    ipsPerNode +
    (podSubnet === null
      ? 0
      : poolMode === 'StaticBlock'
        ? podSubnetIpsPerNode / STATIC_BLOCK_SIZE
        : poolMode === 'DynamicIndividual'
          ? DYNAMIC_POD_SUBNET_BATCH
          : 0);

  return {
    index,
    path,
    name,
    mode,
    osType,
    subnet,
    podSubnet,
    podIpAllocationMode: poolMode,
    count,
    enableAutoScaling,
    minCount,
    maxCount,
    maxSurge,
    maxSurgeGiven,
    maxPods,
    maxPodsGiven,
    plannedNodes,
    surgeNodes,
    nodesDuringUpgrade: plannedNodes + surgeNodes,
    ipsPerNode,
    podSubnetIpsPerNode,
    podSubnetIpsPerNodeDuringUpgrade,
    vnetIpsPerNode,
  };
}
