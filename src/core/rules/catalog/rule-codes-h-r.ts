import type { CodeEntry } from './catalog-types.ts';

/** Rule codes of rulebook sections H–R (cluster and pool limits to sizing advice), in rulebook order. */
export const RULE_CODES_H_R = {
  CLUSTER_NODE_LIMIT: {
    severity: 'error',
    rules: ['R30'],
    when: 'Σ plannedNodes above the tier node limit (1,000 Free, 5,000 Standard/Premium).',
  },
  FREE_TIER_OVER_10_NODES: {
    severity: 'warning',
    rules: ['R30'],
    when: 'Free tier with Σ plannedNodes ≥ 10.',
  },
  POOL_NODE_LIMIT: { severity: 'error', rules: ['R31'], when: "A pool's plannedNodes above 1,000." },
  POOL_COUNT_LIMIT: { severity: 'error', rules: ['R31'], when: 'More than 100 pools.' },
  SYSTEM_POOL_UNDER_2: {
    severity: 'warning',
    rules: ['R31', 'D11', 'D20'],
    when: "A System pool's count, or minCount when it autoscales (path `minCount`), below 2.",
  },
  NO_SYSTEM_POOL: {
    severity: 'error',
    rules: ['R31'],
    when: 'No pool has mode System (every cluster needs one).',
  },
  WINDOWS_CILIUM_UNSUPPORTED: {
    severity: 'error',
    rules: ['R61'],
    when: 'A Windows pool with the Cilium data plane.',
  },
  SYSTEM_POOL_NOT_LINUX: { severity: 'error', rules: ['R62'], when: 'A System pool with osType Windows.' },
  POOL_NAME_INVALID: {
    severity: 'error',
    rules: ['R32'],
    when: "A pool name that isn't lowercase letters and digits, 1–12 (Windows 1–6).",
  },
  POOL_NAME_DUPLICATE: { severity: 'error', rules: ['R32'], when: 'Two pools share a name.' },
  NAME_TOO_LONG: {
    severity: 'error',
    rules: ['R33'],
    when: 'Overlay in your VNet: a VNet, resource-group or node-subnet name over 63 characters.',
  },
  NAME_INVALID_LABEL_CHARS: {
    severity: 'error',
    rules: ['R33'],
    when: "The same names that aren't Kubernetes label values.",
  },
  NPM_OVER_250_NODES: {
    severity: 'warning',
    rules: ['R34'],
    when: 'networkPolicy azure with Σ plannedNodes above 250.',
  },
  NPM_OVER_20000_PODS: {
    severity: 'warning',
    rules: ['R67'],
    when: 'networkPolicy azure with Σ plannedNodes × maxPods above 20,000.',
  },
  NPM_WINDOWS_RETIRING: {
    severity: 'error',
    rules: ['R67'],
    when: 'networkPolicy azure with a Windows pool (WARN before the 2026-12-06 revision).',
  },
  NPM_LINUX_RETIRING: {
    severity: 'info',
    rules: ['R67'],
    when: 'networkPolicy azure with a Linux pool (retires 30 September 2028).',
  },
  K8S_VERSION_INVALID: {
    severity: 'warning',
    rules: ['R35'],
    when: "`kubernetesVersion` isn't a version like 1.33; version rules assume the newest behaviour.",
  },
  SYSTEM_POOL_SURGE_ZERO: { severity: 'error', rules: ['R36'], when: 'A System pool with maxSurge 0.' },
  MAX_SURGE_INVALID: {
    severity: 'error',
    rules: ['R36'],
    when: '`maxSurge` is neither a whole number nor a percentage 0–100 %.',
  },
  UPGRADE_EXCEEDS_POOL_LIMIT: {
    severity: 'warning',
    rules: ['R38'],
    when: "A pool's plannedNodes + surgeNodes above 1,000.",
  },
  UPGRADE_BLOCKED_AT_NODE_LIMIT: {
    severity: 'warning',
    rules: ['R38'],
    when: "Σ (plannedNodes + surgeNodes) above the tier limit, when CLUSTER_NODE_LIMIT doesn't fire.",
  },
  VNET_PRIVATE_IP_LIMIT_FOR_UPGRADE: {
    severity: 'warning',
    rules: ['R69', 'D12'],
    when: "The plan's private IPs in the VNet, with every per-node term over plannedNodes + surgeNodes, exceed 65,536 (not raised with VNET_PRIVATE_IP_LIMIT).",
  },
  SERVICE_CIDR_TOO_LARGE: {
    severity: 'error',
    rules: ['R39'],
    when: 'IPv4 shorter than /12, IPv6 shorter than /108.',
  },
  SERVICE_CIDR_TOO_SMALL: { severity: 'error', rules: ['R39'], when: 'Fewer than 8 addresses.' },
  SERVICE_CIDR_AT_AKS_DOC_LIMIT: {
    severity: 'warning',
    rules: ['R39', 'D5', 'D13'],
    when: 'An IPv4 service CIDR of exactly /12.',
  },
  SERVICE_CIDR_OVERLAPS_SUBNET: {
    severity: 'error',
    rules: ['R43'],
    when: 'The service CIDR overlaps a subnet.',
  },
  SERVICE_CIDR_IN_VNET_SPACE: {
    severity: 'warning',
    rules: ['R43', 'D14'],
    when: 'The service CIDR overlaps VNet space but no subnet.',
  },
  POD_SERVICE_OVERLAP: {
    severity: 'error',
    rules: ['R43', 'R56', 'D17'],
    when: 'Pod and service CIDRs overlap.',
  },
  SERVICE_CIDR_MULTICAST: {
    severity: 'error',
    rules: ['R43'],
    when: 'The service CIDR overlaps 224.0.0.0/4 or ff00::/8.',
  },
  SERVICE_CIDR_PUBLIC: {
    severity: 'warning',
    rules: ['R43'],
    when: 'A service CIDR outside private space (not multicast, no error).',
  },
  DNS_IP_NOT_IPV4: { severity: 'error', rules: ['R44'], when: "dnsServiceIp isn't an IPv4 address." },
  DNS_IP_OUTSIDE_SERVICE_CIDR: {
    severity: 'error',
    rules: ['R44'],
    when: 'dnsServiceIp outside serviceCidrs[0].',
  },
  DNS_IP_IS_NETWORK_ADDRESS: {
    severity: 'error',
    rules: ['R44'],
    when: 'dnsServiceIp is the network address.',
  },
  DNS_IP_IS_BROADCAST: { severity: 'error', rules: ['R44'], when: 'dnsServiceIp is the broadcast address.' },
  DNS_IP_IS_KUBERNETES_DEFAULT: { severity: 'error', rules: ['R44'], when: 'dnsServiceIp is network + 1.' },
  DNS_IP_NOT_DOT10: { severity: 'info', rules: ['R44'], when: "dnsServiceIp isn't the .10 address." },
  RESERVED_RANGE_OVERLAP: {
    severity: 'error',
    rules: ['R45', 'R56'],
    when: 'A range overlaps 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 or 192.0.2.0/24.',
  },
  DOCKER_BRIDGE_LEGACY_RANGE: { severity: 'info', rules: ['R46'], when: 'A range overlaps 172.17.0.0/16.' },
  DUALSTACK_PLUGIN_UNSUPPORTED: {
    severity: 'error',
    rules: ['R47', 'R65'],
    when: 'Dual-stack on node-subnet CNI, on pod-subnet CNI unless every pool is StaticBlock, or with an apiServer subnet on any plugin but overlay.',
  },
  DUALSTACK_K8S_VERSION: {
    severity: 'error',
    rules: ['R47', 'R65'],
    when: 'Dual-stack with Cilium below 1.29, or with an apiServer subnet below 1.26 (one finding).',
  },
  DUALSTACK_STATIC_BLOCK_UNDOCUMENTED: {
    severity: 'warning',
    rules: ['R47', 'D19'],
    when: 'Dual-stack azurePodSubnet with every pool StaticBlock (no apiServer subnet).',
  },
  DUALSTACK_KUBENET_LEGACY: {
    severity: 'warning',
    rules: ['R47', 'D15'],
    when: 'Dual-stack kubenet without an apiServer subnet.',
  },
  DUALSTACK_FAMILY_UNSUPPORTED: {
    severity: 'error',
    rules: ['R48'],
    when: 'ipFamilies other than IPv4 or IPv4, IPv6.',
  },
  DUALSTACK_COUNT_MISMATCH: {
    severity: 'error',
    rules: ['R49'],
    when: 'podCidrs or serviceCidrs count differs from ipFamilies.',
  },
  DUALSTACK_ORDER_MISMATCH: {
    severity: 'error',
    rules: ['R49'],
    when: 'Their families are in another order.',
  },
  DUALSTACK_FEATURE_UNSUPPORTED: {
    severity: 'error',
    rules: ['R54'],
    when: 'Dual-stack with Azure NPM, Calico or managedNATGateway.',
  },
  DUALSTACK_IPV6_LB_LOCAL_POLICY: {
    severity: 'info',
    rules: ['R54'],
    when: 'Dual-stack: IPv6 LoadBalancer services need `externalTrafficPolicy: Local` on Azure Linux.',
  },
  DUALSTACK_SUBNET_NOT_DUAL: {
    severity: 'error',
    rules: ['R60', 'D19'],
    when: 'Dual-stack in your VNet: no IPv6 VNet space, a node subnet without IPv6, or (all-StaticBlock) a pod subnet without IPv6.',
  },
  BYOCNI_POD_CIDR_REQUIRED: {
    severity: 'error',
    rules: ['R56'],
    when: 'networkPlugin none without podCidrs.',
  },
  CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN: {
    severity: 'error',
    rules: ['R63', 'D21'],
    when: 'networkDataplane cilium with kubenet or BYO CNI (none).',
  },
  NETWORK_POLICY_DATAPLANE_MISMATCH: {
    severity: 'error',
    rules: ['R63'],
    when: 'networkPolicy cilium on the azure data plane, or the cilium data plane with policy azure or calico.',
  },
  OUTBOUND_TYPE_VNET_MISMATCH: {
    severity: 'error',
    rules: ['R64'],
    when: 'managedNATGateway with a `vnet`, or userAssignedNATGateway / userDefinedRouting without one.',
  },
  AGC_SUBNET_TOO_SMALL: {
    severity: 'error',
    rules: ['R68'],
    when: 'An AGC subnet (purpose appGatewayForContainers or delegated to trafficControllers) with usable − otherIps < 250.',
  },
  AGC_SUBNET_NOT_DELEGATED: {
    severity: 'error',
    rules: ['R68'],
    when: 'An AGC subnet not delegated to Microsoft.ServiceNetworking/trafficControllers.',
  },
  AGC_SUBNET_OVERLAY_NOT_24: {
    severity: 'warning',
    rules: ['R68', 'D22'],
    when: 'On overlay, an AGC subnet shorter than /24 (Azure/AKS#5123).',
  },
} as const satisfies Record<string, CodeEntry>;
