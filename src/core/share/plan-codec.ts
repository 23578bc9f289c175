/**
 * Plan <-> share-link query, version 1. The grammar is documented in docs/share-links.md; the keys
 * are in share-grammar.ts, the escaping in share-text.ts. Pure: runs unchanged in Node.
 */
import type { Finding, PlanDocument } from '../types.ts';
import type { FieldSpec } from '../plan/plan-schema.ts';
import { parsePlanDocument } from '../plan/parse-plan-document.ts';
import type { RowKind, ShareKey } from './share-grammar.ts';
import {
  MAX_SHARE_QUERY_LENGTH,
  NOTES_KEY,
  ROW_KIND_BY_NAME,
  ROW_KINDS,
  SHARE_LINK_VERSION,
  TOP_KEY_BY_NAME,
  TOP_KEYS,
} from './share-grammar.ts';
import { quote, readText, readValue, ShareFindings } from './share-read.ts';
import { checkMark, MARKED_LINK_VERSION, markQuery, splitMark } from './link-mark.ts';
import {
  escapeText,
  IN_IPS_NAME,
  IN_ROW,
  IN_ROW_LIST,
  IN_ROW_NAME,
  IN_TOP,
  IN_TOP_LIST,
  unescapeText,
} from './share-text.ts';

export interface DecodedPlan {
  plan: PlanDocument;
  /** What was dropped or assumed, each with a SHARE_* (or PLAN_*) code and the parameter as `path`. */
  findings: Finding[];
  /** The link's `v`, or null when it has none that reads. */
  version: number | null;
}

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

/** The query's text: a leading `?` and a `#…` tail dropped, the length capped, line breaks dropped. */
function queryText(query: string, findings: ShareFindings): string {
  let text = query.startsWith('?') ? query.slice(1) : query;
  const hash = text.indexOf('#');
  if (hash >= 0) text = text.slice(0, hash);
  if (text.length > MAX_SHARE_QUERY_LENGTH) {
    const cut = text.lastIndexOf('&', MAX_SHARE_QUERY_LENGTH);
    const kept = cut < 0 ? '' : text.slice(0, cut);
    const length = text.length;
    findings.add(
      'SHARE_TOO_LONG',
      'error',
      undefined,
      () =>
        `This link is ${length.toLocaleString('en-US')} characters long; only the first ${MAX_SHARE_QUERY_LENGTH.toLocaleString('en-US')} are read, so ${(length - kept.length).toLocaleString('en-US')} characters at its end were left out. Share a plan this large as a plan file.`,
    );
    text = kept;
  }
  return text.replace(/[\t\n\r]/g, '');
}

/**
 * Calls `read` with the key and value (after the first `=`) of each non-empty `&`-separated
 * parameter, in order, until it returns true. One pass over the text, and no list of parameters: a
 * 500,000-character link may hold 70,000 of them.
 */
function eachParam(text: string, read: (key: string, value: string) => boolean | void): void {
  let start = 0;
  // The first `=` at or after `start`, found once for several parameters; -1 when there is none left.
  let eq = text.indexOf('=');
  while (start < text.length) {
    let end = text.indexOf('&', start);
    if (end < 0) end = text.length;
    if (end > start) {
      if (eq >= 0 && eq < start) eq = text.indexOf('=', start);
      const stop =
        eq >= 0 && eq < end
          ? read(text.slice(start, eq), text.slice(eq + 1, end))
          : read(text.slice(start, end), '');
      if (stop === true) return;
    }
    start = end + 1;
  }
}

const keyName = (raw: string): string => unescapeText(raw.length > 100 ? raw.slice(0, 100) : raw).trim();

/**
 * True when a query carries a plan link: it has `v` or any key of the grammar (keys are
 * case-insensitive). `?utm_source=x` is not a plan link.
 *
 * @example isPlanQuery('?v=1&pod=10.244.0.0/16') // true
 */
export function isPlanQuery(query: string): boolean {
  let found = false;
  eachParam(queryText(query, new ShareFindings()), (key) => {
    const name = keyName(key).toLowerCase();
    found = name === 'v' || TOP_KEY_BY_NAME.has(name) || ROW_KIND_BY_NAME.has(name);
    return found;
  });
  return found;
}

/** A row field as looked up by its key, with the bit that marks its plan field as seen in a row. */
interface RowField {
  key: ShareKey;
  bit: number;
}

interface RowFieldNames {
  /** By lower-case key (and `name`). */
  lower: ReadonlyMap<string, RowField>;
  /** By the key as the encoder writes it (`maxPods`): most links, looked up without lower-casing. */
  exact: ReadonlyMap<string, RowField>;
}

