import type { PlanDraft } from './plan-draft.ts';
import type { CidrListKey } from './cidr-lists.ts';
import { draftFamilies, entryOfPlanItem, shownEntries } from './cidr-lists.ts';

/**
 * The DOM id of the input for a draft field path such as `nodePools[1].maxPods`.
 *
 * @example fieldId('nodePools[1].maxPods') // 'field-nodePools-1-maxPods'
 */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

/** The draft entry (`cluster.podCidrs[1]`) a finding about a CIDR list or one of its items lands on. */
function cidrEntryField(draft: PlanDraft, key: CidrListKey, index: number | null): string {
  const entries = shownEntries(draft.cluster[key], draftFamilies(draft.cluster));
  return `cluster.${key}[${entryOfPlanItem(entries, index)}]`;
}

const LIST_FIELD =
  /^(vnet\.addressSpace|vnet\.subnets\[\d+\]\.addressPrefixes|connectedNetworks\[\d+\]\.addressPrefixes)\[\d+\]$/;

/**
 * The form field a finding's path (a plan-document path) belongs to, so the finding can focus it and
 * the field can show it inline. Paths of list items map to the field holding the list.
 *
 * @example fieldForFindingPath('vnet.subnets[0].addressPrefixes[1]', draft) // 'vnet.subnets[0].addressPrefixes'
 */
export function fieldForFindingPath(path: string, draft: PlanDraft): string {
  const pod = /^cluster\.(podCidrs|serviceCidrs)(?:\[(\d+)\])?$/.exec(path);
  if (pod !== null)
    return cidrEntryField(draft, pod[1] as CidrListKey, pod[2] === undefined ? null : Number(pod[2]));
  if (path === 'cluster.ipFamilies') return 'cluster.dualStack';
  const list = LIST_FIELD.exec(path);
  if (list?.[1] !== undefined) return list[1];
  if (path === 'vnet' || path === 'vnet.subnets') return draft.hasVnet ? 'vnet.addressSpace' : 'vnet.hasVnet';
  if (/^vnet\.subnets\[\d+\]$/.test(path)) return `${path}.addressPrefixes`;
  if (/^vnet\.subnets\[\d+\]\.otherIps$/.test(path)) return path.replace(/\.otherIps$/, '.addressPrefixes');
  if (path === 'nodePools') return 'nodePools[0].count';
  if (/^connectedNetworks\[\d+\]$/.test(path) || path === 'connectedNetworks')
    return `${path === 'connectedNetworks' ? 'connectedNetworks[0]' : path}.addressPrefixes`;
  return path;
}
