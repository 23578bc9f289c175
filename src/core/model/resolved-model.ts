// The resolved model's shape: the plan with every default applied, every CIDR parsed and every pool sized.
// resolve-plan.ts builds it and resolve-pool.ts sizes its pools; both import these types from here.
import type {
  ConnectedNetworkKind,
  IpFamily,
  NetworkDataplane,
  NetworkPlugin,
  NetworkPolicy,
  OsType,
  OutboundType,
  PodIpAllocationMode,
  PoolMode,
  SubnetPurpose,
  Tier,
} from '../types.ts';
import type { KubernetesVersion } from './kubernetes-version.ts';
import type { ParsedPrefix } from './parse-cidr-field.ts';
import type { MaxSurge } from './surge.ts';

export interface ResolvedSubnet {
  index: number;
  path: string;
  name: string;
  /** Read only: ipv4 and ipv6 may be this same list when all prefixes are of one family. */
  prefixes: readonly ParsedPrefix[];
  ipv4: readonly ParsedPrefix[];
  ipv6: readonly ParsedPrefix[];
  /**
   * The stated purpose; when none is stated, appGatewayForContainers for a subnet delegated to
   * Microsoft.ServiceNetworking/trafficControllers (R68), else nodes.
   */
  purpose: SubnetPurpose;
  /** True when delegated to Microsoft.ServiceNetworking/trafficControllers (case-insensitive, R68). */
  agcDelegated: boolean;
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
  /** plannedNodes + surgeNodes: the pool's nodes while it upgrades (R36, R37). */
  nodesDuringUpgrade: number;
  /** Node-subnet IPs per node (R10, R11). */
  ipsPerNode: number;
  podSubnetIpsPerNode: number;
  podSubnetIpsPerNodeDuringUpgrade: number;
  /**
   * Private IPs one node counts against the VNet's 65,536 (D12, R69): its node-subnet IPs, plus 16
   * for a DynamicIndividual pod subnet, or one per /28 block for StaticBlock.
   */
  vnetIpsPerNode: number;
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
  /** The first subnet of each name (pools name their subnet; a later one of the same name is a duplicate, R8). */
  subnetByName: ReadonlyMap<string, ResolvedSubnet>;
  managedVnet: boolean;
  /** A subnet has purpose apiServer: API Server VNet Integration (R65), so no private endpoint in a node subnet. */
  apiServerVnetIntegration: boolean;
  pools: ResolvedPool[];
  connected: ResolvedConnectedNetwork[];
  tierNodeLimit: number;
  kubenetNodeLimit: number | null;
  nodeLimit: number;
}
