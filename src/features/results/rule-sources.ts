/** Where each rule of aks-rules.md comes from, as a link a reviewer can follow (Microsoft Learn and the AKS API). */
const LEARN = 'https://learn.microsoft.com/azure';
const SOURCES: Record<string, { title: string; url: string }> = {
  overlay: { title: 'Azure CNI Overlay concepts', url: `${LEARN}/aks/concepts-network-azure-cni-overlay` },
  planning: { title: 'AKS IP address planning', url: `${LEARN}/aks/concepts-network-ip-address-planning` },
  vnetFaq: { title: 'Azure Virtual Network FAQ', url: `${LEARN}/virtual-network/virtual-networks-faq` },
  kubenet: { title: 'Kubenet networking in AKS', url: `${LEARN}/aks/configure-kubenet` },
  legacy: { title: 'Azure CNI Node Subnet', url: `${LEARN}/aks/concepts-network-legacy-cni` },
  podSubnet: { title: 'Azure CNI Pod Subnet', url: `${LEARN}/aks/concepts-network-azure-cni-pod-subnet` },
  upgrade: { title: 'Upgrade AKS node pools', url: `${LEARN}/aks/upgrade-aks-node-pools-rolling` },
  quotas: { title: 'AKS quotas and limits', url: `${LEARN}/aks/quotas-skus-regions` },
  tiers: { title: 'AKS pricing tiers', url: `${LEARN}/aks/free-standard-pricing-tiers` },
  dualStack: { title: 'Dual-stack networking in AKS', url: `${LEARN}/aks/configure-dual-stack` },
  cniOverview: { title: 'AKS CNI networking overview', url: `${LEARN}/aks/concepts-network-cni-overview` },
  apiServer: { title: 'API Server VNet Integration', url: `${LEARN}/aks/api-server-vnet-integration` },
  vnetLimits: {
    title: 'Azure networking limits',
    url: `${LEARN}/azure-resource-manager/management/azure-subscription-service-limits#azure-networking-limits`,
  },
  k8sServices: {
    title: 'Kubernetes Service IP allocation',
    url: 'https://kubernetes.io/docs/concepts/services-networking/cluster-ip-allocation/',
  },
};

const RULE_SOURCE: Record<string, keyof typeof SOURCES> = {
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
  R19: 'overlay',
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
  R32: 'quotas',
  R33: 'overlay',
  R34: 'quotas',
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
  R56: 'cniOverview',
  R57: 'podSubnet',
  R58: 'cniOverview',
  R59: 'quotas',
  R60: 'dualStack',
  R61: 'overlay',
};

/**
 * The documentation page behind a rule number, or null.
 *
 * @example ruleSource('R4')?.title // 'Azure Virtual Network FAQ'
 */
export function ruleSource(rule: string | undefined): { title: string; url: string } | null {
  if (rule === undefined) return null;
  const key = RULE_SOURCE[rule];
  return key === undefined ? null : (SOURCES[key] ?? null);
}
