/** The report evaluatePlan returns: its figures per range, subnet, pool and cluster, and the resolved plan (plan-document.md §2). */
import type {
  IpFamily,
  NetworkPlugin,
  Tier,
  PodIpAllocationMode,
  NetworkDataplane,
  NetworkPolicy,
  OutboundType,
  SubnetPurpose,
  PoolMode,
  OsType,
  Finding,
} from '../plan/plan-types.ts';

/** A default the evaluation filled in because the plan left the field out. */
export interface AppliedDefault {
  path: string;
  value: string;
  /** Why this value, and where the planner's default differs from the AKS API's. */
  note: string;
}

export interface PodRangeReport {
  family: IpFamily;
  cidr: string;
  totalAddresses: bigint;
  /** Prefix length of the per-node block (24 for IPv4, 80 for IPv6 by R52), or null when the plugin has no per-node blocks. */
  blockPrefixLength: number | null;
  nodeBlocks: bigint;
  maxNodes: number;
  maxPods: number;
  requiredBlocks: number;
  requiredBlocksDuringUpgrade: number;
  /** False when the pod CIDR does not bound the node count (IPv6 by R52, BYO CNI by R56). */
  limitsNodes: boolean;
  /** What caps maxNodes: the pod CIDR's blocks, the tier node limit (R30) or kubenet's routes (R21, R66). */
  limitedBy: 'podCidr' | 'clusterNodeLimit' | 'kubenetNodeLimit';
  /** The longest prefix that holds requiredBlocksDuringUpgrade (R70). */
  minPrefix: number;
}

export interface ServiceRangeReport {
  family: IpFamily;
  cidr: string;
  totalAddresses: bigint;
  allocatable: bigint;
  availableAfterDefaults: bigint;
  kubernetesServiceIp: string;
  /** What the legacy bitmap allocator could hand out (R40): IPv6 capped at 65,536 − 1. */
  allocatableLegacyBitmap: bigint;
}

export type SubnetRole = 'nodes' | 'pods' | 'apiServer' | 'appGatewayForContainers' | 'other';

export interface SubnetReport {
  name: string;
  /** The subnet's (first) IPv4 prefix, canonical; empty when it has none that parses. */
  cidr: string;
  ipv6Cidr: string | null;
  role: SubnetRole;
  totalAddresses: bigint;
  reserved: number;
  usable: bigint;
  ipsSteady: number;
  ipsDuringUpgrade: number;
  /** usable − ipsDuringUpgrade (negative when short). */
  freeAfterUpgrade: bigint;
  /** Other consumers counted in ipsSteady (otherIps, private endpoint). */
  otherIps: number;
  /** Node pools that take IPs from this subnet (as node subnet or pod subnet). */
  pools: string[];
  /**
   * The longest prefix (never above 29) whose usable addresses hold ipsDuringUpgrade (R70); for an
   * API-server subnet never above 28 (R12), for an AGC subnet the size that leaves 250 after otherIps (R68).
   */
  minPrefix: number;
  /** Nodes this subnet can hold with the pools' IPs per node (R11, R13; pod subnets R57). */
  maxNodes: number;
  /** Pods those nodes can run. */
  maxPods: number;
}

export interface NodePoolReport {
  name: string;
  mode: PoolMode;
  osType: OsType;
  subnet: string | null;
  podSubnet: string | null;
  podIpAllocationMode: PodIpAllocationMode | null;
  count: number;
  enableAutoScaling: boolean;
  minCount: number | null;
  maxCount: number | null;
  maxSurge: string;
  /** plannedNodes: maxCount when autoscaling, else count. */
  nodes: number;
  surgeNodes: number;
  maxPods: number;
  /** Node-subnet IPs per node (R10, R11). */
  ipsPerNode: number;
  /** Pod-subnet IPs per node at rest (R57), 0 when the pool has no pod subnet. */
  podSubnetIpsPerNode: number;
  /** Pod-subnet IPs per node during upgrade (R57: full density for dynamic, blocks for static). */
  podSubnetIpsPerNodeDuringUpgrade: number;
  /** Static block pod subnet: /28 blocks per node (R26). */
  blocksPerNode?: number;
  /** Static block: IPs of those blocks no pod can use (R26). */
  wastePerNode?: number;
  /** Dynamic pod subnet: the first batch per node (R25). */
  minIpsPerNode?: number;
  /** Dynamic pod subnet: IPs per node at full pod density (R25). */
  ipsPerNodeAtFullDensity?: number;
  /** minIpsPerNode × nodes. */
  minTotal?: number;
  /** ipsPerNodeAtFullDensity × nodes. */
  totalAtFullDensity?: number;
}

