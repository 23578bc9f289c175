import type { PlanDocument } from '../core/types.ts';

/**
 * Realistic AKS plans with the figures a person should see for them. Reused by core tests, the
 * command-line tests and the end-to-end tests. Every figure is worked out in the comments.
 */
export interface Scenario {
  id: string;
  title: string;
  plan: PlanDocument;
  expected: {
    valid: boolean;
    /** Codes that must be among the findings (others may appear too unless `exactCodes`). */
    codes: string[];
    exactCodes?: boolean;
    podNodeBlocksIpv4?: bigint;
    podMaxNodesIpv4?: number;
    podNodeBlocksIpv6?: bigint;
    serviceAllocatableIpv4: bigint;
    serviceAllocatableIpv6?: bigint;
    /** name → [usable, IPs during upgrade] */
    subnets: Record<string, [bigint, number]>;
    clusterNodes: number;
    clusterNodesDuringUpgrade: number;
  };
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'small-dev',
    title: 'Small dev cluster',
    // 2 nodes, /24 subnet (256 − 5 = 251 usable), 10 % of 2 rounds up to 1 surge node → 3 IPs.
    plan: {
      schemaVersion: 1,
      title: 'Dev sandbox',
      cluster: { name: 'aks-dev', kubernetesVersion: '1.33', tier: 'Free', networkPlugin: 'overlay' },
      vnet: {
        name: 'vnet-dev',
        resourceGroup: 'rg-dev',
        addressSpace: ['10.10.0.0/16'],
        subnets: [{ name: 'snet-dev', addressPrefixes: ['10.10.0.0/24'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 2, maxPods: 110 }],
    },
    expected: {
      valid: true,
      codes: [],
      exactCodes: true,
      podNodeBlocksIpv4: 256n, // 10.244.0.0/16 default: 2^(24−16)
      podMaxNodesIpv4: 256, // min(256, Free tier 1,000)
      serviceAllocatableIpv4: 65534n, // 10.0.0.0/16: 65,536 − 2
      subnets: { 'snet-dev': [251n, 3] },
      clusterNodes: 2,
      clusterNodesDuringUpgrade: 3,
    },
  },
  {
    id: 'production-autoscale',
    title: 'Production, 3 pools with autoscaling',
    // plannedNodes 6 + 20 + 2 = 28; surge ceil(6 × 10 %) = 1, ceil(20 × 33 %) = 7, "1" = 1 → 9.
    // Node subnet /22: 1,024 − 5 = 1,019 usable; at rest 28 + 6 ILB = 34; upgrade 37 + 6 = 43.
    plan: {
      schemaVersion: 1,
      title: 'Payments platform, West Europe',
      notes: 'Reviewed with the network team',
      cluster: {
        name: 'aks-payments-prod',
        kubernetesVersion: '1.33',
        tier: 'Standard',
        networkPlugin: 'overlay',
        networkDataplane: 'azure',
        networkPolicy: 'calico',
        outboundType: 'userDefinedRouting',
        ipFamilies: ['IPv4'],
        podCidrs: ['100.64.0.0/16'],
        serviceCidrs: ['172.16.0.0/16'],
        dnsServiceIp: '172.16.0.10',
      },
      vnet: {
        name: 'vnet-spoke-payments-prod-weu',
        resourceGroup: 'rg-network-payments-prod-weu',
        addressSpace: ['10.224.0.0/12'],
        subnets: [
          {
            name: 'snet-aks-nodes',
            addressPrefixes: ['10.224.0.0/22'],
            purpose: 'nodes',
            otherIps: [{ name: 'internal load balancers', count: 6 }],
          },
          {
            name: 'snet-aks-apiserver',
            addressPrefixes: ['10.224.4.0/28'],
            purpose: 'apiServer',
            delegatedTo: 'Microsoft.ContainerService/managedClusters',
          },
          { name: 'snet-private-endpoints', addressPrefixes: ['10.224.6.0/26'], purpose: 'other' },
        ],
      },
      nodePools: [
        {
          name: 'system',
          mode: 'System',
          osType: 'Linux',
          subnet: 'snet-aks-nodes',
          count: 3,
          enableAutoScaling: true,
          minCount: 3,
          maxCount: 6,
          maxSurge: '10%',
          maxPods: 110,
        },
        {
          name: 'apps',
          mode: 'User',
          osType: 'Linux',
          subnet: 'snet-aks-nodes',
          count: 7,
          enableAutoScaling: true,
          minCount: 2,
          maxCount: 20,
          maxSurge: '33%',
          maxPods: 250,
        },
        {
          name: 'win22',
          mode: 'User',
          osType: 'Windows',
          subnet: 'snet-aks-nodes',
          count: 2,
          maxSurge: '1',
          maxPods: 110,
        },
      ],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.200.0.0/22'] },
        { name: 'shared-services', kind: 'peering', addressPrefixes: ['10.201.0.0/24'] },
      ],
    },
    expected: {
      valid: true,
      codes: [],
      exactCodes: true,
      podNodeBlocksIpv4: 256n,
      podMaxNodesIpv4: 256,
      serviceAllocatableIpv4: 65534n,
      subnets: { 'snet-aks-nodes': [1019n, 43], 'snet-aks-apiserver': [11n, 9] },
      clusterNodes: 28,
      clusterNodesDuringUpgrade: 37,
    },
  },
  {
    id: 'large-overlay-5000',
    title: '5,000-node Azure CNI Overlay',
    // 3 + 5 × 909 + 449 = 4,997 nodes (909 + 91 surge stays within 1,000 per pool);
    // surge 1 + 5 × ceil(909 × 10 %) + ceil(449 × 10 %) = 1 + 455 + 45 = 501 → 5,498 > 5,000.
    // Pod CIDR /11: 2^(24−11) = 8,192 blocks, capped at 5,000 nodes. Node subnet /19: 8,192 − 5 = 8,187.
    plan: {
      schemaVersion: 1,
      title: 'Large overlay',
      cluster: {
        kubernetesVersion: '1.34',
        tier: 'Standard',
        networkPlugin: 'overlay',
        podCidrs: ['10.128.0.0/11'],
        serviceCidrs: ['172.16.0.0/16'],
        dnsServiceIp: '172.16.0.10',
      },
      vnet: {
        name: 'vnet-large',
        addressSpace: ['10.0.0.0/16'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.0.0.0/19'] }],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3 },
        ...[1, 2, 3, 4, 5].map((i) => ({ name: `user${i}`, mode: 'User' as const, count: 909 })),
        { name: 'user6', mode: 'User', count: 449 },
      ],
    },
    expected: {
      valid: true,
      codes: ['UPGRADE_BLOCKED_AT_NODE_LIMIT', 'EXCEEDS_SUPPORTED_POD_SCALE'],
      exactCodes: true,
      podNodeBlocksIpv4: 8192n,
      podMaxNodesIpv4: 5000,
      serviceAllocatableIpv4: 65534n,
      subnets: { 'snet-nodes': [8187n, 5498] },
      clusterNodes: 4997,
      clusterNodesDuringUpgrade: 5498,
    },
  },
  {
    id: 'dual-stack',
    title: 'Dual-stack overlay with Cilium',
    // plannedNodes 5 + 30 = 35; surge ceil(5 × 10 %) = 1 and ceil(30 × 20 %) = 6 → 42.
    // IPv6 pod /64 holds 2^(80−64) = 65,536 /80 blocks; IPv6 service /108 at 1.33: min(2^20, 65,536) − 1 = 65,535.
    plan: {
      schemaVersion: 1,
      title: 'Web, North Europe (dual-stack)',
      cluster: {
        kubernetesVersion: '1.33',
        networkPlugin: 'overlay',
        networkDataplane: 'cilium',
        networkPolicy: 'cilium',
        ipFamilies: ['IPv4', 'IPv6'],
        podCidrs: ['100.80.0.0/16', 'fd5a:1b2c:3d4e::/64'],
        serviceCidrs: ['172.18.0.0/16', 'fd5a:1b2c:3d4e:1::/108'],
        dnsServiceIp: '172.18.0.10',
      },
      vnet: {
        name: 'vnet-web-prod-neu',
        addressSpace: ['10.30.0.0/16', 'fd9e:4c7a:21b0::/48'],
        subnets: [
          {
            name: 'snet-aks-nodes',
            addressPrefixes: ['10.30.0.0/22', 'fd9e:4c7a:21b0::/64'],
            purpose: 'nodes',
          },
          {
            name: 'snet-aks-ilb',
            addressPrefixes: ['10.30.4.0/24', 'fd9e:4c7a:21b0:1::/64'],
            purpose: 'other',
          },
          { name: 'snet-mgmt', addressPrefixes: ['10.30.5.0/27'], purpose: 'other' },
        ],
      },
      nodePools: [
        {
          name: 'system',
          mode: 'System',
          count: 3,
          enableAutoScaling: true,
          minCount: 3,
          maxCount: 5,
          maxSurge: '10%',
          maxPods: 110,
        },
        {
          name: 'web',
          mode: 'User',
          count: 9,
          enableAutoScaling: true,
          minCount: 3,
          maxCount: 30,
          maxSurge: '20%',
          maxPods: 250,
        },
      ],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.210.0.0/22', 'fd9e:4c7a:2100::/56'] },
      ],
    },
    expected: {
      valid: true,
      codes: ['DUALSTACK_IPV6_LB_LOCAL_POLICY'],
      exactCodes: true,
      podNodeBlocksIpv4: 256n,
      podMaxNodesIpv4: 256,
      podNodeBlocksIpv6: 65536n,
      serviceAllocatableIpv4: 65534n,
      serviceAllocatableIpv6: 65535n,
      subnets: { 'snet-aks-nodes': [1019n, 42] },
      clusterNodes: 35,
      clusterNodesDuringUpgrade: 42,
    },
  },
  {
    id: 'kubenet',
    title: 'Kubenet on the Free tier (AKS-managed VNet)',
    // plannedNodes 3 + 10 = 13 (≥ 10 on Free: warning); surge ceil(3 × 10 %) = 1, ceil(10 × 50 %) = 5 → 19.
    plan: {
      schemaVersion: 1,
      title: 'Batch (kubenet, to migrate)',
      cluster: {
        kubernetesVersion: '1.32',
        tier: 'Free',
        networkPlugin: 'kubenet',
        networkPolicy: 'calico',
        podCidrs: ['172.20.0.0/16'],
        serviceCidrs: ['172.21.0.0/16'],
        dnsServiceIp: '172.21.0.10',
      },
      nodePools: [
        { name: 'nodepool1', mode: 'System', count: 3, maxPods: 110 },
        {
          name: 'batch',
          mode: 'User',
          count: 0,
          enableAutoScaling: true,
          minCount: 0,
          maxCount: 10,
          maxSurge: '50%',
          maxPods: 110,
        },
      ],
    },
    expected: {
      valid: true,
      codes: ['FREE_TIER_OVER_10_NODES', 'KUBENET_RETIRING'],
      exactCodes: true,
      podNodeBlocksIpv4: 256n,
      podMaxNodesIpv4: 256, // min(256, 400 routes, 1,000 Free)
      serviceAllocatableIpv4: 65534n,
      subnets: { 'aks-subnet': [65531n, 19] },
      clusterNodes: 13,
      clusterNodesDuringUpgrade: 19,
    },
  },
  {
    id: 'flat-cni',
    title: 'Flat Azure CNI (node subnet)',
    // maxPods 30 → 31 IPs per node. At rest (3 + 4) × 31 = 217 ≤ 251; upgrade (4 + 5) × 31 = 279 > 251.
    plan: {
      schemaVersion: 1,
      title: 'Legacy flat CNI',
      cluster: { kubernetesVersion: '1.33', networkPlugin: 'azureNodeSubnet' },
      vnet: {
        name: 'vnet-legacy',
        addressSpace: ['10.50.0.0/16'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.50.0.0/24'] }],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3 },
        { name: 'apps', mode: 'User', count: 4 },
      ],
    },
    expected: {
      valid: true,
      codes: ['SUBNET_INSUFFICIENT_FOR_UPGRADE'],
      exactCodes: true,
      serviceAllocatableIpv4: 65534n,
      subnets: { 'snet-nodes': [251n, 279] },
      clusterNodes: 7,
      clusterNodesDuringUpgrade: 9,
    },
  },
  {
    id: 'byo-cni-reserved',
    title: 'Bring-your-own CNI with a reserved pod range',
    // 172.31.0.0/16 is reserved by AKS (R45).
    plan: {
      schemaVersion: 1,
      title: 'BYO CNI lab',
      cluster: { networkPlugin: 'none', podCidrs: ['172.31.0.0/16'] },
      vnet: {
        name: 'vnet-byo',
        addressSpace: ['10.60.0.0/16'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.60.0.0/24'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    },
    expected: {
      valid: false,
      codes: ['RESERVED_RANGE_OVERLAP'],
      exactCodes: true,
      serviceAllocatableIpv4: 65534n,
      subnets: { 'snet-nodes': [251n, 4] },
      clusterNodes: 3,
      clusterNodesDuringUpgrade: 4,
    },
  },
  {
    id: 'overlapping-peering',
    title: 'Pod CIDR overlapping a peered network',
    // The shared-services peering 10.244.0.0/20 lies inside the default pod CIDR 10.244.0.0/16.
    plan: {
      schemaVersion: 1,
      title: 'Overlap with a peering',
      cluster: { networkPlugin: 'overlay', serviceCidrs: ['172.16.0.0/16'], dnsServiceIp: '172.16.0.10' },
      vnet: {
        name: 'vnet-app',
        addressSpace: ['10.1.0.0/16'],
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.1.0.0/22'] }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.0.0.0/16'] },
        { name: 'shared-services', kind: 'peering', addressPrefixes: ['10.244.0.0/20'] },
        { name: 'branch offices', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] },
      ],
    },
    expected: {
      valid: false,
      codes: ['OVERLAPS_CONNECTED_NETWORK'],
      exactCodes: true,
      podNodeBlocksIpv4: 256n,
      podMaxNodesIpv4: 256,
      serviceAllocatableIpv4: 65534n,
      subnets: { 'snet-nodes': [1019n, 4] },
      clusterNodes: 3,
      clusterNodesDuringUpgrade: 4,
    },
  },
];

/** A scenario by id (throws on a typo in a test). */
export function scenario(id: string): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no scenario ${id}`);
  return found;
}
