import type { DraftConnected, DraftOtherIps, DraftPool, DraftSubnet, PlanDraft } from './plan-draft.ts';
import { emptyConnected, emptyPool, emptySubnet, newRowId, planToDraft } from './plan-draft.ts';
import { dropUnlistedChoices } from './draft-choices.ts';

/**
 * restoreDraft, and the fixed-choice values it dropped because they are not in their lists (one
 * problem each, for the user).
 *
 * @example restoreDraftReporting({ cluster: { tier: 'Gold' } }).problems.length // 1
 */
export function restoreDraftReporting(value: unknown): { draft: PlanDraft | null; problems: string[] } {
  const draft = restoreDraft(value);
  return draft === null ? { draft, problems: [] } : dropUnlistedChoices(draft);
}

/**
 * Restores a draft from untrusted stored data, as excalidraw's restore does: start from an empty
 * draft, keep every value of the right type, drop the rest, regenerate row ids. Never throws.
 *
 * @example restoreDraft({ title: 'x', nodePools: [{ name: 'a', count: 7 }] })?.nodePools[0]?.count // '' (7 is not text)
 */
export function restoreDraft(value: unknown): PlanDraft | null {
  if (!isRecord(value)) return null;
  const base = planToDraft({ schemaVersion: 1, nodePools: [] });
  const cluster = isRecord(value['cluster']) ? value['cluster'] : {};
  return {
    title: str(value['title'], base.title),
    notes: str(value['notes'], base.notes),
    cluster: {
      ...base.cluster,
      ...pickStrings(cluster, base.cluster),
      ...restoreCidrLists(cluster),
    } as PlanDraft['cluster'],
    hasVnet: bool(value['hasVnet'], false),
    vnetName: str(value['vnetName'], ''),
    vnetResourceGroup: str(value['vnetResourceGroup'], ''),
    vnetAddressSpace: str(value['vnetAddressSpace'], ''),
    subnets: rows(value['subnets'], restoreSubnet),
    nodePools: rows(value['nodePools'], restorePool),
    connectedNetworks: rows(value['connectedNetworks'], restoreConnected),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.slice(0, 10_000) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

/** Copies the text and true/false fields of `template` from `source` when they have the same type. */
function pickStrings<T extends object>(source: Record<string, unknown>, template: T): Partial<T> {
  const out: Record<string, string | boolean> = {};
  for (const [key, fallback] of Object.entries(template)) {
    if (typeof fallback === 'string') out[key] = str(source[key], fallback);
    if (typeof fallback === 'boolean') out[key] = bool(source[key], fallback);
  }
  return out as Partial<T>;
}

type CidrLists = Pick<
  PlanDraft['cluster'],
  'podCidrs' | 'serviceCidrs' | 'podCidrAside' | 'serviceCidrAside'
>;

/**
 * The cluster's pod and service CIDR lists, from either shape a browser may have stored: the lists
 * (`podCidrs: [...]`), or the one field per family drafts had until issue 14 (`podCidrIpv4`,
 * `podCidrIpv6`, …), read as that draft's plan had them: IPv4, then IPv6 while dual-stack is on; an
 * IPv6 value typed while it was off stays set aside, as it was.
 */
function restoreCidrLists(cluster: Record<string, unknown>): Partial<CidrLists> {
  if (Array.isArray(cluster['podCidrs']) || Array.isArray(cluster['serviceCidrs'])) {
    return { podCidrs: texts(cluster['podCidrs']), serviceCidrs: texts(cluster['serviceCidrs']) };
  }
  const dualStack = bool(cluster['dualStack'], false);
  const old = (key: string): string => str(cluster[key], '');
  const lists: Partial<CidrLists> = {};
  for (const [key, v4, v6, aside] of [
    ['podCidrs', 'podCidrIpv4', 'podCidrIpv6', 'podCidrAside'],
    ['serviceCidrs', 'serviceCidrIpv4', 'serviceCidrIpv6', 'serviceCidrAside'],
  ] as const) {
    if (!(v4 in cluster) && !(v6 in cluster)) continue;
    lists[key] = dualStack ? [old(v4), old(v6)] : [old(v4)];
    if (!dualStack) lists[aside] = old(v6);
  }
  return lists;
}

/** The text items of a stored list (anything else is dropped). */
function texts(value: unknown): string[] {
  return Array.isArray(value)
    ? value
        .slice(0, 10_000)
        .filter((item): item is string => typeof item === 'string')
        .map((item) => str(item, ''))
    : [];
}

function rows<T>(value: unknown, restore: (row: Record<string, unknown>) => T): T[] {
  return Array.isArray(value) ? value.slice(0, 10_000).filter(isRecord).map(restore) : [];
}

function restoreSubnet(row: Record<string, unknown>): DraftSubnet {
  const base = emptySubnet();
  return {
    ...base,
    ...pickStrings(row, base),
    id: newRowId('subnet'),
    otherIps: rows(row['otherIps'], (o): DraftOtherIps => ({
      id: newRowId('ips'),
      name: str(o['name'], ''),
      count: str(o['count'], ''),
    })),
  } as DraftSubnet;
}

function restorePool(row: Record<string, unknown>): DraftPool {
  const base = { ...emptyPool(), count: '' };
  return { ...base, ...pickStrings(row, base), id: newRowId('pool') } as DraftPool;
}

function restoreConnected(row: Record<string, unknown>): DraftConnected {
  const base = emptyConnected();
  return { ...base, ...pickStrings(row, base), id: newRowId('net') } as DraftConnected;
}
