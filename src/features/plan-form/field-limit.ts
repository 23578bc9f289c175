import { textMaxLength } from '../../core/plan/plan-schema.ts';

/** Draft fields that hold one item of a plan list. */
const LIST_ITEM: Readonly<Record<string, string>> = {
  'cluster.podCidrIpv4': 'cluster.podCidrs[0]',
  'cluster.podCidrIpv6': 'cluster.podCidrs[1]',
  'cluster.serviceCidrIpv4': 'cluster.serviceCidrs[0]',
  'cluster.serviceCidrIpv6': 'cluster.serviceCidrs[1]',
};

/**
 * The most characters a form field takes: the plan document's own limit for it (plan-schema.ts), so
 * nothing typed is longer than a plan file or a link can carry. Undefined for lists typed as text.
 *
 * @example draftFieldMaxLength('cluster.podCidrIpv4') // 64
 */
export function draftFieldMaxLength(path: string): number | undefined {
  return textMaxLength(LIST_ITEM[path] ?? path);
}
