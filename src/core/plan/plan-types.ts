/**
 * The plan document (schema version 1) and its findings (plan-document.md §1–§2; fields may be added,
 * never renamed).
 */
import type { FindingCode } from '../rules/catalog/finding-codes.ts';

export type { FindingCode } from '../rules/catalog/finding-codes.ts';

export type IpFamily = 'IPv4' | 'IPv6';
export type NetworkPlugin = 'overlay' | 'kubenet' | 'azureNodeSubnet' | 'azurePodSubnet' | 'none';
export type Tier = 'Free' | 'Standard' | 'Premium';
export type PodIpAllocationMode = 'DynamicIndividual' | 'StaticBlock';
export type NetworkDataplane = 'azure' | 'cilium';
export type NetworkPolicy = 'none' | 'azure' | 'calico' | 'cilium';
export type OutboundType =
  'loadBalancer' | 'managedNATGateway' | 'userAssignedNATGateway' | 'userDefinedRouting' | 'none';
export type SubnetPurpose = 'nodes' | 'pods' | 'apiServer' | 'appGatewayForContainers' | 'other';
export type ConnectedNetworkKind = 'peering' | 'expressRoute' | 'vpn' | 'onPremises' | 'other';
export type PoolMode = 'System' | 'User';
export type OsType = 'Linux' | 'Windows';

export interface OtherIps {
  name?: string;
  count: number;
}

export interface SubnetPlan {
  name: string;
  addressPrefixes: string[];
  purpose?: SubnetPurpose;
  otherIps?: OtherIps[];
  id?: string;
  delegatedTo?: string;
  sharedByClusters?: number;
}

export interface VnetPlan {
  name?: string;
  resourceGroup?: string;
  addressSpace?: string[];
  subnets?: SubnetPlan[];
}

export interface NodePoolPlan {
  name?: string;
  mode?: PoolMode;
  osType?: OsType;
  subnet?: string;
  podSubnet?: string;
  podIpAllocationMode?: PodIpAllocationMode;
  count?: number;
  enableAutoScaling?: boolean;
  minCount?: number;
  maxCount?: number;
  maxSurge?: string;
  maxPods?: number;
}

export interface ClusterPlan {
  name?: string;
  kubernetesVersion?: string;
  tier?: Tier;
  networkPlugin?: NetworkPlugin;
  podIpAllocationMode?: PodIpAllocationMode;
  networkDataplane?: NetworkDataplane;
  networkPolicy?: NetworkPolicy;
  outboundType?: OutboundType;
  routeTableCustomRoutes?: number;
  ipFamilies?: IpFamily[];
  podCidrs?: string[];
  serviceCidrs?: string[];
  dnsServiceIp?: string;
  privateCluster?: boolean;
  podCidrExpansion?: string;
}

export interface ConnectedNetwork {
  name?: string;
  kind?: ConnectedNetworkKind;
  addressPrefixes: string[];
}

export interface PlanDocument {
  schemaVersion: 1;
  title?: string;
  notes?: string;
  cluster?: ClusterPlan;
  vnet?: VnetPlan;
  nodePools: NodePoolPlan[];
  connectedNetworks?: ConnectedNetwork[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** A code from aks-rules.md §4 or a planner code: one of the catalog's (docs/finding-codes.md). A string at runtime. */
  code: FindingCode;
  severity: Severity;
  /** Plain words for a person: the rule, the values, what to do. */
  message: string;
  /** The field it is about, e.g. `cluster.podCidrs[0]`. */
  path?: string;
  /** The rule it comes from, e.g. `R13`. */
  rule?: string;
  /** CIDR_HOST_BITS_SET: the network the planner computes with (R1). */
  canonical?: string;
  /** A size finding (R70): the one prefix length its advice names, e.g. 16 for "use a /16 or larger". */
  advisedPrefix?: number;
}
