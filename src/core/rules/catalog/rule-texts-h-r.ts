/**
 * Titles and statements of rules R30–R56 and R60–R70 (rulebook sections H–R), in the project's own
 * words. Only the docs generator and tests import this module (not the app's first load).
 */
import type { RuleText } from './catalog-types.ts';

export const RULE_TEXTS_H_R = {
  R30: {
    title: 'Cluster node limit by tier',
    statement:
      'Σ plannedNodes may not pass the tier node limit: 1,000 on Free, 5,000 on Standard and Premium (an error). A Free cluster of 10 nodes or more gets a warning. The planner defaults to Standard.',
  },
  R31: {
    title: 'Pool and cluster limits; System pools',
    statement:
      'A pool holds at most 1,000 nodes and a cluster at most 100 pools (errors). A cluster needs a System pool (an error), which should have at least 2 nodes, counting minCount when it autoscales (a warning, D20).',
  },
  R61: {
    title: 'Windows node pools',
    statement:
      'A Windows pool on any Azure CNI mode should run at most 110 pods per node (a warning above), and the Cilium data plane does not run Windows pools (an error).',
  },
  R62: {
    title: 'System pools are Linux',
    statement: 'Every System pool must be Linux: a Windows System pool is an error, even beside a Linux one.',
  },
  R32: {
    title: 'Node pool names',
    statement:
      'A pool name is lowercase letters and digits starting with a letter, 1–12 characters on Linux and 1–6 on Windows; names are unique within the cluster.',
  },
  R33: {
    title: '63-character label-safe names on overlay',
    statement:
      'On overlay in your own VNet, the VNet, resource group and node subnet names become Kubernetes label values: at most 63 characters, starting and ending with a letter or digit, with only -, _ and . between.',
  },
  R34: {
    title: 'Azure Network Policy Manager: 250 nodes',
    statement: 'Azure Network Policy Manager supports at most 250 nodes; more is a warning.',
  },
  R67: {
    title: 'Azure Network Policy Manager: 20,000 pods and retirement',
    statement:
      'With networkPolicy azure, more than 20,000 pod slots (Σ plannedNodes × maxPods) is a warning; a Windows pool is an error (NPM on Windows retired 30 September 2026), and Linux pools get a note (retires 30 September 2028).',
  },
  R35: {
    title: 'Default maxSurge',
    statement:
      'A pool without maxSurge surges 10% when kubernetesVersion is 1.32 or later or absent, and 1 node below 1.32; versions compare by major.minor. An unreadable kubernetesVersion is a warning and counts as the newest.',
  },
  R36: {
    title: 'Surge node count',
    statement:
      'A whole number k surges min(k, n) nodes and a percentage p% min(ceil(n × p / 100), n), in integer arithmetic: 50 nodes at 14% surge 7. A System pool with maxSurge 0 is an error, and a maxSurge that is neither a count nor 0–100 % is invalid.',
  },
  R37: {
    title: 'Surge nodes take IPs like other nodes',
    statement:
      'During an upgrade every surge node takes its node-subnet IPs, pod-CIDR block and pod-subnet IPs, for every pool that upgrades at the same time.',
  },
  R38: {
    title: 'Surge stays inside pool and cluster limits',
    statement:
      'A pool whose plannedNodes + surgeNodes pass 1,000, or a cluster whose Σ (plannedNodes + surgeNodes) passes the tier node limit, cannot upgrade (warnings; the cluster one only when CLUSTER_NODE_LIMIT does not fire).',
  },
  R69: {
    title: "Surge stays inside the VNet's 65,536 private IPs",
    statement:
      "The VNet's private IPs counted over plannedNodes + surgeNodes (node-subnet IPs, 16 per dynamic pod-subnet node, the blocks of static nodes, every otherIps) must stay within 65,536; more is a warning when the at-rest count fits.",
  },
  R39: {
    title: 'Service CIDR size',
    statement:
      'An IPv4 service CIDR may be at most a /12 and an IPv6 one at most a /108 (larger is an error); exactly /12 is accepted with a warning (D5). A service CIDR with fewer than 8 addresses is an error.',
  },
  R40: {
    title: 'Allocatable ClusterIPs',
    statement:
      'An IPv4 service CIDR hands out 2^(32 − p) − 2 ClusterIPs (a /16 gives 65,534). IPv6 hands out 2^(128 − p) − 1 from Kubernetes 1.34 on (or with no version), and at most 65,535 below 1.34.',
  },
  R41: {
    title: 'Service defaults',
    statement:
      'The service CIDR defaults to 10.0.0.0/16 and the DNS service IP to 10.0.0.10 (dual-stack adds fd12:3456:789a:1::/108). Without a network plugin AKS uses Azure CNI Overlay.',
  },
  R42: {
    title: 'kubernetes.default takes the first address',
    statement: 'The kubernetes.default Service takes the first usable service address (network + 1).',
  },
  R43: {
    title: 'Service CIDR placement',
    statement:
      'The service CIDR must not overlap a subnet, a connected network or the pod CIDR, nor multicast space (all errors); inside unused VNet space or outside private space it is a warning.',
  },
  R44: {
    title: 'DNS service IP',
    statement:
      'dnsServiceIP must be IPv4 and inside the IPv4 service CIDR, and not its network, broadcast or first (network + 1) address: only the first failing check is reported, as an error. Any address but .10 gets a note.',
  },
  R45: {
    title: 'Reserved ranges AKS refuses',
    statement:
      'The pod CIDR, the service CIDR and the VNet must not overlap 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 or 192.0.2.0/24 (an error).',
  },
  R46: {
    title: '172.17.0.0/16 is not reserved',
    statement:
      'The old Docker bridge range 172.17.0.0/16 has been unused since containerd (Kubernetes 1.19); a range overlapping it gets a note only.',
  },
  R47: {
    title: 'Dual-stack plugins',
    statement:
      'Dual-stack needs Azure CNI Overlay (with Cilium, Kubernetes 1.29 or later); the flat CNIs are an error, except a pod-subnet cluster whose pools are all static block (a warning, D19). Dual-stack kubenet works but is undocumented and retiring (a warning).',
  },
  R48: {
    title: 'ipFamilies',
    statement: 'ipFamilies is IPv4, or IPv4 then IPv6; IPv6-only and IPv6-first are errors.',
  },
  R49: {
    title: 'Pod and service CIDR lists match ipFamilies',
    statement:
      'podCidrs and serviceCidrs hold one CIDR per family, in the order of ipFamilies (errors otherwise).',
  },
  R50: {
    title: 'Dual-stack defaults',
    statement:
      'Dual-stack defaults: pod CIDRs 10.244.0.0/16 and fd12:3456:789a::/64, service CIDRs 10.0.0.0/16 and fd12:3456:789a:1::/108, DNS 10.0.0.10.',
  },
  R51: {
    title: 'IPv6 service and pod CIDR size',
    statement:
      'The IPv6 service CIDR is at most a /108 (R39); the IPv6 pod CIDR defaults to a /64, and its allowed sizes are not documented.',
  },
  R52: {
    title: 'Per-node IPv6 pod block',
    statement:
      'The only documented example gives each node a /80 of the IPv6 pod CIDR; a /64 then holds 65,536 nodes, so the IPv6 pod CIDR never limits a plan.',
  },
  R53: {
    title: 'Dual-stack nodes',
    statement:
      'Each dual-stack node takes an IPv4 and an IPv6 address from its subnet, whose IPv6 part is a /64.',
  },
  R54: {
    title: 'Features dual-stack does not support',
    statement:
      'Dual-stack does not work with Azure Network Policy Manager, Calico or the Standard (v1) managed NAT gateway (errors). IPv6 LoadBalancer Services need externalTrafficPolicy Local on Azure Linux (a note).',
  },
  R55: {
    title: 'DNS service IP stays IPv4 on dual-stack',
    statement:
      'On a dual-stack cluster dnsServiceIP is still IPv4 and lies in the IPv4 service CIDR (serviceCidrs[0]).',
  },
  R60: {
    title: 'Dual-stack needs a dual-stack VNet',
    statement:
      'A dual-stack plan with its own VNet needs IPv6 VNet space and an IPv6 prefix on every node subnet (and, for static block, every pod subnet); an AKS-managed VNet is built dual-stack.',
  },
  R56: {
    title: 'BYO CNI still needs a pod CIDR',
    statement:
      'With networkPlugin none you must still give podCidrs (an error when absent), a service CIDR and a DNS IP. The pod CIDR follows the overlay overlap rules; nodes take one subnet IP each and no block arithmetic applies.',
  },
  R63: {
    title: 'Network plugin, data plane and network policy',
    statement:
      'The Cilium data plane runs only on Azure CNI (with kubenet or none it is an error). Network policy cilium needs the Cilium data plane, and the Cilium data plane replaces Azure NPM and Calico (mismatches are errors).',
  },
  R64: {
    title: 'Outbound type and VNet ownership',
    statement:
      'managedNATGateway needs an AKS-managed VNet, while userAssignedNATGateway and userDefinedRouting need your own VNet (errors otherwise); loadBalancer and none fit both.',
  },
  R68: {
    title: 'Application Gateway for Containers subnet',
    statement:
      'A subnet for Application Gateway for Containers must keep 250 addresses free (usable − otherIps, so a /24 or larger) and be delegated to Microsoft.ServiceNetworking/trafficControllers (errors). On overlay, a prefix shorter than /24 gets a warning (Azure/AKS#5123, D22).',
  },
  R70: {
    title: 'Sizing advice clears the upgrade too',
    statement:
      'A "too small" finding advises one prefix that holds the during-upgrade figure: 24 − ceil(log2 N) for a pod CIDR (137 blocks → /16), the largest p ≤ 29 with 2^(32 − p) − 5 ≥ the IPs for a subnet (275 → /23). It never advises past /12 (static pod subnet) or /8 (pod CIDR).',
  },
} as const satisfies Record<string, RuleText>;
