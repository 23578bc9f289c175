/**
 * Titles and statements of rules R1–R29 and R57–R59, R65, R66 (rulebook sections A–G), in the
 * project's own words. Only the docs generator and tests import this module (not the app's first load).
 */
import type { RuleText } from './catalog-types.ts';

export const RULE_TEXTS_A_G = {
  R1: {
    title: 'Parse and canonicalize every CIDR; flag host bits',
    statement:
      'A CIDR that does not parse (bad address, prefix above /32 or /128, no prefix) is CIDR_INVALID. Host bits set beyond the prefix (10.244.1.0/16) are an error for VNet and subnet prefixes and a warning for pod, service and connected-network CIDRs; every other rule uses the canonical network (10.244.0.0/16).',
  },
  R2: {
    title: 'API patterns for CIDRs and the DNS service IP',
    statement:
      'podCidr and serviceCidr are IPv4 CIDRs /0–/32, dnsServiceIP is a dotted-quad IPv4 address, and ipFamilies holds IPv4 and IPv6. The planner is stricter than the API: a CIDR field without a prefix (10.244.0.0) is CIDR_INVALID, because it has no size to plan with.',
  },
  R3: {
    title: 'Azure reserves 5 addresses in every IPv4 subnet',
    statement:
      'Azure keeps the network address (x.0), the default gateway (x.1), two Azure DNS addresses (x.2, x.3) and the last (broadcast) address of every IPv4 subnet.',
  },
  R4: {
    title: 'Usable IPv4 addresses in a subnet',
    statement:
      "A subnet's usable addresses are its size minus the 5 Azure reserves: 2^(32 − prefix) − 5, so a /29 has 3, a /24 has 251 and a /16 has 65,531.",
  },
  R5: {
    title: 'IPv4 subnets from /29 to /2',
    statement:
      'The smallest IPv4 subnet is a /29 and the largest a /2: a /30–/32 is SUBNET_TOO_SMALL and a /1 or /0 SUBNET_TOO_LARGE, both errors. A /7–/2 is allowed today but older sources capped subnets at /8, so it is a warning (D7).',
  },
  R6: {
    title: 'IPv6 subnets are exactly /64',
    statement:
      'Every IPv6 subnet prefix must be a /64 (IPV6_SUBNET_NOT_64). A NIC needs an IPv4 configuration, so a subnet with only IPv6 prefixes is SUBNET_NO_IPV4.',
  },
  R7: {
    title: 'Ranges a VNet or subnet cannot use',
    statement:
      '224.0.0.0/4, 255.255.255.255/32, 127.0.0.0/8, 169.254.0.0/16, 168.63.129.16/32 and (planner policy) ff00::/8 are forbidden (error). VNet space outside RFC 1918, RFC 6598 (100.64.0.0/10) and fc00::/7 is a warning unless the range already has an error.',
  },
  R8: {
    title: 'Subnets do not overlap and lie inside the VNet',
    statement:
      "A VNet's subnets must not overlap one another and must each lie inside the VNet address space; the planner also requires unique, non-empty subnet names, at least one prefix per subnet and non-overlapping address-space prefixes.",
  },
  R9: {
    title: 'Virtual network limits',
    statement:
      'A VNet holds at most 65,536 private IP addresses, 3,000 subnets and 500 peerings (also: 256 private IPs per NIC, 400 routes per route table, 128,000 private addresses across a group of peered VNets).',
  },
  R58: {
    title: 'Subnet roles and delegation',
    statement:
      'A subnet node pools use must not be delegated. Each subnet has one role among nodes, pods, API server and Application Gateway for Containers: a subnet with two of them is SUBNET_ROLE_CONFLICT.',
  },
  R59: {
    title: 'One virtual network per plan',
    statement:
      "All node pools and pod subnets are in the cluster's one VNet. Subnet resource IDs (from an import) that name different VNets, or a VNet or resource group other than the plan's, are an error; names compare case-insensitively.",
  },
  R10: {
    title: 'Overlay, kubenet and BYO CNI: one subnet IP per node',
    statement:
      'With Azure CNI Overlay, kubenet or BYO CNI only nodes take node-subnet addresses, one each; pods take none. Surge nodes take one too (R37).',
  },
  R11: {
    title: 'Azure CNI Node Subnet: 1 + maxPods IPs per node',
    statement:
      'On the flat node-subnet CNI each node reserves 1 + maxPods subnet addresses up front, so a /24 (251 usable) holds floor(251 / 31) = 8 nodes at maxPods 30. A pod CIDR set with this plugin is ignored (POD_CIDR_IGNORED).',
  },
  R12: {
    title: 'Other consumers of node-subnet IPs; the API server subnet',
    statement:
      "Internal load balancer frontends, a private cluster's API endpoint (in the first pool's subnet, unless the plan has an API server subnet), Private Link NAT IPs and other VMs take node-subnet addresses. An API server subnet must be larger than /29 and keep 9 usable addresses per cluster that shares it: a /28 (11) fits one cluster, a /27 (27) three.",
  },
  R13: {
    title: 'Node-subnet capacity, at rest and during upgrade',
    statement:
      "A subnet must hold Σ plannedNodes × IPs per node plus its other consumers (an error otherwise), and the same with surge nodes added (a warning otherwise: the cluster can't surge-upgrade and AKS may refuse to scale). IPs per node is 1, or maxPods + 1 on the node-subnet CNI; an autoscaling pool counts maxCount.",
  },
  R65: {
    title: 'API Server VNet Integration',
    statement:
      'An API server subnet must be delegated to Microsoft.ContainerService/managedClusters. With one, a private cluster adds no endpoint IP to the node subnet, and dual-stack needs Azure CNI Overlay and Kubernetes 1.26 or later.',
  },
  R14: {
    title: 'Overlay gives each node one /24',
    statement:
      'Azure CNI Overlay carves one fixed /24 (256 addresses) per node out of the pod CIDR; the block size cannot be changed.',
  },
  R15: {
    title: 'Pod CIDR node blocks',
    statement:
      'An IPv4 pod CIDR of prefix p ≤ 24 holds 2^(24 − p) node blocks: a /16 holds 256, a /24 one, and anything longer than /24 none (POD_CIDR_TOO_SMALL, error). A pod CIDR shorter than /8 exceeds the 16-bit node-mask difference upstream allows (POD_CIDR_TOO_LARGE, warning).',
  },
  R16: {
    title: 'Pod CIDR blocks cover every node and the surge',
    statement:
      'For overlay and kubenet, node blocks must be at least Σ plannedNodes (an error otherwise) and at least Σ (plannedNodes + surgeNodes) for an upgrade (a warning otherwise).',
  },
  R17: {
    title: 'Pods per overlay node and supported pod scale',
    statement:
      'An overlay node runs at most 250 pods. Addressable pod capacity is min(node blocks, tier node limit) × maxPods (a /16 at 250 gives 64,000); a plan above 200,000 pods (Σ plannedNodes × maxPods) exceeds the supported scale and gets a note.',
  },
  R18: {
    title: 'Overlay pod CIDR placement',
    statement:
      'The pod CIDR must not overlap any subnet of the VNet or a connected (peered, ExpressRoute, VPN, on-premises) network, both errors; overlapping unused VNet space is a warning. A pod CIDR outside private space is outside support (warning). The default is 10.244.0.0/16, and clusters may reuse one.',
  },
  R19: {
    title: 'Pod CIDR expansion',
    statement:
      'An overlay pod CIDR can only grow into a strict superset that contains the current range; IPv6 expansion, other plugins and Windows pools are not supported (all errors).',
  },
  R20: {
    title: 'Overlay limitations',
    statement:
      'Overlay does not support VM availability sets or DCsv2 VMs, and recommends at most 110 pods per node for Windows Server containers (a warning above, applied to every Azure CNI mode by R61).',
  },
  R21: {
    title: 'Kubenet: 400 routes, so at most 400 nodes',
    statement:
      "Kubenet needs one route per node in a route table of at most 400 routes, so Σ plannedNodes must stay within 400 − routeTableCustomRoutes (an error otherwise, a warning when the surge doesn't fit). routeTableCustomRoutes defaults to 0, or 1 with userDefinedRouting.",
  },
  R66: {
    title: 'Kubenet dual-stack: two routes per node',
    statement:
      'A dual-stack kubenet cluster needs two routes per node, so its limit is floor((400 − routeTableCustomRoutes) / 2): 200 nodes with no custom routes, 199 with one or two.',
  },
  R22: {
    title: 'Kubenet pod CIDR: one /24 per node',
    statement:
      'Kubenet also gives each node a /24 of the pod CIDR, with the block arithmetic of R15; the pod CIDR cannot change after deployment.',
  },
  R23: {
    title: 'Kubenet sharing, Windows, policy and retirement',
    statement:
      'Kubenet clusters cannot share a subnet and each needs its own route table; kubenet has no Windows pools and no Azure network policy (all errors). Kubenet retires on 31 March 2028 (a note).',
  },
  R24: {
    title: 'Kubenet /24 example',
    statement:
      'A /24 node subnet on kubenet holds 251 nodes, which at 110 pods each run 251 × 110 = 27,610 pods.',
  },
  R25: {
    title: 'Dynamic pod-subnet allocation in batches of 16',
    statement:
      'With Azure CNI Pod Subnet (dynamic) nodes take pod-subnet addresses in batches of 16, so plan at least 16 per node; at full density a node holds 16 × ceil(0.5 + maxPods / 16) (48 at maxPods 30). Every such pool needs a pod subnet.',
  },
  R26: {
    title: 'Static block allocation: /28 blocks',
    statement:
      'Static block allocation gives each node ceil((maxPods + 1) / 16) blocks of 16 addresses: maxPods 250 takes 16 blocks (256 IPs). A maxPods other than 16N − 1 leaves addresses unused (a note).',
  },
  R27: {
    title: 'Pod subnet limits',
    statement:
      "A static-block pod subnet may be at most a /12 and needs Kubernetes 1.28 or later; a pod subnet serves one allocation mode only (all errors). A pool's mode is its own, else the cluster's, else DynamicIndividual; dynamic clusters are limited to about 65,000 pods (a note above 50,000).",
  },
  R57: {
    title: 'Pod-subnet capacity',
    statement:
      "Each pod subnet must hold its pools' pod IPs plus its otherIps: Σ plannedNodes × 16 × blocks (static) or × 16 (dynamic) at rest, an error otherwise; during upgrade the same over plannedNodes + surgeNodes, with the full-density figure for dynamic pools, a warning otherwise.",
  },
  R28: {
    title: 'maxPods from 10 to 250',
    statement:
      "maxPods must be 10–250 on every plugin, and a pool must have room for 30 pods: maxPods below 30 is an error when maxPods × nodes (count, or minCount when autoscaling) is below 30 and the pool isn't empty.",
  },
  R29: {
    title: 'Default maxPods',
    statement:
      'Without maxPods a pool gets 250 on overlay, 110 on kubenet and 30 on the node-subnet CNI. For Azure CNI Pod Subnet the sources disagree (250 or 110): the planner uses 250 and warns (D2).',
  },
} as const satisfies Record<string, RuleText>;
