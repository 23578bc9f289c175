import type { IpFamily } from '../types.ts';
import { DUALSTACK_APISERVER_MIN_MINOR, DUALSTACK_CILIUM_MIN_MINOR } from '../model/constants.ts';
import { kubernetesVersionAtLeast } from '../model/kubernetes-version.ts';
import type { ParsedPrefix } from '../model/resolve-plan.ts';
import type { RuleContext } from './rule-context.ts';

function checkListMatchesFamilies(
  ctx: RuleContext,
  list: readonly (ParsedPrefix | null)[],
  path: string,
  label: string,
): void {
  const { plan, findings } = ctx;
  const families = plan.families;
  if (list.length !== families.length) {
    findings.add(
      'DUALSTACK_COUNT_MISMATCH',
      'error',
      'R49',
      path,
      () =>
        `${label} lists ${list.length} range${list.length === 1 ? '' : 's'} but ipFamilies is ${families.join(', ')}; give exactly one range per family, in the same order (${families.join(', ')}).`,
    );
    return;
  }
  const order = list.map((entry) => entry?.cidr.family ?? null);
  const mismatch = order.some((family, i) => family !== null && family !== (families[i] as IpFamily));
  if (mismatch) {
    findings.add(
      'DUALSTACK_ORDER_MISMATCH',
      'error',
      'R49',
      path,
      () =>
        `${label} are in the order ${order.map((f) => f ?? '?').join(', ')} but ipFamilies is ${families.join(', ')}; list them in the ipFamilies order (IPv4 first).`,
    );
  }
}

const PLUGIN_WORDS = {
  overlay: 'Azure CNI Overlay',
  kubenet: 'kubenet',
  azureNodeSubnet: 'Azure CNI Node Subnet',
  azurePodSubnet: 'Azure CNI Pod Subnet',
  none: 'bring-your-own CNI',
} as const;

