import { OUTBOUND_TYPE_WORDS } from '../model/choice-words.ts';
import type { RuleContext } from './rule-context.ts';

/**
 * R63 (D21): network plugin × data plane × network policy; R64: outbound type vs VNet ownership.
 * A plan with a `vnet` is bring-your-own; without one the VNet is AKS-managed.
 */
export function checkNetworkProfile({ plan, findings }: RuleContext): void {
  if (plan.dataplane === 'cilium' && (plan.plugin === 'kubenet' || plan.plugin === 'none')) {
    findings.add('CILIUM_DATAPLANE_UNSUPPORTED_PLUGIN', 'error', 'R63', 'cluster.networkDataplane', () =>
      plan.plugin === 'kubenet'
        ? 'The Cilium data plane runs only on Azure CNI (Overlay, Pod Subnet or Node Subnet), not on kubenet. Migrate to Azure CNI Overlay first, or use the azure data plane.'
        : 'The AKS-managed Cilium data plane needs Azure CNI; with bring-your-own CNI (networkPlugin none) AKS installs no CNI for it to attach to. Install Cilium yourself and leave networkDataplane unset (azure), or use Azure CNI Overlay.',
    );
  }
  if (plan.policy === 'cilium' && plan.dataplane === 'azure') {
    findings.add(
      'NETWORK_POLICY_DATAPLANE_MISMATCH',
      'error',
      'R63',
      'cluster.networkPolicy',
      'Cilium network policy requires the Cilium data plane (networkDataplane cilium). Set networkDataplane to cilium, or pick another policy engine.',
    );
  }
  if (plan.dataplane === 'cilium' && (plan.policy === 'azure' || plan.policy === 'calico')) {
    findings.add(
      'NETWORK_POLICY_DATAPLANE_MISMATCH',
      'error',
      'R63',
      'cluster.networkPolicy',
      () =>
        `The Cilium data plane enforces network policy itself and replaces ${plan.policy === 'azure' ? 'Azure Network Policy Manager' : 'Calico'} (AKS: "Cilium dataplane requires network policy cilium"). Set networkPolicy to cilium (or none).`,
    );
  }
  const byoVnet = !plan.managedVnet;
  if (plan.outboundType === 'managedNATGateway' && byoVnet) {
    findings.add(
      'OUTBOUND_TYPE_VNET_MISMATCH',
      'error',
      'R64',
      'cluster.outboundType',
      'A managed NAT gateway is for AKS-managed VNets; with your own VNet use a user-assigned NAT gateway (one you attach to the subnet first), or a load balancer.',
    );
  } else if (
    (plan.outboundType === 'userAssignedNATGateway' || plan.outboundType === 'userDefinedRouting') &&
    !byoVnet
  ) {
    findings.add(
      'OUTBOUND_TYPE_VNET_MISMATCH',
      'error',
      'R64',
      'cluster.outboundType',
      () =>
        `${OUTBOUND_TYPE_WORDS[plan.outboundType]} needs a bring-your-own VNet ${plan.outboundType === 'userDefinedRouting' ? 'whose subnet has your route table' : 'with the NAT gateway attached to the subnet'}, but the plan has no VNet (AKS-managed). Add your VNet, or use a load balancer or a managed NAT gateway.`,
    );
  }
}
