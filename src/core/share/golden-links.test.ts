/**
 * GOLDEN SHARE LINKS. Every link below must open as exactly this plan (and these findings) in every
 * later release of the planner: people have these links in tickets, wikis and e-mails.
 *
 * NEVER edit or delete an existing entry, not even to "fix" it. When the grammar grows, ADD new
 * entries. If one of these fails, the change broke links in the wild: fix the decoder, not the test
 * (a new link version must keep reading v=1 links exactly like this).
 *
 * The first eight are the worked scenarios of src/testing/scenarios.ts as encoded by the first
 * release; the plans are copied here literally so that editing a scenario cannot move them.
 */
import { describe, expect, it } from 'vitest';
import { decodePlan } from './plan-codec.ts';
import type { PlanDocument } from '../types.ts';

interface GoldenLink {
  name: string;
  link: string;
  plan: PlanDocument;
  /** code@path of each finding, in order; none when left out. */
  findings?: string[];
}

const GOLDEN_LINKS: GoldenLink[] = [
  {
    name: 'small-dev: Small dev cluster',
    link: 'v=1&title=Dev+sandbox&cluster=aks-dev&k8s=1.33&tier=Free&plugin=overlay&vnet=vnet-dev&rg=rg-dev&space=10.10.0.0/16&subnet=snet-dev~cidr:10.10.0.0/24&pool=system~mode:System~count:2~maxPods:110',
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
  },
  {
    name: 'production-autoscale: Production, 3 pools with autoscaling',
    link: 'v=1&title=Payments+platform,+West+Europe&cluster=aks-payments-prod&k8s=1.33&tier=Standard&plugin=overlay&dataplane=azure&policy=calico&outbound=userDefinedRouting&fam=IPv4&pod=100.64.0.0/16&svc=172.16.0.0/16&dns=172.16.0.10&vnet=vnet-spoke-payments-prod-weu&rg=rg-network-payments-prod-weu&space=10.224.0.0/12&subnet=snet-aks-nodes~cidr:10.224.0.0/22~purpose:nodes~ips:internal+load+balancers*6&subnet=snet-aks-apiserver~cidr:10.224.4.0/28~purpose:apiServer~delegatedTo:Microsoft.ContainerService/managedClusters&subnet=snet-private-endpoints~cidr:10.224.6.0/26~purpose:other&pool=system~mode:System~os:Linux~subnet:snet-aks-nodes~count:3~auto:true~min:3~max:6~maxSurge:10%~maxPods:110&pool=apps~mode:User~os:Linux~subnet:snet-aks-nodes~count:7~auto:true~min:2~max:20~maxSurge:33%~maxPods:250&pool=win22~mode:User~os:Windows~subnet:snet-aks-nodes~count:2~maxSurge:1~maxPods:110&net=hub~kind:peering~cidr:10.200.0.0/22&net=shared-services~kind:peering~cidr:10.201.0.0/24&notes=Reviewed+with+the+network+team',
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
  },
  {
    name: 'large-overlay-5000: 5,000-node Azure CNI Overlay',
    link: 'v=1&title=Large+overlay&k8s=1.34&tier=Standard&plugin=overlay&pod=10.128.0.0/11&svc=172.16.0.0/16&dns=172.16.0.10&vnet=vnet-large&space=10.0.0.0/16&subnet=snet-nodes~cidr:10.0.0.0/19&pool=system~mode:System~count:3&pool=user1~mode:User~count:909&pool=user2~mode:User~count:909&pool=user3~mode:User~count:909&pool=user4~mode:User~count:909&pool=user5~mode:User~count:909&pool=user6~mode:User~count:449',
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
        { name: 'user1', mode: 'User', count: 909 },
        { name: 'user2', mode: 'User', count: 909 },
        { name: 'user3', mode: 'User', count: 909 },
        { name: 'user4', mode: 'User', count: 909 },
        { name: 'user5', mode: 'User', count: 909 },
        { name: 'user6', mode: 'User', count: 449 },
      ],
    },
  },
  {
    name: 'dual-stack: Dual-stack overlay with Cilium',
    link: 'v=1&title=Web,+North+Europe+(dual-stack)&k8s=1.33&plugin=overlay&dataplane=cilium&policy=cilium&fam=IPv4,IPv6&pod=100.80.0.0/16,fd5a:1b2c:3d4e::/64&svc=172.18.0.0/16,fd5a:1b2c:3d4e:1::/108&dns=172.18.0.10&vnet=vnet-web-prod-neu&space=10.30.0.0/16,fd9e:4c7a:21b0::/48&subnet=snet-aks-nodes~cidr:10.30.0.0/22,fd9e:4c7a:21b0::/64~purpose:nodes&subnet=snet-aks-ilb~cidr:10.30.4.0/24,fd9e:4c7a:21b0:1::/64~purpose:other&subnet=snet-mgmt~cidr:10.30.5.0/27~purpose:other&pool=system~mode:System~count:3~auto:true~min:3~max:5~maxSurge:10%~maxPods:110&pool=web~mode:User~count:9~auto:true~min:3~max:30~maxSurge:20%~maxPods:250&net=hub~kind:peering~cidr:10.210.0.0/22,fd9e:4c7a:2100::/56',
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
  },
  {
    name: 'kubenet: Kubenet on the Free tier (AKS-managed VNet)',
    link: 'v=1&title=Batch+(kubenet,+to+migrate)&k8s=1.32&tier=Free&plugin=kubenet&policy=calico&pod=172.20.0.0/16&svc=172.21.0.0/16&dns=172.21.0.10&pool=nodepool1~mode:System~count:3~maxPods:110&pool=batch~mode:User~count:0~auto:true~min:0~max:10~maxSurge:50%~maxPods:110',
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
  },
  {
    name: 'flat-cni: Flat Azure CNI (node subnet)',
    link: 'v=1&title=Legacy+flat+CNI&k8s=1.33&plugin=azureNodeSubnet&vnet=vnet-legacy&space=10.50.0.0/16&subnet=snet-nodes~cidr:10.50.0.0/24&pool=system~mode:System~count:3&pool=apps~mode:User~count:4',
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
  },
  {
    name: 'byo-cni-reserved: Bring-your-own CNI with a reserved pod range',
    link: 'v=1&title=BYO+CNI+lab&plugin=none&pod=172.31.0.0/16&vnet=vnet-byo&space=10.60.0.0/16&subnet=snet-nodes~cidr:10.60.0.0/24&pool=system~mode:System~count:3',
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
  },
  {
    name: 'overlapping-peering: Pod CIDR overlapping a peered network',
    link: 'v=1&title=Overlap+with+a+peering&plugin=overlay&svc=172.16.0.0/16&dns=172.16.0.10&vnet=vnet-app&space=10.1.0.0/16&subnet=snet-nodes~cidr:10.1.0.0/22&pool=system~mode:System~count:3&net=hub~kind:peering~cidr:10.0.0.0/16&net=shared-services~kind:peering~cidr:10.244.0.0/20&net=branch+offices~kind:onPremises~cidr:192.168.0.0/16',
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
  },

  {
    name: 'every field of the plan document',
    link: 'v=1&title=Every+field:+50%+%26+more+%231&cluster=aks-every&k8s=1.31&tier=Premium&plugin=azurePodSubnet&alloc=StaticBlock&dataplane=cilium&policy=cilium&outbound=userAssignedNATGateway&routes=2&fam=IPv4&pod=10.244.0.0/16&svc=10.0.0.0/16&dns=10.0.0.10&private=true&expand=10.244.0.0/15&vnet=vnet-every&rg=rg-network&space=10.224.0.0/12,fd00:10::/48&subnet=snet-nodes~cidr:10.224.0.0/22,fd00:10::/64~purpose:nodes~ips:internal+load+balancers*6,2~id:/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-every/subnets/snet-nodes&subnet=snet-pods~cidr:10.225.0.0/16~purpose:pods&subnet=snet-api~cidr:10.224.4.0/28~purpose:apiServer~delegatedTo:Microsoft.ContainerService/managedClusters~shared:2&pool=system~mode:System~os:Linux~subnet:snet-nodes~podSubnet:snet-pods~alloc:DynamicIndividual~count:3~auto:true~min:3~max:6~maxSurge:10%~maxPods:110&pool=win1~mode:User~os:Windows~subnet:snet-nodes~podSubnet:snet-pods~count:2~auto:false~maxSurge:1~maxPods:30&net=hub~kind:peering~cidr:10.200.0.0/22&net=ExpressRoute+to+DC~kind:expressRoute~cidr:10.0.0.0/8,192.168.0.0/16&net=kind:vpn~cidr:172.16.0.0/12&net=branch~kind:onPremises~cidr:&net=other~kind:other~cidr:100.64.0.0/10&notes=Line+one%0ALine+two:+a%3Db,+c~d',
    plan: {
      schemaVersion: 1,
      title: 'Every field: 50% & more #1',
      notes: 'Line one\nLine two: a=b, c~d',
      cluster: {
        name: 'aks-every',
        kubernetesVersion: '1.31',
        tier: 'Premium',
        networkPlugin: 'azurePodSubnet',
        podIpAllocationMode: 'StaticBlock',
        networkDataplane: 'cilium',
        networkPolicy: 'cilium',
        outboundType: 'userAssignedNATGateway',
        routeTableCustomRoutes: 2,
        ipFamilies: ['IPv4'],
        podCidrs: ['10.244.0.0/16'],
        serviceCidrs: ['10.0.0.0/16'],
        dnsServiceIp: '10.0.0.10',
        privateCluster: true,
        podCidrExpansion: '10.244.0.0/15',
      },
      vnet: {
        name: 'vnet-every',
        resourceGroup: 'rg-network',
        addressSpace: ['10.224.0.0/12', 'fd00:10::/48'],
        subnets: [
          {
            name: 'snet-nodes',
            addressPrefixes: ['10.224.0.0/22', 'fd00:10::/64'],
            purpose: 'nodes',
            otherIps: [{ name: 'internal load balancers', count: 6 }, { count: 2 }],
            id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-every/subnets/snet-nodes',
          },
          { name: 'snet-pods', addressPrefixes: ['10.225.0.0/16'], purpose: 'pods' },
          {
            name: 'snet-api',
            addressPrefixes: ['10.224.4.0/28'],
            purpose: 'apiServer',
            delegatedTo: 'Microsoft.ContainerService/managedClusters',
            sharedByClusters: 2,
          },
        ],
      },
      nodePools: [
        {
          name: 'system',
          mode: 'System',
          osType: 'Linux',
          subnet: 'snet-nodes',
          podSubnet: 'snet-pods',
          podIpAllocationMode: 'DynamicIndividual',
          count: 3,
          enableAutoScaling: true,
          minCount: 3,
          maxCount: 6,
          maxSurge: '10%',
          maxPods: 110,
        },
        {
          name: 'win1',
          mode: 'User',
          osType: 'Windows',
          subnet: 'snet-nodes',
          podSubnet: 'snet-pods',
          count: 2,
          enableAutoScaling: false,
          maxSurge: '1',
          maxPods: 30,
        },
      ],
      connectedNetworks: [
        { name: 'hub', kind: 'peering', addressPrefixes: ['10.200.0.0/22'] },
        {
          name: 'ExpressRoute to DC',
          kind: 'expressRoute',
          addressPrefixes: ['10.0.0.0/8', '192.168.0.0/16'],
        },
        { kind: 'vpn', addressPrefixes: ['172.16.0.0/12'] },
        { name: 'branch', kind: 'onPremises', addressPrefixes: [] },
        { name: 'other', kind: 'other', addressPrefixes: ['100.64.0.0/10'] },
      ],
    },
  },
  {
    name: 'escaping: unicode, & = # , % ~ * and an apostrophe in text and names',
    link: "v=1&title=Z%C3%BCrich+%E2%80%93+R%26D+%3D+%231,+100%+~+*&vnet=vnet+%E6%9D%B1%E4%BA%AC&subnet=a+b,c%26d%3De%23f~cidr:10.0.0.0/24~ips:lb%2A2+%7Ex*1,''*0&pool=it's~count:1&net=Bob's+DC%2C+%22east%22~cidr:10.9.0.0/16",
    plan: {
      schemaVersion: 1,
      title: 'Zürich – R&D = #1, 100% ~ *',
      vnet: {
        name: 'vnet 東京',
        subnets: [
          {
            name: 'a b,c&d=e#f',
            addressPrefixes: ['10.0.0.0/24'],
            otherIps: [
              { name: 'lb*2 ~x', count: 1 },
              { name: '', count: 0 },
            ],
          },
        ],
      },
      nodePools: [{ name: "it's", count: 1 }],
      connectedNetworks: [{ name: 'Bob\'s DC, "east"', addressPrefixes: ['10.9.0.0/16'] }],
    },
  },
  {
    name: "empty objects and lists: '' is the empty text, key= an empty object or list, pool= a default pool",
    link: "v=1&title=''&cluster=&vnet=&net=&pool=&pool=''",
    plan: {
      schemaVersion: 1,
      title: '',
      cluster: {},
      vnet: {},
      connectedNetworks: [],
      nodePools: [{}, { name: '' }],
    },
  },
  {
    name: 'hand-written: keys and enum values in any case, spaces around numbers, name: field, trailing comma',
    link: 'V=1&Plugin=KUBENET&tier=free&pod=10.244.0.0/16,&private=1&pool=name:system~Count:+3+~maxPods:110&pool=apps~MODE:user~count:5',
    plan: {
      schemaVersion: 1,
      cluster: { networkPlugin: 'kubenet', tier: 'Free', podCidrs: ['10.244.0.0/16'], privateCluster: true },
      nodePools: [
        { name: 'system', count: 3, maxPods: 110 },
        { name: 'apps', mode: 'User', count: 5 },
      ],
    },
  },
  {
    name: 'percent-encoded by another tool (URLSearchParams style)',
    link: 'v=1&title=Payments+platform%2C+West+Europe&pod=10.244.0.0%2F16&svc=fd00%3A%3A%2F108',
    plan: {
      schemaVersion: 1,
      title: 'Payments platform, West Europe',
      cluster: { podCidrs: ['10.244.0.0/16'], serviceCidrs: ['fd00::/108'] },
      nodePools: [],
    },
  },
  {
    name: 'no version: read as version 1, with a note',
    link: 'pod=10.244.0.0/20&pool=system~count:3',
    plan: {
      schemaVersion: 1,
      cluster: { podCidrs: ['10.244.0.0/20'] },
      nodePools: [{ name: 'system', count: 3 }],
    },
    findings: ['SHARE_VERSION_MISSING@v'],
  },
  {
    name: 'broken: a bad CIDR kept as typed, an unknown key, a bad enum and a bad number left out',
    link: 'v=1&title=Broken&pod=10.244.0.0/33&colour=blue&tier=Gold&pool=system~count:x~maxPods:110',
    plan: {
      schemaVersion: 1,
      title: 'Broken',
      cluster: { podCidrs: ['10.244.0.0/33'] },
      nodePools: [{ name: 'system', maxPods: 110 }],
    },
    findings: ['SHARE_PARAM_UNKNOWN@colour', 'SHARE_PARAM_INVALID@tier', 'SHARE_PARAM_INVALID@pool[0].count'],
  },
  {
    name: 'a newer version: read as version 1 where possible',
    link: 'v=2&k8s=1.33&pool=system~count:3~zone:1&newfeature=on',
    plan: {
      schemaVersion: 1,
      cluster: { kubernetesVersion: '1.33' },
      nodePools: [{ name: 'system', count: 3 }],
    },
    findings: [
      'SHARE_VERSION_UNSUPPORTED@v',
      'SHARE_PARAM_UNKNOWN@pool[0].zone',
      'SHARE_PARAM_UNKNOWN@newfeature',
    ],
  },
  {
    name: 'duplicates: the first value wins',
    link: 'v=1&k8s=1.33&k8s=1.29&pool=a~count:2~count:9',
    plan: { schemaVersion: 1, cluster: { kubernetesVersion: '1.33' }, nodePools: [{ name: 'a', count: 2 }] },
    findings: ['SHARE_PARAM_DUPLICATE@k8s', 'SHARE_PARAM_DUPLICATE@pool[0].count'],
  },
];

describe('golden share links open identically in every release', () => {
  it('there are at least 16 of them', () => {
    expect(GOLDEN_LINKS.length).toBeGreaterThanOrEqual(16);
  });

  it.each(GOLDEN_LINKS.map((g) => [g.name, g] as const))('%s', (_name, golden) => {
    const decoded = decodePlan(golden.link);
    expect(decoded.plan).toEqual(golden.plan);
    expect(decoded.findings.map((f) => `${f.code}@${f.path ?? ''}`)).toEqual(golden.findings ?? []);
  });
});