/** R47–R50, R54, R60, R65 (dual-stack with API Server VNet Integration), D19: dual-stack rules. */
export function checkDualStack(ctx: RuleContext): void {
  const { plan, findings } = ctx;
  const text = plan.familiesText;
  const supported =
    (text.length === 1 && text[0] === 'IPv4') ||
    (text.length === 2 && text[0] === 'IPv4' && text[1] === 'IPv6');
  if (!supported) {
    findings.add(
      'DUALSTACK_FAMILY_UNSUPPORTED',
      'error',
      'R48',
      'cluster.ipFamilies',
      () =>
        `ipFamilies ${text.join(', ') || '(empty)'} isn't supported; AKS accepts only IPv4 or IPv4, IPv6 (IPv6-only and IPv6-first are not supported). Use IPv4 or IPv4, IPv6.`,
    );
  }
  if (
    plan.podCidrsGiven &&
    (plan.plugin === 'overlay' || plan.plugin === 'kubenet' || plan.plugin === 'none')
  ) {
    checkListMatchesFamilies(ctx, plan.podCidrs, 'cluster.podCidrs', 'Pod CIDRs');
  }
  // Defaults are generated in the supported order (R41, R50), so only a stated list can mismatch; an
  // unsupported ipFamilies order is DUALSTACK_FAMILY_UNSUPPORTED alone, not a mismatch of the defaults too.
  if (plan.serviceCidrsGiven)
    checkListMatchesFamilies(ctx, plan.serviceCidrs, 'cluster.serviceCidrs', 'Service CIDRs');

  if (!plan.families.includes('IPv6')) return;
  // D19: Azure CNI Pod Subnet with every pool on static blocks is created (AKS derives the IPv6 pod
  // CIDR from the pod subnet) but undocumented. R65: with an API-server subnet only overlay works.
  const apiServer = plan.apiServerVnetIntegration;
  const allStaticBlock =
    plan.plugin === 'azurePodSubnet' &&
    plan.pools.length > 0 &&
    plan.pools.every((pool) => pool.podIpAllocationMode === 'StaticBlock');
  if (apiServer && plan.plugin !== 'overlay') {
    findings.add(
      'DUALSTACK_PLUGIN_UNSUPPORTED',
      'error',
      'R65',
      'cluster.ipFamilies',
      () =>
        `Dual-stack with API Server VNet Integration (the plan has an apiServer subnet) needs network plugin azure in overlay mode; this plan uses ${PLUGIN_WORDS[plan.plugin]}. Switch to Azure CNI Overlay or use IPv4 only.`,
    );
  } else if (plan.plugin === 'azureNodeSubnet' || (plan.plugin === 'azurePodSubnet' && !allStaticBlock)) {
    findings.add('DUALSTACK_PLUGIN_UNSUPPORTED', 'error', 'R47', 'cluster.ipFamilies', () =>
      plan.plugin === 'azureNodeSubnet'
        ? 'Dual-stack needs Azure CNI Overlay; Azure CNI Node Subnet has no IPv6. Switch to overlay or use IPv4 only.'
        : 'Dual-stack needs Azure CNI Overlay; Azure CNI Pod Subnet with dynamic IP allocation has no IPv6 (only static block allocation on every pool is created, undocumented). Switch to overlay or use IPv4 only.',
    );
  } else if (allStaticBlock) {
    findings.add(
      'DUALSTACK_STATIC_BLOCK_UNDOCUMENTED',
      'warning',
      'R47',
      'cluster.ipFamilies',
      'Dual-stack Azure CNI Pod Subnet with static block allocation is created by AKS (it derives the IPv6 pod CIDR from the pod subnet, changelog 2026-06-19), but no page documents it and the dual-stack doc still requires Azure CNI Overlay; the planner does not size the IPv6 side. Prefer Azure CNI Overlay for dual-stack.',
    );
  }
  if (plan.plugin === 'kubenet' && !apiServer) {
    findings.add(
      'DUALSTACK_KUBENET_LEGACY',
      'warning',
      'R47',
      'cluster.networkPlugin',
      'Kubenet dual-stack was GA but its docs were removed, the dual-stack doc now requires Azure CNI Overlay, and kubenet retires on 31 March 2028; each node also takes two routes, so at most 200 nodes (R66). Plan dual-stack on Azure CNI Overlay.',
    );
  }
  // R47: the Cilium data plane needs 1.29; R65: API Server VNet Integration needs 1.26(.3). One finding.
  const needsMinor = Math.max(
    plan.dataplane === 'cilium' ? DUALSTACK_CILIUM_MIN_MINOR : 0,
    apiServer ? DUALSTACK_APISERVER_MIN_MINOR : 0,
  );
  if (needsMinor > 0 && plan.version !== null && !kubernetesVersionAtLeast(plan.version, 1, needsMinor)) {
    findings.add(
      'DUALSTACK_K8S_VERSION',
      'error',
      needsMinor === DUALSTACK_CILIUM_MIN_MINOR ? 'R47' : 'R65',
      'cluster.kubernetesVersion',
      () =>
        `Dual-stack ${needsMinor === DUALSTACK_CILIUM_MIN_MINOR ? 'with the Cilium data plane' : 'with API Server VNet Integration'} needs Kubernetes 1.${needsMinor} or later${needsMinor === DUALSTACK_APISERVER_MIN_MINOR ? ' (1.26.3)' : ''}; the plan has ${plan.versionText ?? ''}. Use 1.${needsMinor} or later.`,
    );
  }
  if (plan.policy === 'azure' || plan.policy === 'calico') {
    findings.add(
      'DUALSTACK_FEATURE_UNSUPPORTED',
      'error',
      'R54',
      'cluster.networkPolicy',
      () =>
        `${plan.policy === 'azure' ? 'Azure Network Policy Manager' : 'Calico network policy'} isn't supported on dual-stack clusters. Use Cilium network policy with the Cilium data plane.`,
    );
  }
  if (plan.outboundType === 'managedNATGateway') {
    findings.add(
      'DUALSTACK_FEATURE_UNSUPPORTED',
      'error',
      'R54',
      'cluster.outboundType',
      'The AKS-managed Standard NAT gateway (managedNATGateway) supports IPv4 only. For dual-stack egress use a StandardV2 NAT gateway (userAssignedNATGateway, or managedNATGatewayV2 in preview) or loadBalancer.',
    );
  }
  findings.add(
    'DUALSTACK_IPV6_LB_LOCAL_POLICY',
    'info',
    'R54',
    'cluster.ipFamilies',
    'On dual-stack clusters with Azure Linux nodes, IPv6 LoadBalancer services need externalTrafficPolicy: Local to be reachable.',
  );
  if (!plan.managedVnet) {
    if (!plan.vnetSpace.some((s) => s.cidr.family === 'IPv6')) {
      findings.add(
        'DUALSTACK_SUBNET_NOT_DUAL',
        'error',
        'R60',
        'vnet.addressSpace',
        'A dual-stack cluster needs a dual-stack VNet, but the VNet address space has no IPv6 range. Add one, e.g. fd00:10::/48.',
      );
    }
    for (const usage of ctx.usages) {
      // R60; D19: with static blocks AKS derives the IPv6 pod CIDR from the pod subnet.
      const nodes = usage.nodePools.length > 0;
      if ((nodes || (allStaticBlock && usage.podPools.length > 0)) && usage.subnet.ipv6.length === 0) {
        findings.add(
          'DUALSTACK_SUBNET_NOT_DUAL',
          'error',
          'R60',
          `${usage.subnet.path}.addressPrefixes`,
          () =>
            `${nodes ? 'Node' : 'Pod'} subnet ${usage.subnet.name} has no IPv6 prefix; ${nodes ? 'dual-stack nodes take an IPv4 and an IPv6 address from their subnet' : 'dual-stack static block allocation derives the IPv6 pod CIDR from the pod subnet'}. Add a /64 from the VNet's IPv6 space.`,
        );
      }
    }
  }
}
