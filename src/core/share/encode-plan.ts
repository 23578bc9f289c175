/**
 * Plan -> share-link query, version 1 (the grammar: docs/share-links.md; the keys: share-grammar.ts;
 * the escaping: share-text.ts). Pure: runs unchanged in Node.
 */
import type { PlanDocument } from '../types.ts';
import type { FieldSpec } from '../plan/plan-schema.ts';
import type { RowKind } from './share-grammar.ts';
import { NOTES_KEY, ROW_KINDS, SHARE_LINK_VERSION, TOP_KEYS } from './share-grammar.ts';
import { markQuery } from './link-mark.ts';
import {
  escapeText,
  IN_IPS_NAME,
  IN_ROW,
  IN_ROW_LIST,
  IN_ROW_NAME,
  IN_TOP,
  IN_TOP_LIST,
} from './share-text.ts';

type Fields = Record<string, unknown>;

const asFields = (value: unknown): Fields | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : undefined;

function writeValue(spec: FieldSpec, value: unknown, inRow: boolean): string {
  if (spec.kind === 'boolean') return value === true ? 'true' : 'false';
  if (spec.kind === 'integer' && typeof value === 'number') return String(value);
  if (spec.kind === 'array') {
    if (!Array.isArray(value)) return '';
    return value
      .map((item: unknown) => {
        const entry = asFields(item);
        if (spec.items.kind !== 'object' || entry === undefined) {
          return escapeText(String(item), inRow ? IN_ROW_LIST : IN_TOP_LIST);
        }
        const count = String(entry['count']);
        return entry['name'] === undefined
          ? count
          : `${escapeText(String(entry['name']), IN_IPS_NAME)}*${count}`;
      })
      .join(',');
  }
  return escapeText(String(value), inRow ? IN_ROW : IN_TOP);
}

function writeRow(kind: RowKind, row: Fields): string {
  const parts: string[] = [];
  if (row['name'] !== undefined) parts.push(escapeText(String(row['name']), IN_ROW_NAME));
  for (const field of kind.fields) {
    const value = row[field.field];
    if (value !== undefined) parts.push(`${field.key}:${writeValue(field.spec, value, true)}`);
  }
  return parts.join('~');
}

function rowsOf(plan: PlanDocument, kind: RowKind): unknown {
  if (kind.key === 'subnet') return plan.vnet?.subnets;
  if (kind.key === 'pool') return plan.nodePools;
  return plan.connectedNetworks;
}

/**
 * The share-link query (without `?`) of a plan: `v=1`, then only the fields the plan sets, in a fixed
 * order; repeated `subnet`, `pool` and `net` rows of `name~key:value`. Never throws.
 *
 * @example encodePlan({ schemaVersion: 1, cluster: { podCidrs: ['10.244.0.0/16'] }, nodePools: [{ name: 'system', count: 3, maxPods: 110 }] })
 * // 'v=1&pod=10.244.0.0/16&pool=system~count:3~maxPods:110'
 */
export function encodePlan(plan: PlanDocument): string {
  const parts = [`v=${SHARE_LINK_VERSION}`];
  const groups: Record<string, Fields | undefined> = {
    plan: plan as unknown as Fields,
    cluster: asFields(plan.cluster),
    vnet: asFields(plan.vnet),
  };
  const setKeys = (g: string): boolean =>
    TOP_KEYS.some((k) => k.group === g && groups[g]?.[k.field] !== undefined);
  // `cluster=` / `vnet=` with nothing after them: the object is there but sets nothing that has a key.
  const bareCluster = groups['cluster'] !== undefined && !setKeys('cluster');
  const bareVnet = groups['vnet'] !== undefined && !setKeys('vnet') && plan.vnet?.subnets === undefined;
  for (const key of TOP_KEYS) {
    const value = groups[key.group]?.[key.field];
    if (value !== undefined) parts.push(`${key.key}=${writeValue(key.spec, value, false)}`);
    else if ((key.key === 'cluster' && bareCluster) || (key.key === 'vnet' && bareVnet))
      parts.push(`${key.key}=`);
  }
  for (const kind of ROW_KINDS) {
    const rows = rowsOf(plan, kind);
    if (!Array.isArray(rows)) continue;
    // An empty list is `subnet=` / `net=`; no `pool` at all is already no pools.
    if (rows.length === 0 && kind.key !== 'pool') parts.push(`${kind.key}=`);
    for (const row of rows) parts.push(`${kind.key}=${writeRow(kind, asFields(row) ?? {})}`);
  }
  if (plan.notes !== undefined)
    parts.push(`${NOTES_KEY.key}=${writeValue(NOTES_KEY.spec, plan.notes, false)}`);
  return parts.join('&');
}

/**
 * The query of a share link as the planner writes it: encodePlan's parameters as version 1.1, with the
 * integrity mark `len=` last (link-mark.ts), so a link cut anywhere says so when it is opened.
 *
 * @example encodeShareLink({ schemaVersion: 1, nodePools: [{ name: 'system', count: 3 }] }) // 'v=1.1&pool=system~count:3&len=25'
 */
export function encodeShareLink(plan: PlanDocument): string {
  return markQuery(encodePlan(plan));
}
