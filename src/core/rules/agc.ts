import { AGC_DELEGATION, AGC_MIN_AVAILABLE_IPS, AGC_OVERLAY_PREFIX } from '../model/constants.ts';
import { smallestSubnetPrefixFor } from '../model/capacity.ts';
import type { RuleContext } from './rule-context.ts';
import { formatCount } from '../model/format.ts';

/**
 * R68 (D22): the Application Gateway for Containers subnet: at least 250 available addresses after
 * its otherIps, delegated to Microsoft.ServiceNetworking/trafficControllers, and on overlay a
 * warning for a prefix shorter than /24 (Azure/AKS#5123).
 */
export function checkAgcSubnets({ plan, usages, findings }: RuleContext): void {
  for (const usage of usages) {
    if (!usage.roles.has('appGatewayForContainers')) continue;
    const { subnet } = usage;
    if (!subnet.agcDelegated) {
      findings.add(
        'AGC_SUBNET_NOT_DELEGATED',
        'error',
        'R68',
        `${subnet.path}.delegatedTo`,
        () =>
          `Application Gateway for Containers subnet ${subnet.name} is ${subnet.delegatedTo === null ? 'not delegated' : `delegated to ${subnet.delegatedTo}`}; AGC needs it delegated to ${AGC_DELEGATION}. Set delegatedTo to ${AGC_DELEGATION}.`,
      );
    }
    const prefix = subnet.ipv4[0];
    if (prefix === undefined) continue;
    const available = usage.usable - BigInt(subnet.otherIps);
    if (available < BigInt(AGC_MIN_AVAILABLE_IPS)) {
      const advised = smallestSubnetPrefixFor(AGC_MIN_AVAILABLE_IPS + subnet.otherIps);
      findings.add(
        'AGC_SUBNET_TOO_SMALL',
        'error',
        'R68',
        prefix.path,
        () =>
          `Application Gateway for Containers subnet ${subnet.name} (${prefix.canonical}) has ${formatCount(usage.usable)} usable addresses${subnet.otherIps > 0 ? ` − ${formatCount(subnet.otherIps)} other IPs` : ''} = ${formatCount(available > 0n ? available : 0n)} available; AGC needs at least 250. ${advised === null ? 'Use a smaller otherIps count.' : `Use a /${advised} or larger.`}`,
        advised === null ? undefined : { advisedPrefix: advised },
      );
    }
    if (plan.plugin === 'overlay' && prefix.cidr.prefixLength < AGC_OVERLAY_PREFIX) {
      findings.add(
        'AGC_SUBNET_OVERLAY_NOT_24',
        'warning',
        'R68',
        prefix.path,
        () =>
          `Application Gateway for Containers subnet ${subnet.name} is ${prefix.canonical}; on Azure CNI Overlay the ALB Controller rejects association subnets shorter than /24 ("extensionIPRange prefix length too short", Azure/AKS#5123, open). Use a /24 (note Azure/AKS#5709: a /24 re-created association has been refused for needing 500 addresses).`,
      );
    }
  }
}
