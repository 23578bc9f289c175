import type { CodeEntry } from './catalog-types.ts';

/** Rule codes of rulebook sections A–G (CIDR input to max pods), in rulebook order. */
export const RULE_CODES_A_G = {
  CIDR_INVALID: {
    severity: 'error',
    rules: ['R1', 'R2'],
    when: "A CIDR field that doesn't parse, or has no prefix length.",
  },
  CIDR_HOST_BITS_SET: {
    severity: 'error or warning',
    rules: ['R1'],
    when: 'Host bits set: error for VNet and subnet prefixes, warning for pod, service and connected-network CIDRs. `canonical` holds the network used.',
  },
  SUBNET_TOO_SMALL: { severity: 'error', rules: ['R5'], when: 'An IPv4 subnet longer than /29.' },
  SUBNET_TOO_LARGE: { severity: 'error', rules: ['R5'], when: 'An IPv4 subnet shorter than /2.' },
  SUBNET_LARGER_THAN_SLASH8: { severity: 'warning', rules: ['R5', 'D7'], when: 'An IPv4 subnet /7–/2.' },
  IPV6_SUBNET_NOT_64: { severity: 'error', rules: ['R6'], when: 'An IPv6 subnet prefix other than /64.' },
  SUBNET_NO_IPV4: {
    severity: 'error',
    rules: ['R6'],
    when: "A subnet with only IPv6 prefixes (IPv6-only NICs aren't supported).",
  },
  VNET_FORBIDDEN_RANGE: {
    severity: 'error',
    rules: ['R7'],
    when: 'VNet space or a subnet overlaps multicast, broadcast, loopback, link-local, 168.63.129.16 or ff00::/8.',
  },
  VNET_NON_PRIVATE_RANGE: {
    severity: 'warning',
    rules: ['R7'],
    when: 'VNet space outside RFC 1918, RFC 6598 (and fc00::/7), when the range has no error.',
  },
  SUBNETS_OVERLAP: { severity: 'error', rules: ['R8'], when: 'Two subnet prefixes overlap (names both).' },
  SUBNET_OUTSIDE_VNET: {
    severity: 'error',
    rules: ['R8'],
    when: 'A subnet prefix is not inside the VNet address space.',
  },
  VNET_SPACE_OVERLAP: { severity: 'error', rules: ['R8'], when: 'Two VNet address-space prefixes overlap.' },
  SUBNET_NAME_DUPLICATE: { severity: 'error', rules: ['R8'], when: 'Two subnets share a name.' },
  SUBNET_NAME_EMPTY: {
    severity: 'error',
    rules: ['R8'],
    when: 'A subnet has no name (or only spaces); the advice names it after its position.',
  },
  SUBNET_NO_PREFIX: {
    severity: 'error',
    rules: ['R8'],
    when: 'A subnet with no address prefix at all (e.g. imported from `az aks show` without the VNet).',
  },
  VNET_PRIVATE_IP_LIMIT: {
    severity: 'error',
    rules: ['R9', 'R27', 'D12'],
    when: "The plan's private IPs in the VNet at rest exceed 65,536.",
  },
  VNET_SUBNET_LIMIT: { severity: 'error', rules: ['R9'], when: 'More than 3,000 subnets in the VNet.' },
  VNET_PEERING_LIMIT: {
    severity: 'error',
    rules: ['R9'],
    when: 'More than 500 peerings (connected networks of kind peering).',
  },
  NODE_SUBNET_DELEGATED: {
    severity: 'error',
    rules: ['R58'],
    when: 'A subnet node pools use has `delegatedTo` set.',
  },
  SUBNET_ROLE_CONFLICT: {
    severity: 'error',
    rules: ['R58'],
    when: 'A subnet with two roles among nodes, pods, apiServer and appGatewayForContainers.',
  },
  SUBNETS_IN_DIFFERENT_VNETS: {
    severity: 'error',
    rules: ['R59'],
    when: "Subnet IDs name different VNets, or a VNet or resource group other than the plan's.",
  },
  POD_CIDR_IGNORED: {
    severity: 'info',
    rules: ['R11'],
    when: "`podCidrs` set with a flat Azure CNI plugin, which doesn't use it.",
  },
  APISERVER_SUBNET_TOO_SMALL: {
    severity: 'error',
    rules: ['R12'],
    when: 'apiServer subnet /29 or smaller, or usable < 9 × sharedByClusters.',
  },
  SUBNET_INSUFFICIENT_FOR_NODES: {
    severity: 'error',
    rules: ['R13', 'R70'],
    when: 'Σ plannedNodes × ipsPerNode + other consumers > usable. Advises one prefix (`advisedPrefix`) that also holds the upgrade.',
  },
  SUBNET_INSUFFICIENT_FOR_UPGRADE: {
    severity: 'warning',
    rules: ['R13', 'D18', 'R70'],
    when: 'The same with surge nodes; the message says AKS may also refuse to add or scale pools.',
  },
  POOL_SUBNET_NOT_FOUND: {
    severity: 'error',
    rules: ['R13', 'R25'],
    when: "A pool names a subnet or pod subnet the VNet doesn't have, or there is no node subnet at all.",
  },
  AUTOSCALE_RANGE_INVALID: {
    severity: 'error',
    rules: ['R13'],
    when: 'Autoscaling without `minCount`/`maxCount`, or `minCount > maxCount`.',
  },
  AUTOSCALE_COUNT_OUT_OF_RANGE: {
    severity: 'warning',
    rules: ['R13'],
    when: '`count` outside `minCount…maxCount`.',
  },
  APISERVER_SUBNET_NOT_DELEGATED: {
    severity: 'error',
    rules: ['R65'],
    when: "The apiServer subnet isn't delegated to Microsoft.ContainerService/managedClusters (case-insensitive).",
  },
  POD_CIDR_TOO_SMALL: {
    severity: 'error',
    rules: ['R15'],
    when: 'An overlay or kubenet IPv4 pod CIDR longer than /24 (0 node blocks).',
  },
  POD_CIDR_TOO_LARGE: { severity: 'warning', rules: ['R15'], when: 'An IPv4 pod CIDR shorter than /8.' },
  POD_CIDR_INSUFFICIENT_BLOCKS: {
    severity: 'error',
    rules: ['R16', 'R22', 'R70'],
    when: 'Node blocks < Σ plannedNodes. Advises the prefix that holds the upgrade too (never above /8).',
  },
  POD_CIDR_INSUFFICIENT_FOR_UPGRADE: {
    severity: 'warning',
    rules: ['R16', 'R22', 'D18', 'R70'],
    when: 'Node blocks < Σ (plannedNodes + surgeNodes).',
  },
  EXCEEDS_SUPPORTED_POD_SCALE: {
    severity: 'info',
    rules: ['R17', 'D4'],
    when: 'Overlay Σ plannedNodes × maxPods above 200,000.',
  },
  POD_CIDR_OVERLAPS_SUBNET: {
    severity: 'error',
    rules: ['R18', 'R56', 'D16'],
    when: 'The pod CIDR (or expansion) overlaps a subnet.',
  },
  POD_CIDR_IN_VNET_SPACE: {
    severity: 'warning',
    rules: ['R18', 'R56', 'D9'],
    when: 'The pod CIDR overlaps VNet space but no subnet.',
  },
  POD_CIDR_PUBLIC_UNSUPPORTED: {
    severity: 'warning',
    rules: ['R18'],
    when: 'A pod CIDR outside private space, when the field has no error.',
  },
  OVERLAPS_CONNECTED_NETWORK: {
    severity: 'error',
    rules: ['R18', 'R43', 'R56'],
    when: 'A pod or service CIDR (or the VNet space) overlaps a connected network.',
  },
  POD_CIDR_EXPANSION_NOT_SUPERSET: {
    severity: 'error',
    rules: ['R19'],
    when: "The expansion target doesn't strictly contain the current pod CIDR.",
  },
  POD_CIDR_EXPANSION_IPV6_UNSUPPORTED: {
    severity: 'error',
    rules: ['R19'],
    when: 'An IPv6 expansion target.',
  },
  POD_CIDR_EXPANSION_UNSUPPORTED: {
    severity: 'error',
    rules: ['R19'],
    when: 'An expansion target with a plugin other than overlay, or with Windows pools.',
  },
  WINDOWS_MAXPODS_ABOVE_110: {
    severity: 'warning',
    rules: ['R20', 'R61'],
    when: 'A Windows pool with maxPods > 110 on Azure CNI.',
  },
  KUBENET_NODE_LIMIT: {
    severity: 'error',
    rules: ['R21', 'R66'],
    when: 'Σ plannedNodes > 400 − routeTableCustomRoutes, or floor((400 − routes) / 2) on dual-stack.',
  },
  KUBENET_UPGRADE_EXCEEDS_400: {
    severity: 'warning',
    rules: ['R21', 'R66'],
    when: 'The same limit with surge nodes.',
  },
  KUBENET_SUBNET_SHARED: {
    severity: 'error',
    rules: ['R23'],
    when: 'A kubenet node subnet with sharedByClusters > 1.',
  },
  KUBENET_RETIRING: { severity: 'info', rules: ['R23'], when: 'Any kubenet plan (retires 31 March 2028).' },
  KUBENET_WINDOWS_UNSUPPORTED: { severity: 'error', rules: ['R23'], when: 'A Windows pool on kubenet.' },
  KUBENET_AZURE_POLICY_UNSUPPORTED: {
    severity: 'error',
    rules: ['R23'],
    when: 'Azure Network Policy Manager on kubenet.',
  },
  POD_SUBNET_MISSING: {
    severity: 'error',
    rules: ['R25'],
    when: 'An Azure CNI Pod Subnet pool without `podSubnet`.',
  },
  POD_SUBNET_IGNORED: { severity: 'info', rules: ['R25'], when: '`podSubnet` set with another plugin.' },
  STATIC_BLOCK_WASTE: {
    severity: 'info',
    rules: ['R26'],
    when: "A StaticBlock pool whose maxPods isn't 16N − 1.",
  },
  POD_SUBNET_SCALE_ABOVE_50K: {
    severity: 'info',
    rules: ['R27', 'D12'],
    when: "DynamicIndividual pools' Σ plannedNodes × maxPods above 50,000.",
  },
  STATIC_BLOCK_SUBNET_TOO_LARGE: {
    severity: 'error',
    rules: ['R27'],
    when: 'A StaticBlock pod subnet shorter than /12.',
  },
  STATIC_BLOCK_K8S_VERSION: {
    severity: 'error',
    rules: ['R27'],
    when: 'A StaticBlock pool below Kubernetes 1.28.',
  },
  POD_SUBNET_MIXED_MODES: {
    severity: 'error',
    rules: ['R27'],
    when: 'Pools of both allocation modes share a pod subnet.',
  },
  POD_SUBNET_INSUFFICIENT: {
    severity: 'error',
    rules: ['R57', 'R70'],
    when: "A pod subnet's at-rest IPs exceed its usable addresses; advised prefix never above /12 for StaticBlock.",
  },
  POD_SUBNET_INSUFFICIENT_FOR_UPGRADE: {
    severity: 'warning',
    rules: ['R57', 'R70'],
    when: 'The same during upgrade (full density for dynamic).',
  },
  MAX_PODS_OUT_OF_RANGE: { severity: 'error', rules: ['R28'], when: 'maxPods outside 10–250.' },
  MAX_PODS_POOL_MIN_30: {
    severity: 'error',
    rules: ['R28'],
    when: 'maxPods < 30 and maxPods × (count, or minCount) < 30.',
  },
  MAX_PODS_DEFAULT_DISPUTED: {
    severity: 'warning',
    rules: ['R29', 'D2'],
    when: 'An Azure CNI Pod Subnet pool without maxPods.',
  },
} as const satisfies Record<string, CodeEntry>;
