/**
 * Reads one raw link value against the plan parser's field spec (plan-schema.ts): the same types,
 * enum values, ranges and lengths as a plan file. What does not read is left out with a finding that
 * names the parameter (`pool[2].maxPods`) and the value. Never throws.
 */
import type { Finding, Severity } from '../types.ts';
import type { ShareCode } from '../rules/catalog/finding-codes.ts';
import type { FieldSpec } from '../plan/plan-schema.ts';
import { finding } from '../model/finding.ts';
import { EMPTY_TEXT, unescapeText } from './share-text.ts';

export type ReadResult = { set: true; value: unknown } | { set: false };

const UNSET: ReadResult = { set: false };

/** Findings of one decode, at most MAX_LISTED of them; the rest are counted in one closing finding. */
export class ShareFindings {
  static readonly MAX_LISTED = 50;
  readonly items: Finding[] = [];
  private unlisted = 0;

  /** `message` may be a function: it is then called only for a finding that is listed. */
  add(code: ShareCode, severity: Severity, path: string | undefined, message: string | (() => string)): void {
    if (this.items.length < ShareFindings.MAX_LISTED)
      this.items.push(
        finding(code, severity, 'share', path, typeof message === 'string' ? message : message()),
      );
    else this.unlisted += 1;
  }

  /** The findings, closed by SHARE_MORE_FINDINGS when some were not listed. */
  list(): Finding[] {
    if (this.unlisted === 0) return this.items;
    return [
      ...this.items,
      finding(
        'SHARE_MORE_FINDINGS',
        'warning',
        'share',
        undefined,
        `This link has ${this.unlisted.toLocaleString('en-US')} more problems that are not listed; fix the ones above first.`,
      ),
    ];
  }
}

/** A value for a message: quoted and cut at 40 characters. */
export function quote(text: string): string {
  const flat = text.replace(/[\r\n\t]/g, ' ');
  return `"${flat.length > 40 ? `${flat.slice(0, 40)}…` : flat}"`;
}

function expected(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'integer':
      return spec.max === undefined
        ? `a whole number ≥ ${spec.min}`
        : `a whole number ${spec.min}–${spec.max.toLocaleString('en-US')}`;
    case 'boolean':
      return 'true or false';
    default:
      return 'text';
  }
}

/** Text as written: `''` is the empty text, anything else is unescaped. */
export function readText(raw: string): string {
  return raw === EMPTY_TEXT ? '' : unescapeText(raw);
}

/** Per enum spec: its values by lower-case spelling (the first of equal spellings, as a search finds it). */
const ENUM_VALUES = new WeakMap<FieldSpec, ReadonlyMap<string, string>>();

/** The enum value written `text` in any case: the value as written, or else the one spelled the same in lower case. */
function enumValueOf(spec: Extract<FieldSpec, { kind: 'enum' }>, text: string): string | undefined {
  let byLower = ENUM_VALUES.get(spec);
  if (byLower === undefined) {
    const map = new Map<string, string>();
    for (const value of spec.values) if (!map.has(value.toLowerCase())) map.set(value.toLowerCase(), value);
    byLower = map;
    ENUM_VALUES.set(spec, byLower);
  }
  return byLower.get(text.toLowerCase());
}

/** A short value (enum, number, boolean): read from at most 200 characters, spaces around it dropped. */
function readShort(raw: string): string {
  return readText(raw.length > 200 ? raw.slice(0, 200) : raw).trim();
}

function invalid(findings: ShareFindings, spec: FieldSpec, path: string, value: string): ReadResult {
  findings.add(
    'SHARE_PARAM_INVALID',
    'error',
    path,
    () => `${path}: ${quote(value)} is not ${expected(spec)}. It was left out, so its default applies.`,
  );
  return UNSET;
}

function tooLong(findings: ShareFindings, path: string, length: string, max: number): ReadResult {
  findings.add(
    'SHARE_TOO_LONG',
    'error',
    path,
    () =>
      `${path} is ${length} characters long; at most ${max.toLocaleString('en-US')} are allowed. It was left out.`,
  );
  return UNSET;
}

/** The most characters one text character can take in a link (a 3-byte UTF-8 character: %XX%XX%XX). */
const MAX_ESCAPED_PER_CHAR = 9;

const PLAIN_DIGITS = /^\d{1,16}$/;

/** A whole number read from `text`, if it is in the spec's range (NaN: not a number). */
function integerResult(
  spec: Extract<FieldSpec, { kind: 'integer' }>,
  value: number,
  text: string,
  path: string,
  findings: ShareFindings,
): ReadResult {
  if (!(value >= spec.min && (spec.max === undefined || value <= spec.max))) {
    return invalid(findings, spec, path, text);
  }
  return { set: true, value };
}

