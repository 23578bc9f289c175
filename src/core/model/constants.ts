/** Every constant cites the rule of aks-rules.md it comes from. */

export const AZURE_RESERVED_IPS_PER_SUBNET = 5; // R3: x.0, x.1, x.2, x.3 and the last address
export const SUBNET_MIN_PREFIX_IPV4 = 29; // R5: smallest IPv4 subnet /29
export const SUBNET_MAX_PREFIX_IPV4 = 2; // R5: largest IPv4 subnet /2
export const SUBNET_WARN_SHORTER_THAN = 8; // R5, D7: /7–/2 warn
export const IPV6_SUBNET_PREFIX = 64; // R6: IPv6 subnets are exactly /64
export const VNET_PRIVATE_IP_LIMIT = 65_536; // R9, D12
export const VNET_SUBNET_LIMIT = 3_000; // R9
export const VNET_PEERING_LIMIT = 500; // R9
export const APISERVER_SUBNET_MIN_PREFIX = 28; // R12: minimum /28
export const APISERVER_IPS_PER_CLUSTER = 9; // R12: at least nine IPs per cluster
export const PRIVATE_CLUSTER_ENDPOINT_IPS = 1; // R12: API server private endpoint in the first pool's subnet
export const OVERLAY_IPV4_NODE_BLOCK_PREFIX = 24; // R14, R22: one /24 per node
export const IPV6_NODE_BLOCK_PREFIX = 80; // R52: /80 per node (example-derived)
export const POD_CIDR_WARN_SHORTER_THAN = 8; // R15: more than 16 bits to the /24 node block
export const SUPPORTED_OVERLAY_PODS = 200_000; // R17, D4
export const KUBENET_ROUTE_LIMIT = 400; // R21: 400 routes per route table
export const DYNAMIC_POD_SUBNET_BATCH = 16; // R25: batches of 16
export const DYNAMIC_POD_SUBNET_MIN_FREE = 8; // R25: a new batch when fewer than 8 unallocated
export const DYNAMIC_POD_SUBNET_MAX_IPS = 250; // R25: CNS DefaultMaxIPs caps the IPs a node holds
export const STATIC_BLOCK_SIZE = 16; // R26: /28 blocks
export const STATIC_BLOCK_MIN_SUBNET_PREFIX = 12; // R27: maximum subnet size /12
export const DYNAMIC_POD_SCALE_NOTE = 50_000; // R27, D12
export const MAX_PODS_MIN = 10; // R28
export const MAX_PODS_MAX = 250; // R28, R17
export const MIN_PODS_PER_POOL = 30; // R28
export const WINDOWS_MAX_PODS_RECOMMENDED = 110; // R20, R61
export const NODE_LIMIT_FREE = 1_000; // R30
export const NODE_LIMIT_STANDARD = 5_000; // R30 (Standard and Premium)
export const FREE_TIER_RECOMMENDED_NODES = 10; // R30: warn from 10 nodes
export const POOL_NODE_LIMIT = 1_000; // R31
export const POOL_COUNT_LIMIT = 100; // R31
export const SYSTEM_POOL_MIN_NODES = 2; // R31, D11
export const NPM_NODE_LIMIT = 250; // R34
export const SERVICE_CIDR_MIN_PREFIX_IPV4 = 12; // R39
export const SERVICE_CIDR_MIN_PREFIX_IPV6 = 108; // R39
export const SERVICE_CIDR_MIN_ADDRESSES = 8n; // R39
export const SERVICE_BITMAP_IPV6_CAP = 65_536n; // R40: legacy bitmap allocator cap
export const NAME_LABEL_MAX_LENGTH = 63; // R33
export const KUBENET_DUAL_STACK_ROUTES_PER_NODE = 2; // R66: one route per family
export const NPM_POD_LIMIT = 20_000; // R67
export const DUALSTACK_APISERVER_MIN_MINOR = 26; // R65: dual-stack with API Server VNet Integration needs 1.26(.3)
export const DUALSTACK_CILIUM_MIN_MINOR = 29; // R47: dual-stack with the Cilium data plane needs 1.29
export const AGC_MIN_AVAILABLE_IPS = 250; // R68: at least 250 available addresses
export const AGC_OVERLAY_PREFIX = 24; // R68, D22: on overlay, shorter than /24 is a warning
export const POD_CIDR_SHORTEST_ADVISED = 8; // R70, R15: a pod CIDR is never advised larger than /8
export const APISERVER_DELEGATION = 'Microsoft.ContainerService/managedClusters'; // R65
export const AGC_DELEGATION = 'Microsoft.ServiceNetworking/trafficControllers'; // R68

/** Default max pods per plugin (R29). */
export const DEFAULT_MAX_PODS = {
  overlay: 250,
  kubenet: 110,
  azureNodeSubnet: 30,
  azurePodSubnet: 250,
  none: 250,
} as const;

/** AKS-managed VNet when a plan has none (plan-document.md §1, observed). */
export const MANAGED_VNET_ADDRESS_SPACE = '10.224.0.0/12';
export const MANAGED_VNET_SUBNET = '10.224.0.0/16';
export const MANAGED_VNET_SUBNET_NAME = 'aks-subnet';

/** Documented defaults (R18, R41, R50). */
export const DEFAULT_POD_CIDR_IPV4 = '10.244.0.0/16';
export const DEFAULT_POD_CIDR_IPV6 = 'fd12:3456:789a::/64';
export const DEFAULT_SERVICE_CIDR_IPV4 = '10.0.0.0/16';
export const DEFAULT_SERVICE_CIDR_IPV6 = 'fd12:3456:789a:1::/108';
export const DEFAULT_DNS_SERVICE_IP = '10.0.0.10';
