import { NAME_LABEL_MAX_LENGTH } from '../model/constants.ts';
import type { RuleContext } from './rule-context.ts';

const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function checkLabelName(ctx: RuleContext, value: string, path: string, what: string): void {
  if (value.length > NAME_LABEL_MAX_LENGTH) {
    ctx.findings.add(
      'NAME_TOO_LONG',
      'error',
      'R33',
      path,
      () =>
        `${what} "${value}" has ${value.length} characters; with Azure CNI Overlay it becomes a Kubernetes label value, which allows 63. Use a shorter name.`,
    );
  } else if (!LABEL_VALUE.test(value)) {
    ctx.findings.add(
      'NAME_INVALID_LABEL_CHARS',
      'error',
      'R33',
      path,
      () =>
        `${what} "${value}" can't be a Kubernetes label value: it must start and end with a letter or digit, with only - _ . letters and digits between. Rename it.`,
    );
  }
}

/**
 * R33: with Azure CNI Overlay in your own VNet, the subnet, VNet and resource-group names are node
 * labels. The docs state it for overlay only; other plugins are unsourced (§3), so they aren't checked.
 */
export function checkLabelNames(ctx: RuleContext): void {
  const { plan } = ctx;
  if (plan.plugin !== 'overlay' || plan.managedVnet) return;
  if (plan.vnetName !== null) checkLabelName(ctx, plan.vnetName, 'vnet.name', 'VNet name');
  if (plan.vnetResourceGroup !== null)
    checkLabelName(ctx, plan.vnetResourceGroup, 'vnet.resourceGroup', 'Resource group name');
  for (const usage of ctx.usages) {
    if (usage.nodePools.length > 0)
      checkLabelName(ctx, usage.subnet.name, `${usage.subnet.path}.name`, 'Subnet name');
  }
}
