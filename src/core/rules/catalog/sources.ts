/**
 * Where each rule of the catalog comes from: the Microsoft Learn or Kubernetes page the rulebook
 * (aks-rules.md) cites for it. The app's "how?" links read this module, so it stays small; the rules'
 * titles and statements live in rule-texts-*.ts, which only the docs generator and tests import.
 */
import type { RuleSource } from './catalog-types.ts';

const LEARN = 'https://learn.microsoft.com/azure';
const AKS = `${LEARN}/aks`;

/** The pages the rules cite, by a short key. */
export const SOURCES = {
  overlay: { title: 'Azure CNI Overlay concepts', url: `${AKS}/concepts-network-azure-cni-overlay` },
  planning: { title: 'AKS IP address planning', url: `${AKS}/concepts-network-ip-address-planning` },
  vnetFaq: { title: 'Azure Virtual Network FAQ', url: `${LEARN}/virtual-network/virtual-networks-faq` },
  kubenet: { title: 'Kubenet networking in AKS', url: `${AKS}/configure-kubenet` },
  legacy: { title: 'Azure CNI Node Subnet', url: `${AKS}/concepts-network-legacy-cni` },
  podSubnet: { title: 'Azure CNI Pod Subnet', url: `${AKS}/concepts-network-azure-cni-pod-subnet` },
  podExpand: {
    title: 'Expand the pod CIDR of Azure CNI Overlay',
    url: `${AKS}/azure-cni-overlay-pod-expand`,
  },
  upgrade: { title: 'Upgrade AKS node pools', url: `${AKS}/upgrade-aks-node-pools-rolling` },
  quotas: { title: 'AKS quotas and limits', url: `${AKS}/quotas-skus-regions` },
  largeScale: {
    title: 'AKS performance and scaling for large clusters',
    url: `${AKS}/best-practices-performance-scale-large`,
  },
  nodePools: { title: 'Create AKS node pools', url: `${AKS}/create-node-pools` },
  tiers: { title: 'AKS pricing tiers', url: `${AKS}/free-standard-pricing-tiers` },
  dualStack: { title: 'Dual-stack networking in AKS', url: `${AKS}/configure-dual-stack` },
  cniOverview: { title: 'AKS CNI networking overview', url: `${AKS}/concepts-network-cni-overview` },
  byoCni: { title: 'Bring your own CNI in AKS', url: `${AKS}/use-byo-cni` },
  apiServer: { title: 'API Server VNet Integration', url: `${AKS}/api-server-vnet-integration` },
  systemPools: { title: 'AKS system node pools', url: `${AKS}/use-system-pools` },
  cilium: { title: 'Azure CNI Powered by Cilium', url: `${AKS}/azure-cni-powered-by-cilium` },
  outbound: { title: 'AKS outbound types', url: `${AKS}/egress-outboundtype` },
  networkPolicies: { title: 'AKS network policies', url: `${AKS}/use-network-policies` },
  agc: {
    title: 'Application Gateway for Containers quickstart',
    url: `${LEARN}/application-gateway/for-containers/quickstart-create-application-gateway-for-containers-byo-deployment`,
  },
  vnetLimits: {
    title: 'Azure networking limits',
    url: `${LEARN}/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits`,
  },
  k8sServices: {
    title: 'Kubernetes Service IP allocation',
    url: 'https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/',
  },
} as const satisfies Record<string, RuleSource>;

/** A key of SOURCES. */
export type SourceKey = keyof typeof SOURCES;

/** R1–R70 → the page each cites first (the rulebook's "SOURCED" quote; R1's planner policy cites planning). */
export const RULE_SOURCE = {
  R1: 'planning',
  R2: 'planning',
  R3: 'vnetFaq',
  R4: 'vnetFaq',
  R5: 'vnetFaq',
  R6: 'vnetFaq',
  R7: 'vnetFaq',
  R8: 'vnetFaq',
  R9: 'vnetLimits',
  R10: 'overlay',
  R11: 'legacy',
  R12: 'apiServer',
  R13: 'planning',
  R14: 'overlay',
  R15: 'overlay',
  R16: 'overlay',
  R17: 'overlay',
  R18: 'overlay',
  R19: 'podExpand',
  R20: 'overlay',
  R21: 'kubenet',
  R22: 'kubenet',
  R23: 'kubenet',
  R24: 'kubenet',
  R25: 'podSubnet',
  R26: 'podSubnet',
  R27: 'podSubnet',
  R28: 'planning',
  R29: 'planning',
  R30: 'tiers',
  R31: 'quotas',
  R32: 'nodePools',
  R33: 'overlay',
  R34: 'largeScale',
  R35: 'upgrade',
  R36: 'upgrade',
  R37: 'upgrade',
  R38: 'upgrade',
  R39: 'overlay',
  R40: 'k8sServices',
  R41: 'planning',
  R42: 'planning',
  R43: 'overlay',
  R44: 'planning',
  R45: 'cniOverview',
  R46: 'cniOverview',
  R47: 'dualStack',
  R48: 'dualStack',
  R49: 'dualStack',
  R50: 'dualStack',
  R51: 'dualStack',
  R52: 'dualStack',
  R53: 'dualStack',
  R54: 'dualStack',
  R55: 'dualStack',
  R56: 'byoCni',
  R57: 'podSubnet',
  R58: 'cniOverview',
  R59: 'nodePools',
  R60: 'dualStack',
  R61: 'overlay',
  R62: 'systemPools',
  R63: 'cilium',
  R64: 'outbound',
  R65: 'apiServer',
  R66: 'kubenet',
  R67: 'networkPolicies',
  R68: 'agc',
  R69: 'vnetLimits',
  R70: 'planning',
} as const satisfies Record<string, SourceKey>;

/** A rule number of the catalog, R1–R70. */
export type RuleId = keyof typeof RULE_SOURCE;

/**
 * The page behind a rule number, or null for anything else ('plan', 'share', a decision, undefined).
 *
 * @example ruleSource('R4')?.title // 'Azure Virtual Network FAQ'
 */
export function ruleSource(rule: string | undefined): RuleSource | null {
  if (rule === undefined || !Object.hasOwn(RULE_SOURCE, rule)) return null;
  return SOURCES[RULE_SOURCE[rule as RuleId]];
}
