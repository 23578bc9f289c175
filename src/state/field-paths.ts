import type { PlanDraft } from './plan-draft.ts';

/**
 * The DOM id of the input for a draft field path such as `nodePools[1].maxPods`.
 *
 * @example fieldId('nodePools[1].maxPods') // 'field-nodePools-1-maxPods'
 */
export function fieldId(path: string): string {
  return `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;
}

function familyField(draft: PlanDraft, kind: 'pod' | 'service', index: number | null): string {
  const c = draft.cluster;
  const entries: [string, string][] =
    kind === 'pod'
      ? [
          ['cluster.podCidrIpv4', c.podCidrIpv4],
          ['cluster.podCidrIpv6', c.podCidrIpv6],
        ]
      : [
          ['cluster.serviceCidrIpv4', c.serviceCidrIpv4],
          ['cluster.serviceCidrIpv6', c.serviceCidrIpv6],
        ];
  const shown = c.dualStack ? entries : entries.slice(0, 1);
  const typed = shown.filter(([, value]) => value.trim() !== '');
  // The list as a whole: its first typed field; one item: the item-th typed field (empty ones are left out).
  const pick = index === null ? typed[0] : (typed.length > 0 ? typed : shown)[index];
  return (pick ?? shown[0] ?? entries[0] ?? ['cluster.podCidrIpv4'])[0];
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
    return familyField(
      draft,
      pod[1] === 'podCidrs' ? 'pod' : 'service',
      pod[2] === undefined ? null : Number(pod[2]),
    );
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