/** Per row kind, its fields by key: looked up once per row field, 10,000s of times in a big link. */
const ROW_FIELD_BY_NAME: ReadonlyMap<RowKind['key'], RowFieldNames> = new Map(
  ROW_KINDS.map((kind) => {
    const bits = new Map<string, number>();
    const bitOf = (field: string): number => {
      let bit = bits.get(field);
      if (bit === undefined) {
        bit = 2 ** bits.size;
        bits.set(field, bit);
      }
      return bit;
    };
    const lower = new Map<string, RowField>();
    const nameSpec = kind.spec.fields['name'];
    if (nameSpec !== undefined)
      lower.set('name', { key: { key: 'name', field: 'name', spec: nameSpec }, bit: bitOf('name') });
    for (const field of kind.fields) {
      const key = field.key.toLowerCase();
      if (!lower.has(key)) lower.set(key, { key: field, bit: bitOf(field.field) });
    }
    const exact = new Map<string, RowField>();
    for (const field of kind.fields) {
      const found = lower.get(field.key.toLowerCase());
      if (found !== undefined) exact.set(field.key, found);
    }
    return [kind.key, { lower, exact }];
  }),
);

class Decoder {
  readonly findings = new ShareFindings();
  readonly plan: Fields = {};
  cluster: Fields | undefined;
  vnet: Fields | undefined;
  readonly rows: Record<RowKind['key'], Fields[]> = { subnet: [], pool: [], net: [] };
  readonly emptyLists = new Set<RowKind['key']>();
  private readonly seen = new Set<string>();
  private readonly overflow: Record<RowKind['key'], number> = { subnet: 0, pool: 0, net: 0 };
  version: number | null = null;
  private versionSeen = false;

  private duplicate(path: string, value: string): void {
    this.findings.add(
      'SHARE_PARAM_DUPLICATE',
      'warning',
      path,
      () =>
        `${path} is given more than once; the first was used and ${path}=${quote(readText(value))} was left out.`,
    );
  }

  private unknown(path: string, value: string, where: string): void {
    this.findings.add(
      'SHARE_PARAM_UNKNOWN',
      'warning',
      path,
      () =>
        `${quote(path)}${value === '' ? '' : ` (value ${quote(readText(value))})`} is not ${where}; it was ignored. Check the spelling against docs/share-links.md.`,
    );
  }

  readParam(key: string, value: string): void {
    // A row key written as the encoder writes it (`pool`): keyName would return it unchanged.
    const row = ROW_KIND_BY_NAME.get(key);
    if (row !== undefined) return this.readRow(row, value);
    const written = keyName(key);
    const name = written.toLowerCase();
    if (name === 'v') return this.readVersion(value);
    const kind = ROW_KIND_BY_NAME.get(name);
    if (kind !== undefined) return this.readRow(kind, value);
    const top = TOP_KEY_BY_NAME.get(name);
    if (top === undefined) return this.unknown(written, value, 'a parameter of a plan link');
    if (this.seen.has(top.key)) return this.duplicate(top.key, value);
    this.seen.add(top.key);
    let target = this.plan;
    if (top.group === 'cluster') target = this.cluster ??= {};
    if (top.group === 'vnet') target = this.vnet ??= {};
    const result = readValue(top.spec, value, top.key, this.findings);
    if (result.set) target[top.field] = result.value;
  }

  private readVersion(value: string): void {
    if (this.versionSeen) return this.duplicate('v', value);
    this.versionSeen = true;
    const text = readText(value).trim();
    const version = /^\d{1,6}(\.\d{1,3})?$/.test(text) ? Number(text) : null;
    this.version = version;
    if (version !== SHARE_LINK_VERSION && version !== MARKED_LINK_VERSION) {
      this.findings.add(
        'SHARE_VERSION_UNSUPPORTED',
        'warning',
        'v',
        () =>
          `This link is version ${quote(text)}; this planner reads version ${SHARE_LINK_VERSION}. It was read as version ${SHARE_LINK_VERSION} where possible: check the values, or open it in a newer planner.`,
      );
    }
  }

