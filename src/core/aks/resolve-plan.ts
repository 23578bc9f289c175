import type {
  AppliedDefault,
  ConnectedNetworkKind,
  IpFamily,
  NetworkDataplane,
  NetworkPlugin,
  NetworkPolicy,
  OsType,
  OutboundType,
  PlanDocument,
  PodIpAllocationMode,
  PoolMode,
  SubnetPurpose,
  Tier,
} from '../types.ts';
import type { Cidr } from '../ip/cidr.ts';
import { parseCidr } from '../ip/cidr.ts';
import { formatAddress } from '../ip/address.ts';
import type { FindingList } from './finding.ts';
import type { KubernetesVersion } from './kubernetes-version.ts';
import { kubernetesVersionAtLeast, parseKubernetesVersion } from './kubernetes-version.ts';
import type { MaxSurge } from './surge.ts';
import { formatMaxSurge, parseMaxSurge, surgeNodeCount } from './surge.ts';
import {
  DEFAULT_MAX_PODS,
  DYNAMIC_POD_SUBNET_BATCH,
  DEFAULT_POD_CIDR_IPV4,
  DEFAULT_POD_CIDR_IPV6,
  DEFAULT_SERVICE_CIDR_IPV4,
  DEFAULT_SERVICE_CIDR_IPV6,
  KUBENET_ROUTE_LIMIT,
  MANAGED_VNET_ADDRESS_SPACE,
  MANAGED_VNET_SUBNET,
  MANAGED_VNET_SUBNET_NAME,
  NODE_LIMIT_FREE,
  NODE_LIMIT_STANDARD,
} from './constants.ts';
import { dynamicFullDensityIps, staticBlockIpsPerNode } from './capacity.ts';
import { formatCount } from './format.ts';

/** A CIDR field that parsed, with its canonical network. */
export interface ParsedPrefix {
  path: string;
  text: string;
  cidr: Cidr;
  canonical: string;
}

export interface ResolvedSubnet {
  index: number;
  path: string;
  name: string;
  prefixes: ParsedPrefix[];
  ipv4: ParsedPrefix[];
  ipv6: ParsedPrefix[];
  /** The stated purpose, or nodes when none is stated. */
  purpose: SubnetPurpose;
  purposeStated: SubnetPurpose | null;
  otherIps: number;
  id: string | null;
  delegatedTo: string | null;
  sharedByClusters: number;
}

export interface ResolvedPool {
  index: number;
  path: string;
  name: string;
  mode: PoolMode;
  osType: OsType;
  subnet: ResolvedSubnet | null;
  podSubnet: ResolvedSubnet | null;
  podIpAllocationMode: PodIpAllocationMode | null;
  count: number;
  enableAutoScaling: boolean;
  minCount: number | null;
  maxCount: number | null;
  maxSurge: MaxSurge;
  maxSurgeGiven: boolean;
  maxPods: number;
  maxPodsGiven: boolean;
  plannedNodes: number;
  surgeNodes: number;
  ipsPerNode: number;
  podSubnetIpsPerNode: number;
  podSubnetIpsPerNodeDuringUpgrade: number;
}

export interface ResolvedConnectedNetwork {
  index: number;
  path: string;
  name: string;
  kind: ConnectedNetworkKind;
  prefixes: ParsedPrefix[];
}

export interface ResolvedPlan {
  plugin: NetworkPlugin;
  tier: Tier;
  families: IpFamily[];
  familiesText: string[];
  dataplane: NetworkDataplane;
  policy: NetworkPolicy;
  outboundType: OutboundType;
  routeTableCustomRoutes: number;
  privateCluster: boolean;
  version: KubernetesVersion | null;
  versionText: string | null;
  podIpAllocationMode: PodIpAllocationMode;
  podCidrsGiven: boolean;
  /** Parsed pod CIDRs in list order; null where an entry did not parse. Empty for flat CNI. */
  podCidrs: (ParsedPrefix | null)[];
  /** True when the plan states serviceCidrs (false: the documented defaults were applied). */
  serviceCidrsGiven: boolean;
  serviceCidrs: (ParsedPrefix | null)[];
  dnsServiceIp: { path: string; text: string } | null;
  podCidrExpansion: ParsedPrefix | null;
  vnetName: string | null;
  vnetResourceGroup: string | null;
  vnetSpace: ParsedPrefix[];
  vnetSpaceGiven: boolean;
  subnets: ResolvedSubnet[];
  managedVnet: boolean;
  pools: ResolvedPool[];
  connected: ResolvedConnectedNetwork[];
  tierNodeLimit: number;
  kubenetNodeLimit: number | null;
  nodeLimit: number;
}

