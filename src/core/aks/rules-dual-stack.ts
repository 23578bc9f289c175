import type { IpFamily } from '../types.ts';
import { kubernetesVersionAtLeast } from './kubernetes-version.ts';
import type { ParsedPrefix } from './resolve-plan.ts';
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

/** R47–R50, R54, R60: dual-stack rules. */
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
  if (plan.plugin === 'azureNodeSubnet' || plan.plugin === 'azurePodSubnet') {
    findings.add(
      'DUALSTACK_PLUGIN_UNSUPPORTED',
      'error',
      'R47',
      'cluster.ipFamilies',
      () =>
        `Dual-stack needs Azure CNI Overlay; ${plan.plugin === 'azureNodeSubnet' ? 'Azure CNI Node Subnet' : 'Azure CNI Pod Subnet'} has no IPv6. Switch to overlay or use IPv4 only.`,
    );
  }
  if (plan.plugin === 'kubenet') {
    findings.add(
      'DUALSTACK_KUBENET_LEGACY',
      'warning',
      'R47',
      'cluster.networkPlugin',
      'Kubenet dual-stack was GA but its docs were removed, the dual-stack doc now requires Azure CNI Overlay, and kubenet retires on 31 March 2028. Plan dual-stack on Azure CNI Overlay.',
    );
  }
  if (
    plan.dataplane === 'cilium' &&
    plan.version !== null &&
    !kubernetesVersionAtLeast(plan.version, 1, 29)
  ) {
    findings.add(
      'DUALSTACK_K8S_VERSION',
      'error',
      'R47',
      'cluster.kubernetesVersion',
      () =>
        `Dual-stack with the Cilium data plane needs Kubernetes 1.29 or later; the plan has ${plan.versionText ?? ''}. Use 1.29 or later.`,
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
      if (usage.nodePools.length > 0 && usage.subnet.ipv6.length === 0) {
        findings.add(
          'DUALSTACK_SUBNET_NOT_DUAL',
          'error',
          'R60',
          `${usage.subnet.path}.addressPrefixes`,
          () =>
            `Node subnet ${usage.subnet.name} has no IPv6 prefix; dual-stack nodes take an IPv4 and an IPv6 address from their subnet. Add a /64 from the VNet's IPv6 space.`,
        );
      }
    }
  }
}
