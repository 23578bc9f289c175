/** Reads a share link's parameters into a plan document, noting what it drops (plan-codec.ts). */
import type { PlanDocument } from '../types.ts';
import type { RowKind, ShareKey } from './share-grammar.ts';
import { ROW_KIND_BY_NAME, ROW_KINDS, SHARE_LINK_VERSION, TOP_KEY_BY_NAME } from './share-grammar.ts';
import { quote, readText, readValue, ShareFindings } from './share-read.ts';
import { MARKED_LINK_VERSION } from './link-mark.ts';
import { unescapeText } from './share-text.ts';

type Fields = Record<string, unknown>;

/** A parameter's key as written: unescaped, trimmed, and at most 100 characters read. */
export const keyName = (raw: string): string =>
  unescapeText(raw.length > 100 ? raw.slice(0, 100) : raw).trim();

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

export class Decoder {
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