type CidrFieldKind = 'vnet' | 'subnet' | 'pod' | 'service' | 'connected' | 'expansion';

const FIELD_LABEL: Record<CidrFieldKind, string> = {
  vnet: 'VNet address space',
  subnet: 'Subnet prefix',
  pod: 'Pod CIDR',
  service: 'Service CIDR',
  connected: 'Connected-network prefix',
  expansion: 'Pod CIDR expansion',
};

/**
 * Parses one CIDR field and records R1/R2 findings: CIDR_INVALID (error) for anything that does not
 * parse; CIDR_HOST_BITS_SET as an error for VNet and subnet prefixes and a warning elsewhere, with the
 * canonical network offered and used from then on.
 */
export function parseCidrField(
  text: string,
  path: string,
  kind: CidrFieldKind,
  findings: FindingList,
  owner = '',
): ParsedPrefix | null {
  const label = owner === '' ? FIELD_LABEL[kind] : `${FIELD_LABEL[kind]} of ${owner}`;
  const parsed = parseCidr(text);
  if (!parsed.ok) {
    findings.add(
      'CIDR_INVALID',
      'error',
      'R1',
      path,
      `${label} "${text}" is not a valid CIDR: ${parsed.reason}. Enter a network such as 10.244.0.0/16 or fd12:3456:789a::/64.`,
    );
    return null;
  }
  if (parsed.hostBitsSet) {
    const strict = kind === 'vnet' || kind === 'subnet';
    findings.add(
      'CIDR_HOST_BITS_SET',
      strict ? 'error' : 'warning',
      'R1',
      path,
      strict
        ? `${label} ${text} has host bits set; Azure rejects it (InvalidCIDRNotation). Use the network ${parsed.canonical}.`
        : `${label} ${text} has host bits set; it is read as ${parsed.canonical}, and the planner computes with that. Write ${parsed.canonical} to say what you mean.`,
    );
  }
  return { path, text, cidr: parsed.cidr, canonical: parsed.canonical };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Reads the plan, applies documented defaults (listing each), parses every CIDR and sizes every pool. */
export function resolvePlan(plan: PlanDocument, findings: FindingList, defaults: AppliedDefault[]): ResolvedPlan {
  const cluster = plan.cluster ?? {};
  const useDefault = <T>(path: string, value: T | undefined, fallback: T, note: string, shown?: string): T => {
    if (value !== undefined) return value;
    defaults.push({ path, value: shown ?? String(fallback), note });
    return fallback;
  };

  const plugin = useDefault<NetworkPlugin>(
    'cluster.networkPlugin',
    cluster.networkPlugin,
    'overlay',
    'Azure CNI Overlay, the AKS default when no network plugin is given (R41).',
  );
  const tier = useDefault<Tier>(
    'cluster.tier',
    cluster.tier,
    'Standard',
    "The planner's default is Standard (5,000 nodes); the AKS API defaults to Free (1,000 nodes, fewer than 10 recommended). Set the tier you will deploy (R30).",
  );
  const familiesInput = cluster.ipFamilies;
  const familiesText =
    familiesInput === undefined || familiesInput.length === 0
      ? useDefault<string[]>('cluster.ipFamilies', undefined, ['IPv4'], 'Single-stack IPv4 (R48).', 'IPv4')
      : familiesInput.map(String);
  const families: IpFamily[] = [];
  for (const family of familiesText) {
    if ((family === 'IPv4' || family === 'IPv6') && !families.includes(family)) families.push(family);
  }
  if (!families.includes('IPv4')) families.unshift('IPv4');
  const dualStack = families.includes('IPv6');

  const dataplane = useDefault<NetworkDataplane>(
    'cluster.networkDataplane',
    cluster.networkDataplane,
    'azure',
    'Azure data plane.',
  );
  const policy = useDefault<NetworkPolicy>('cluster.networkPolicy', cluster.networkPolicy, 'none', 'No network policy engine.');
  const outboundType = useDefault<OutboundType>(
    'cluster.outboundType',
    cluster.outboundType,
    'loadBalancer',
    'Standard load balancer egress, the AKS default.',
  );
  const privateCluster = useDefault('cluster.privateCluster', cluster.privateCluster, false, 'Public API server endpoint.');
  const routeTableCustomRoutes =
    plugin === 'kubenet'
      ? useDefault(
          'cluster.routeTableCustomRoutes',
          cluster.routeTableCustomRoutes,
          outboundType === 'userDefinedRouting' ? 1 : 0,
          outboundType === 'userDefinedRouting'
            ? 'One custom route (0.0.0.0/0 to the egress appliance) because outboundType is userDefinedRouting (R21, planner policy).'
            : 'No custom routes in the cluster route table (R21, planner policy).',
        )
      : (cluster.routeTableCustomRoutes ?? 0);

  let version: KubernetesVersion | null = null;
  const versionText = cluster.kubernetesVersion ?? null;
  if (versionText !== null) {
    version = parseKubernetesVersion(versionText);
    if (version === null) {
      findings.add(
        'K8S_VERSION_INVALID',
        'warning',
        'R35',
        'cluster.kubernetesVersion',
        `Kubernetes version "${versionText}" is not a version like 1.33 or 1.33.2; version-dependent rules (R27, R35, R40, R47) assume the newest behaviour. Correct it or remove it.`,
      );
    }
  }

  const podIpAllocationMode = useDefault<PodIpAllocationMode>(
    'cluster.podIpAllocationMode',
    plugin === 'azurePodSubnet' ? cluster.podIpAllocationMode : (cluster.podIpAllocationMode ?? 'DynamicIndividual'),
    'DynamicIndividual',
    'Dynamic IP allocation, the AKS default for pod subnets (R27).',
  );

  // Pod CIDRs (R18, R50, R56): documented defaults for overlay and kubenet only.
  const podInput = cluster.podCidrs !== undefined && cluster.podCidrs.length > 0 ? cluster.podCidrs : undefined;
  const podCidrsGiven = podInput !== undefined;
  let podTexts: string[] = [];
  const podPaths: string[] = [];
  if (plugin === 'overlay' || plugin === 'kubenet') {
    podTexts =
      podInput ??
      useDefault(
        'cluster.podCidrs',
        undefined,
        dualStack ? [DEFAULT_POD_CIDR_IPV4, DEFAULT_POD_CIDR_IPV6] : [DEFAULT_POD_CIDR_IPV4],
        dualStack
          ? 'Documented dual-stack defaults (R50). AKS may generate a random fdxx: ULA range for IPv6 instead, so the IPv6 figures are indicative (D6).'
          : 'Documented default pod CIDR (R18).',
        dualStack ? `${DEFAULT_POD_CIDR_IPV4}, ${DEFAULT_POD_CIDR_IPV6}` : DEFAULT_POD_CIDR_IPV4,
      );
  } else if (plugin === 'none') {
    podTexts = podInput ?? [];
  } else if (podInput !== undefined) {
    findings.add(
      'POD_CIDR_IGNORED',
      'info',
      'R11',
      'cluster.podCidrs',
      `${plugin === 'azureNodeSubnet' ? 'Azure CNI Node Subnet' : 'Azure CNI Pod Subnet'} gives pods VNet IPs from subnets, so the pod CIDR ${podInput.join(', ')} is not used. Remove it, or switch to Azure CNI Overlay to use it.`,
    );
  }
  podTexts.forEach((_, i) => podPaths.push(`cluster.podCidrs[${i}]`));
  const podCidrs = podTexts.map((text, i) => parseCidrField(text, podPaths[i] ?? 'cluster.podCidrs', 'pod', findings));

  const serviceInput = cluster.serviceCidrs !== undefined && cluster.serviceCidrs.length > 0 ? cluster.serviceCidrs : undefined;
  const serviceTexts =
    serviceInput ??
    useDefault(
      'cluster.serviceCidrs',
      undefined,
      dualStack ? [DEFAULT_SERVICE_CIDR_IPV4, DEFAULT_SERVICE_CIDR_IPV6] : [DEFAULT_SERVICE_CIDR_IPV4],
      dualStack
        ? 'Documented dual-stack defaults (R50); AKS may pick a random fdxx: ULA range for IPv6 (D6).'
        : 'Documented default service CIDR (R41).',
      dualStack ? `${DEFAULT_SERVICE_CIDR_IPV4}, ${DEFAULT_SERVICE_CIDR_IPV6}` : DEFAULT_SERVICE_CIDR_IPV4,
    );
  const serviceCidrs = serviceTexts.map((text, i) =>
    parseCidrField(text, `cluster.serviceCidrs[${i}]`, 'service', findings),
  );

  let dnsServiceIp: { path: string; text: string } | null = null;
  if (cluster.dnsServiceIp !== undefined) {
    dnsServiceIp = { path: 'cluster.dnsServiceIp', text: cluster.dnsServiceIp };
  } else {
    const primary = serviceCidrs[0];
    if (primary?.cidr.family === 'IPv4' && primary.cidr.prefixLength <= 28) {
      const text = formatAddress({ family: 'IPv4', value: primary.cidr.network + 10n });
      defaults.push({
        path: 'cluster.dnsServiceIp',
        value: text,
        note: `The .10 address of the service CIDR ${primary.canonical}, as AKS documents (R41, R44).`,
      });
      dnsServiceIp = { path: 'cluster.dnsServiceIp', text };
    }
  }

  const podCidrExpansion =
    cluster.podCidrExpansion === undefined
      ? null
      : parseCidrField(cluster.podCidrExpansion, 'cluster.podCidrExpansion', 'expansion', findings);

  // VNet and subnets; no vnet = the AKS-managed VNet.
  const managedVnet = plan.vnet === undefined;
  const vnet = plan.vnet ?? {
    name: 'AKS-managed VNet',
    addressSpace: [MANAGED_VNET_ADDRESS_SPACE],
    subnets: [{ name: MANAGED_VNET_SUBNET_NAME, addressPrefixes: [MANAGED_VNET_SUBNET], purpose: 'nodes' as const }],
  };
  if (managedVnet) {
    defaults.push({
      path: 'vnet',
      value: `${MANAGED_VNET_ADDRESS_SPACE} with subnet ${MANAGED_VNET_SUBNET_NAME} ${MANAGED_VNET_SUBNET}`,
      note: 'No VNet in the plan: AKS creates a managed VNet (observed 10.224.0.0/12 with subnet 10.224.0.0/16). Add your own VNet to plan its subnets.',
    });
  }
  const vnetSpaceGiven = vnet.addressSpace !== undefined && vnet.addressSpace.length > 0;
  const vnetSpace = (vnet.addressSpace ?? [])
    .map((text, i) => parseCidrField(text, managedVnet ? 'vnet' : `vnet.addressSpace[${i}]`, 'vnet', findings))
    .filter((p): p is ParsedPrefix => p !== null);
  const subnets: ResolvedSubnet[] = (vnet.subnets ?? []).map((subnet, index) => {
    const path = managedVnet ? 'vnet' : `vnet.subnets[${index}]`;
    const prefixes = (subnet.addressPrefixes ?? [])
      .map((text, i) => parseCidrField(text, `${path}.addressPrefixes[${i}]`, 'subnet', findings, `subnet ${subnet.name}`))
      .filter((p): p is ParsedPrefix => p !== null);
    const otherIps = (subnet.otherIps ?? []).reduce(
      (sum, item) => sum + (isPositiveInteger(item.count) ? item.count : 0),
      0,
    );
    return {
      index,
      path,
      name: subnet.name,
      prefixes,
      ipv4: prefixes.filter((p) => p.cidr.family === 'IPv4'),
      ipv6: prefixes.filter((p) => p.cidr.family === 'IPv6'),
      purpose: subnet.purpose ?? 'nodes',
      purposeStated: subnet.purpose ?? null,
      otherIps,
      id: subnet.id ?? null,
      delegatedTo: subnet.delegatedTo ?? null,
      sharedByClusters: isPositiveInteger(subnet.sharedByClusters) && subnet.sharedByClusters >= 1 ? subnet.sharedByClusters : 1,
    };
  });
  const subnetByName = new Map<string, ResolvedSubnet>();
  for (const subnet of subnets) if (!subnetByName.has(subnet.name)) subnetByName.set(subnet.name, subnet);
  const namedAsPodSubnet = new Set(plan.nodePools.map((pool) => pool.podSubnet));
  const defaultNodeSubnet =
    subnets.find((s) => s.purpose === 'nodes' && !(s.purposeStated === null && namedAsPodSubnet.has(s.name))) ?? null;

  const versionBelow132 = version !== null && !kubernetesVersionAtLeast(version, 1, 32);
  const defaultSurge: MaxSurge = versionBelow132 ? { kind: 'nodes', nodes: 1 } : { kind: 'percent', percent: 10 };

  const pools: ResolvedPool[] = plan.nodePools.map((pool, index) => {
    const path = `nodePools[${index}]`;
    const name = useDefault(
      `${path}.name`,
      pool.name,
      `nodepool${index + 1}`,
      'AKS CLI naming for unnamed pools.',
    );
    const mode = useDefault<PoolMode>(
      `${path}.mode`,
      pool.mode,
      index === 0 ? 'System' : 'User',
      index === 0 ? 'The first pool of a cluster is its system pool.' : 'Pools added after the first are user pools.',
    );
    const osType = useDefault<OsType>(`${path}.osType`, pool.osType, 'Linux', 'Linux nodes.');
    const enableAutoScaling = pool.enableAutoScaling ?? false;
    const minCount = isPositiveInteger(pool.minCount) ? pool.minCount : null;
    const maxCount = isPositiveInteger(pool.maxCount) ? pool.maxCount : null;
    const count = isPositiveInteger(pool.count)
      ? pool.count
      : useDefault(
          `${path}.count`,
          undefined,
          enableAutoScaling && minCount !== null ? minCount : 3,
          enableAutoScaling && minCount !== null ? 'The autoscaler minimum.' : 'The AKS CLI default node count (3).',
        );
    if (enableAutoScaling) {
      if (maxCount === null || minCount === null) {
        findings.add(
          'AUTOSCALE_RANGE_INVALID',
          'error',
          'R13',
          `${path}.${maxCount === null ? 'maxCount' : 'minCount'}`,
          `Node pool ${name} has autoscaling on but no ${maxCount === null ? 'maxCount' : 'minCount'}; AKS needs both. Set them (the planner sizes by maxCount, and uses count ${formatCount(count)} until then).`,
        );
      } else if (minCount > maxCount) {
        findings.add(
          'AUTOSCALE_RANGE_INVALID',
          'error',
          'R13',
          `${path}.minCount`,
          `Node pool ${name} has minCount ${formatCount(minCount)} above maxCount ${formatCount(maxCount)}. Make minCount ≤ maxCount.`,
        );
      } else if (count < minCount || count > maxCount) {
        findings.add(
          'AUTOSCALE_COUNT_OUT_OF_RANGE',
          'warning',
          'R13',
          `${path}.count`,
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
        value: formatMaxSurge(defaultSurge),
        note: versionBelow132
          ? 'One surge node, the default below Kubernetes 1.32 (R35, D1).'
          : '10 %, rounded up: the default from Kubernetes 1.32 or when no version is given (R35, D1).',
      });
    } else {
      const parsed = parseMaxSurge(pool.maxSurge);
      if (parsed === null) {
        findings.add(
          'MAX_SURGE_INVALID',
          'error',
          'R36',
          `${path}.maxSurge`,
          `Node pool ${name} has maxSurge "${pool.maxSurge}"; write a whole node count such as "2" or a percentage 0–100 such as "33%". The planner uses ${formatMaxSurge(defaultSurge)} until then.`,
        );
      } else {
        maxSurge = parsed;
      }
    }
    const surgeNodes = surgeNodeCount(plannedNodes, maxSurge);

    const maxPodsGiven = isPositiveInteger(pool.maxPods);
    const maxPods = maxPodsGiven
      ? (pool.maxPods as number)
      : useDefault(
          `${path}.maxPods`,
          undefined,
          DEFAULT_MAX_PODS[plugin],
          plugin === 'azurePodSubnet'
            ? 'Disputed default: 250 per the dynamic-allocation doc, 110 per the IP planning doc (R29, D2). Set it.'
            : `The ${plugin} default (R29).`,
        );

    const subnet: ResolvedSubnet | null =
      pool.subnet !== undefined ? (subnetByName.get(pool.subnet) ?? null) : defaultNodeSubnet;
    if (pool.subnet !== undefined) {
      if (subnet === null) {
        findings.add(
          'POOL_SUBNET_NOT_FOUND',
          'error',
          'R13',
          `${path}.subnet`,
          `Node pool ${name} names subnet "${pool.subnet}", which is not in the VNet. Add the subnet or pick one of: ${subnets.map((s) => s.name).join(', ') || '(no subnets)'}.`,
        );
      }
    } else if (subnet === null) {
      findings.add(
        'POOL_SUBNET_NOT_FOUND',
        'error',
        'R13',
        `${path}.subnet`,
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
      ipsPerNode,
      podSubnetIpsPerNode,
      podSubnetIpsPerNodeDuringUpgrade,
    };
  });

  const connected: ResolvedConnectedNetwork[] = (plan.connectedNetworks ?? []).map((network, index) => {
    const path = `connectedNetworks[${index}]`;
    const name = network.name ?? `connected network ${index + 1}`;
    return {
      index,
      path,
      name,
      kind: network.kind ?? 'other',
      prefixes: (network.addressPrefixes ?? [])
        .map((text, i) => parseCidrField(text, `${path}.addressPrefixes[${i}]`, 'connected', findings, name))
        .filter((p): p is ParsedPrefix => p !== null),
    };
  });

  const tierNodeLimit = tier === 'Free' ? NODE_LIMIT_FREE : NODE_LIMIT_STANDARD;
  const kubenetNodeLimit = plugin === 'kubenet' ? Math.max(0, KUBENET_ROUTE_LIMIT - routeTableCustomRoutes) : null;
  const nodeLimit = kubenetNodeLimit === null ? tierNodeLimit : Math.min(tierNodeLimit, kubenetNodeLimit);

  return {
    plugin,
    tier,
    families,
    familiesText,
    dataplane,
    policy,
    outboundType,
    routeTableCustomRoutes,
    privateCluster,
    version,
    versionText,
    podIpAllocationMode,
    podCidrsGiven,
    podCidrs,
    serviceCidrsGiven: serviceInput !== undefined,
    serviceCidrs,
    dnsServiceIp,
    podCidrExpansion,
    vnetName: vnet.name ?? null,
    vnetResourceGroup: plan.vnet?.resourceGroup ?? null,
    vnetSpace,
    vnetSpaceGiven,
    subnets,
    managedVnet,
    pools,
    connected,
    tierNodeLimit,
    kubenetNodeLimit,
    nodeLimit,
  };
}

/** The first parsed pod CIDR of a family. */
export function podCidrOf(plan: ResolvedPlan, family: IpFamily): ParsedPrefix | null {
  return plan.podCidrs.find((p) => p?.cidr.family === family) ?? null;
}