export interface ClusterReport {
  nodes: number;
  nodesDuringUpgrade: number;
  nodeLimit: number;
  tier: Tier;
  networkPlugin: NetworkPlugin;
  ipFamilies: IpFamily[];
  /** Σ plannedNodes × maxPods. */
  pods: number;
  /** Private IPs the plan takes in its VNet at rest (D12). */
  vnetPrivateIps: number;
  kubernetesVersion: string | null;
}

export interface PlanReport {
  findings: Finding[];
  valid: boolean;
  podRanges: PodRangeReport[];
  serviceRanges: ServiceRangeReport[];
  subnets: SubnetReport[];
  nodePools: NodePoolReport[];
  cluster: ClusterReport;
  defaultsApplied: AppliedDefault[];
  /** True when the plan has no vnet and the AKS-managed VNet was assumed. */
  managedVnet: boolean;
  /** The plan with every default applied, in the AKS API's spelling, JSON-serialisable (plan-document.md, revision 2). */
  resolved: ResolvedPlan;
}

/** A subnet of the resolved plan. */
export interface ResolvedSubnetView {
  name: string;
  /** Canonical prefixes, IPv4 first as written. */
  addressPrefixes: string[];
  /** The stated purpose, or the one the planner inferred (nodes; appGatewayForContainers from its delegation, R68). */
  purpose: SubnetPurpose;
  /** The role it plays in this plan (R58). */
  role: SubnetRole;
  delegatedTo: string | null;
  otherIps: number;
  sharedByClusters: number;
  id: string | null;
}

/** A node pool of the resolved plan. */
export interface ResolvedNodePoolView {
  name: string;
  mode: PoolMode;
  osType: OsType;
  /** The node subnet's name (vnetSubnetID in the API). */
  vnetSubnetName: string | null;
  podSubnetName: string | null;
  podIpAllocationMode: PodIpAllocationMode | null;
  count: number;
  enableAutoScaling: boolean;
  minCount: number | null;
  maxCount: number | null;
  maxSurge: string;
  maxPods: number;
  plannedNodes: number;
  surgeNodes: number;
}

/** The resolved plan: every default applied, in the AKS API's spelling; strings and numbers only. */
export interface ResolvedPlan {
  /** The planner's plugin name (overlay, kubenet, azureNodeSubnet, azurePodSubnet, none). */
  networkPlugin: NetworkPlugin;
  /** networkProfile.networkPlugin: azure, kubenet or none. */
  apiNetworkPlugin: 'azure' | 'kubenet' | 'none';
  /** networkProfile.networkPluginMode: overlay, or null. */
  apiNetworkPluginMode: 'overlay' | null;
  networkDataplane: NetworkDataplane;
  networkPolicy: NetworkPolicy;
  outboundType: OutboundType;
  tier: Tier;
  kubernetesVersion: string | null;
  ipFamilies: IpFamily[];
  podCidrs: string[];
  serviceCidrs: string[];
  dnsServiceIp: string | null;
  privateCluster: boolean;
  podIpAllocationMode: PodIpAllocationMode;
  routeTableCustomRoutes: number;
  podCidrExpansion: string | null;
  nodeLimit: number;
  managedVnet: boolean;
  vnetName: string | null;
  vnetResourceGroup: string | null;
  vnetAddressSpace: string[];
  subnets: ResolvedSubnetView[];
  nodePools: ResolvedNodePoolView[];
}
