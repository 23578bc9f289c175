import type { PlanDocument } from '../core/index.ts';

/** Starting points offered in the page. Plain plan documents; every value is one AKS documents. */
export interface PlanTemplate {
  id: string;
  label: string;
  plan: PlanDocument;
}

export const DEFAULT_TEMPLATE_ID = 'blank-overlay';

export const TEMPLATES: readonly PlanTemplate[] = [
  {
    id: 'blank-overlay',
    label: 'Azure CNI Overlay, one system pool',
    plan: {
      schemaVersion: 1,
      title: 'New AKS cluster',
      cluster: { kubernetesVersion: '1.33', tier: 'Standard', networkPlugin: 'overlay' },
      vnet: {
        name: 'vnet-aks',
        addressSpace: ['10.224.0.0/12'],
        subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/22'], purpose: 'nodes' }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 3 }],
    },
  },
  {
    id: 'small-dev',
    label: 'Small dev cluster (Free tier)',
    plan: {
      schemaVersion: 1,
      title: 'Dev sandbox',
      cluster: { kubernetesVersion: '1.33', tier: 'Free', networkPlugin: 'overlay' },
      vnet: {
        name: 'vnet-dev',
        addressSpace: ['10.10.0.0/16'],
        subnets: [{ name: 'snet-dev', addressPrefixes: ['10.10.0.0/24'], purpose: 'nodes' }],
      },
      nodePools: [{ name: 'system', mode: 'System', count: 2, maxPods: 110 }],
    },
  },
  {
    id: 'production-autoscale',
    label: 'Production with autoscaling (3 pools)',
    plan: {
      schemaVersion: 1,
      title: 'Production platform',
      cluster: {
        kubernetesVersion: '1.33',
        tier: 'Standard',
        networkPlugin: 'overlay',
        networkPolicy: 'calico',
        outboundType: 'userDefinedRouting',
        podCidrs: ['100.64.0.0/16'],
        serviceCidrs: ['172.16.0.0/16'],
        dnsServiceIp: '172.16.0.10',
      },
      vnet: {
        name: 'vnet-spoke-prod',
        resourceGroup: 'rg-network-prod',
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
        ],
      },
      nodePools: [
        {
          name: 'system',
          mode: 'System',
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
          count: 7,
          enableAutoScaling: true,
          minCount: 2,
          maxCount: 20,
          maxSurge: '33%',
          maxPods: 250,
        },
        { name: 'win22', mode: 'User', osType: 'Windows', count: 2, maxSurge: '1', maxPods: 110 },
      ],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.200.0.0/22'] },
        { name: 'on-premises', kind: 'onPremises', addressPrefixes: ['192.168.0.0/16'] },
      ],
    },
  },
  {
    id: 'large-overlay',
    label: 'Large overlay (5,000 nodes)',
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
        subnets: [{ name: 'snet-nodes', addressPrefixes: ['10.0.0.0/19'], purpose: 'nodes' }],
      },
      nodePools: [
        { name: 'system', mode: 'System', count: 3 },
        ...[1, 2, 3, 4, 5].map((i) => ({
          name: `user${i}`,
          mode: 'User' as const,
          count: 100,
          enableAutoScaling: true,
          minCount: 100,
          maxCount: 909,
        })),
      ],
    },
  },
  {
    id: 'dual-stack',
    label: 'Dual-stack IPv4/IPv6 with Cilium',
    plan: {
      schemaVersion: 1,
      title: 'Dual-stack web',
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
        name: 'vnet-web',
        addressSpace: ['10.30.0.0/16', 'fd9e:4c7a:21b0::/48'],
        subnets: [
          {
            name: 'snet-aks-nodes',
            addressPrefixes: ['10.30.0.0/22', 'fd9e:4c7a:21b0::/64'],
            purpose: 'nodes',
          },
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
        },
      ],
    },
  },
  {
    id: 'kubenet-migration',
    label: 'Kubenet cluster to migrate',
    plan: {
      schemaVersion: 1,
      title: 'Kubenet, before migration to overlay',
      cluster: {
        kubernetesVersion: '1.32',
        tier: 'Standard',
        networkPlugin: 'kubenet',
        podCidrs: ['172.20.0.0/16'],
        serviceCidrs: ['172.21.0.0/16'],
        dnsServiceIp: '172.21.0.10',
      },
      vnet: {
        name: 'vnet-legacy',
        addressSpace: ['10.40.0.0/16'],
        subnets: [{ name: 'snet-kubenet', addressPrefixes: ['10.40.0.0/24'], purpose: 'nodes' }],
      },
      nodePools: [
        { name: 'nodepool1', mode: 'System', count: 3, maxPods: 110 },
        {
          name: 'batch',
          mode: 'User',
          count: 10,
          enableAutoScaling: true,
          minCount: 5,
          maxCount: 40,
          maxSurge: '50%',
          maxPods: 110,
        },
      ],
    },
  },
];

export function templateById(id: string): PlanTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