/**
 * Reads a raw (still escaped) value. Empty means "not set", except for a list, where it is the empty
 * list; numbers, enum values and booleans may carry surrounding spaces; enum values and booleans
 * are read case-insensitively and written back in their canonical spelling.
 *
 * @example readValue({ kind: 'enum', values: ['Free', 'Standard'], description: '' }, 'free', 'tier', new ShareFindings()) // { set: true, value: 'Free' }
 */
export function readValue(spec: FieldSpec, raw: string, path: string, findings: ShareFindings): ReadResult {
  switch (spec.kind) {
    case 'string': {
      if (raw === '') return UNSET;
      const max = spec.maxLength;
      if (max !== undefined && raw.length > max * MAX_ESCAPED_PER_CHAR) {
        return tooLong(findings, path, `more than ${max.toLocaleString('en-US')}`, max);
      }
      const text = readText(raw);
      if (max !== undefined && text.length > max) {
        return tooLong(findings, path, text.length.toLocaleString('en-US'), max);
      }
      return { set: true, value: text };
    }
    case 'enum': {
      const text = readShort(raw);
      if (text === '') return UNSET;
      const match = enumValueOf(spec, text);
      return match === undefined ? invalid(findings, spec, path, text) : { set: true, value: match };
    }
    case 'integer': {
      // Plain digits, as the encoder writes them: no unescaping or trimming to do.
      if (PLAIN_DIGITS.test(raw)) return integerResult(spec, Number(raw), raw, path, findings);
      const text = readShort(raw);
      if (text === '') return UNSET;
      return integerResult(spec, PLAIN_DIGITS.test(text) ? Number(text) : Number.NaN, text, path, findings);
    }
    case 'boolean': {
      const text = readShort(raw).toLowerCase();
      if (text === '') return UNSET;
      if (text === 'true' || text === '1') return { set: true, value: true };
      if (text === 'false' || text === '0') return { set: true, value: false };
      return invalid(findings, spec, path, text);
    }
    case 'array':
      return readList(spec, raw, path, findings);
    default:
      return UNSET;
  }
}

function readList(
  spec: Extract<FieldSpec, { kind: 'array' }>,
  raw: string,
  path: string,
  findings: ShareFindings,
): ReadResult {
  if (raw === '') return { set: true, value: [] };
  const max = spec.maxItems ?? Number.MAX_SAFE_INTEGER;
  const parts = raw.split(',');
  // Made at its final size when short (a list grown by push reserves room for 16): a big link has 10,000s.
  const items = new Array<unknown>(Math.min(parts.length, max, 1_024));
  let kept = 0;
  let index = 0;
  for (const item of parts) {
    if (item === '') continue; // `a,,b` and a trailing comma: nothing there
    if (index >= max) {
      findings.add(
        'SHARE_TOO_LONG',
        'error',
        path,
        () =>
          `${path} has more than ${max.toLocaleString('en-US')} entries; the ones after the first ${max.toLocaleString('en-US')} were left out.`,
      );
      break;
    }
    const itemPath = `${path}[${index}]`;
    index += 1;
    const result =
      spec.items.kind === 'object'
        ? readCountItem(spec.items, item, itemPath, findings)
        : readValue(spec.items, item, itemPath, findings);
    if (result.set) items[kept++] = result.value;
  }
  if (kept < items.length) items.length = kept;
  return { set: true, value: items };
}

/** An other-IPs entry `name*count` (or just `count`). Without a count that reads, it is left out. */
function readCountItem(
  spec: Extract<FieldSpec, { kind: 'object' }>,
  raw: string,
  path: string,
  findings: ShareFindings,
): ReadResult {
  const star = raw.lastIndexOf('*');
  const nameRaw = star < 0 ? '' : raw.slice(0, star);
  const countRaw = star < 0 ? raw : raw.slice(star + 1);
  const countSpec = spec.fields['count'];
  const nameSpec = spec.fields['name'];
  if (countSpec === undefined || nameSpec === undefined) return UNSET;
  if (countRaw.trim() === '') {
    findings.add(
      'SHARE_PARAM_INVALID',
      'error',
      path,
      () =>
        `${path}: ${quote(readText(raw))} has no count (write name*count, e.g. load+balancers*6). It was left out.`,
    );
    return UNSET;
  }
  const count = readValue(countSpec, countRaw, path, findings);
  if (!count.set) return UNSET;
  const name = readValue(nameSpec, nameRaw, `${path}.name`, findings);
  return { set: true, value: name.set ? { name: name.value, count: count.value } : { count: count.value } };
}