  private readRow(kind: RowKind, value: string): void {
    const rows = this.rows[kind.key];
    if (kind.key === 'subnet') this.vnet ??= {};
    if (value === '' && kind.key !== 'pool') {
      this.emptyLists.add(kind.key);
      return;
    }
    if (rows.length >= (kind.list.maxItems ?? Number.MAX_SAFE_INTEGER)) {
      this.overflow[kind.key] += 1;
      return;
    }
    const path = `${kind.key}[${rows.length}]`;
    const row: Fields = {};
    const names = ROW_FIELD_BY_NAME.get(kind.key);
    // Plan fields already read in this row, one bit each (a row has fewer than 31 fields).
    let seen = 0;
    const segments = value.split('~');
    let start = 0;
    const first = segments[0] ?? '';
    const nameSpec = kind.spec.fields['name'];
    if (first !== '' && !first.includes(':') && nameSpec !== undefined) {
      const name = readValue(nameSpec, first, `${path}.name`, this.findings);
      if (name.set) row['name'] = name.value;
      seen |= names?.lower.get('name')?.bit ?? 0;
      start = 1;
    }
    for (let i = start; i < segments.length; i++) {
      const segment = segments[i] ?? '';
      if (segment === '') continue;
      const colon = segment.indexOf(':');
      if (colon < 0) {
        this.findings.add(
          'SHARE_PARAM_INVALID',
          'error',
          path,
          () => `${path}: ${quote(readText(segment))} is not key:value (e.g. count:3); it was left out.`,
        );
        continue;
      }
      const rawKey = segment.slice(0, colon);
      // A key written as the encoder writes it (`maxPods`) needs no unescaping, trimming or lower-casing.
      let found = names?.exact.get(rawKey);
      const written = found === undefined ? keyName(rawKey) : rawKey;
      found ??= names?.exact.get(written) ?? names?.lower.get(written.toLowerCase());
      if (found === undefined) {
        this.unknown(`${path}.${written}`, segment.slice(colon + 1), `a field of ${kind.key} rows`);
        continue;
      }
      const field = found.key;
      const fieldPath = `${path}.${field.key}`;
      if ((seen & found.bit) !== 0) {
        this.duplicate(fieldPath, segment.slice(colon + 1));
        continue;
      }
      seen |= found.bit;
      const result = readValue(field.spec, segment.slice(colon + 1), fieldPath, this.findings);
      if (result.set) row[field.field] = result.value;
    }
    for (const required of kind.required) {
      if (row[required] !== undefined) continue;
      const key = kind.fields.find((f) => f.field === required)?.key ?? required;
      row[required] = required === 'name' ? '' : [];
      this.findings.add(
        'SHARE_PARAM_INVALID',
        'error',
        `${path}.${key}`,
        () =>
          `${path} has no ${key === 'name' ? 'name' : `${key}:`}; it was read as ${required === 'name' ? 'an empty name' : 'none'}.`,
      );
    }
    rows.push(row);
  }

  result(): PlanDocument | Fields {
    if (!this.versionSeen) {
      this.findings.add(
        'SHARE_VERSION_MISSING',
        'info',
        'v',
        () => `This link has no v= version; it was read as version ${SHARE_LINK_VERSION}.`,
      );
    }
    for (const kind of ROW_KINDS) {
      const extra = this.overflow[kind.key];
      if (extra === 0) continue;
      const max = kind.list.maxItems ?? 0;
      this.findings.add(
        'SHARE_TOO_LONG',
        'error',
        kind.key,
        () =>
          `This link has ${(max + extra).toLocaleString('en-US')} ${kind.key} rows; at most ${max.toLocaleString('en-US')} are read, the last ${extra.toLocaleString('en-US')} were left out.`,
      );
    }
    const plan: Fields = { schemaVersion: 1, ...this.plan };
    if (this.cluster !== undefined) plan['cluster'] = this.cluster;
    if (this.vnet !== undefined) {
      if (this.rows.subnet.length > 0 || this.emptyLists.has('subnet'))
        this.vnet['subnets'] = this.rows.subnet;
      plan['vnet'] = this.vnet;
    }
    plan['nodePools'] = this.rows.pool;
    if (this.rows.net.length > 0 || this.emptyLists.has('net')) plan['connectedNetworks'] = this.rows.net;
    return plan;
  }
}

/**
 * Reads a share-link query (with or without `?`) into a plan. Never throws, on any string: what
 * reads is loaded, what does not is left out (so its default applies) and listed as a finding whose
 * `path` is the parameter (`pool[2].maxPods`). The result then goes through parsePlanDocument, so a
 * link is exactly as strict as a plan file. Links without `v` are read as version 1 (a note); a
 * newer `v` is read as version 1 where possible (a warning).
 *
 * @example decodePlan('v=1&pod=10.244.0.0/16&pool=system~count:3~maxPods:x&colour=blue')
 * // { plan: { schemaVersion: 1, cluster: { podCidrs: ['10.244.0.0/16'] }, nodePools: [{ name: 'system', count: 3 }] },
 * //   findings: [SHARE_PARAM_INVALID at pool[0].maxPods, SHARE_PARAM_UNKNOWN at colour], version: 1 }
 */
export function decodePlan(query: string): DecodedPlan {
  const decoder = new Decoder();
  const { body, mark } = splitMark(queryText(typeof query === 'string' ? query : '', decoder.findings));
  let lastParam = '';
  eachParam(body, (key, value) => {
    lastParam = value === '' ? key : `${key}=${value}`;
    decoder.readParam(key, value);
  });
  const raw = decoder.result();
  const parsed = parsePlanDocument(raw);
  const integrity = checkMark(decoder.version, body, mark, {
    pools: decoder.rows.pool.length,
    subnets: decoder.rows.subnet.length,
    networks: decoder.rows.net.length,
    lastParam,
  });
  return {
    plan: parsed.plan,
    findings: [...integrity, ...decoder.findings.list(), ...parsed.findings],
    version: decoder.version,
  };
}
