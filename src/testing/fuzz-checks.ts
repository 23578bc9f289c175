/**
 * The fuzzer (test-only code, no runtime use): generated share links, plan documents, raw strings and
 * Azure CLI outputs go through decodePlan, parsePlanDocument, importAzureJson and evaluatePlan, and
 * every call is checked. Shared by `npm run fuzz` (bench/fuzz.ts, 100,000 inputs of each kind) and
 * the smaller run in the unit tests (fuzz.test.ts). Pure: the clock is passed in.
 *
 * What is checked, for every call:
 * - it does not throw;
 * - it takes less than `limitMs` (a slow call is timed up to four times more and the fastest run
 *   counts, so a garbage-collector pause is not reported as a hang);
 * - every finding has a code matching /^[A-Z0-9_]+$/, a severity and a message, and no finding is
 *   INTERNAL_ERROR or AZURE_IMPORT_FAILED (what evaluatePlan and importAzureJson report when they
 *   catch a bug of their own);
 * - nothing is dropped silently: a plan document read without any finding is exactly its input;
 * - the plan each reader returns is stable: reading it again as a plan document changes nothing, and
 *   its share link opens the same plan (the address bar holds encodePlan of whatever was loaded).
 */
import fc from 'fast-check';
import type { Finding, PlanDocument } from '../core/types.ts';
import { evaluatePlan } from '../core/report/evaluate-plan.ts';
import { parsePlanDocument } from '../core/plan/parse-plan-document.ts';
import { decodePlan, encodePlan } from '../core/share/plan-codec.ts';
import { importAzureJson } from '../core/import/azure-import.ts';
import type { AzureImportBox, AzureImportInputs } from '../core/import/import-types.ts';
import { MAX_SHARE_QUERY_LENGTH, NOTES_KEY, ROW_KINDS, TOP_KEYS } from '../core/share/share-grammar.ts';
import { unescapeText } from '../core/share/share-text.ts';
import { arbitraryCidrText, arbitraryPlan } from './plan-arbitraries.ts';

export type FuzzCategory = 'shareLinks' | 'planDocuments' | 'rawStrings' | 'azureInputs';

export const FUZZ_CATEGORIES: readonly FuzzCategory[] = [
  'shareLinks',
  'planDocuments',
  'rawStrings',
  'azureInputs',
];

const CATEGORY_LABELS: Record<FuzzCategory, string> = {
  shareLinks: 'share links',
  planDocuments: 'plan documents',
  rawStrings: 'raw strings',
  azureInputs: 'azure inputs',
};

const CATEGORY_INPUT: Record<FuzzCategory, string> = {
  shareLinks: 'a share link',
  planDocuments: 'a plan document',
  rawStrings: 'a raw string',
  azureInputs: 'an Azure import',
};

/** Codes a reader reports when it caught an exception of its own: a bug, never a finding about the input. */
export const BUG_CODES: ReadonlySet<string> = new Set(['INTERNAL_ERROR', 'AZURE_IMPORT_FAILED']);

export const FINDING_CODE = /^[A-Z0-9_]+$/;

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

// ---------------------------------------------------------------------------------------------------
// Small helpers

/** JSON text of any value (bigints as text, no throw), for sizes and counterexamples. */
export function describeInput(value: unknown, indent?: number): string {
  if (typeof value === 'string') return value;
  try {
    return (
      JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? `${v.toString()}n` : v), indent) ??
      String(value)
    );
  } catch {
    try {
      return String(value);
    } catch {
      return Object.prototype.toString.call(value);
    }
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Lone surrogates cannot be written into a URL: encodePlan writes U+FFFD for them (as browsers do). */
const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\uFFFD');

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  // Never the prototypes themselves: editing them would change every object in the process.
  if (value === Object.prototype || value === Array.prototype) return false;
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Structural equality of JSON-like values (key order ignored, 0 equals -0, NaN equals NaN). With
 * `unicode: 'wellFormed'`, lone surrogates compare equal to U+FFFD.
 */
export function sameJson(a: unknown, b: unknown, unicode: 'exact' | 'wellFormed' = 'exact'): boolean {
  if (typeof a === 'string' && typeof b === 'string')
    return a === b || (unicode === 'wellFormed' && wellFormed(a) === wellFormed(b));
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (!(i in a) || !(i in b) || !sameJson(a[i], b[i], unicode)) return false;
    }
    return true;
  }
  if (!isPlainContainer(a) || !isPlainContainer(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordB = b as Record<string, unknown>;
  return keysA.every(
    (key) =>
      Object.prototype.hasOwnProperty.call(recordB, key) &&
      sameJson((a as Record<string, unknown>)[key], recordB[key], unicode),
  );
}

/** What is wrong with a list of findings (empty when nothing is). */
export function findingProblems(findings: unknown): string[] {
  if (!Array.isArray(findings)) return [`findings is not a list but ${describeInput(findings)}`];
  const problems: string[] = [];
  findings.forEach((item: unknown, index) => {
    if (typeof item !== 'object' || item === null) {
      problems.push(`finding ${index} is ${describeInput(item)}, not an object`);
      return;
    }
    const f = item as Partial<Record<keyof Finding, unknown>>;
    const code = f.code;
    if (typeof code !== 'string' || !FINDING_CODE.test(code))
      problems.push(`finding ${index} has no code matching ${String(FINDING_CODE)}: ${describeInput(code)}`);
    else if (BUG_CODES.has(code)) problems.push(`finding ${index} is ${code}: ${String(f.message)}`);
    if (!SEVERITIES.has(f.severity))
      problems.push(`finding ${index} (${String(code)}) has no severity: ${describeInput(f.severity)}`);
    if (typeof f.message !== 'string' || f.message.trim() === '')
      problems.push(`finding ${index} (${String(code)}) has no message`);
    if (f.path !== undefined && typeof f.path !== 'string')
      problems.push(`finding ${index} (${String(code)}) has a path that is not text`);
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Generators

/** One of `items` (by index: cheaper than fc.constantFrom for objects, which maps every value back for shrinking). */
const pick = <T>(items: readonly T[]): fc.Arbitrary<T> =>
  fc.nat({ max: Math.max(0, items.length - 1) }).map((i) => items[i] as T);

/** Pieces of link syntax, escapes (good, broken and overlong) and troublesome characters. */
const LINK_PIECES: readonly string[] = [
  '&',
  '=',
  '~',
  ':',
  ',',
  '*',
  '%',
  '%2',
  '%25',
  '%26',
  '%3D',
  '%7E',
  '%ZZ',
  '%E2%82',
  '%C3',
  '%C0%80',
  '%ED%A0%80',
  '%00',
  '%F0%9F%98%80',
  '%FF',
  '\u0000',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '#',
  '?',
  '+',
  ' ',
  '\n',
  '\r',
  '\t',
  "''",
  '🙂',
  'é',
  'v=1',
  'v=2',
  'v=999999999',
  'v=-1',
  'pool=',
  'subnet=',
  'net=',
  'cluster=',
  'vnet=',
  'pool=x~count:1',
  'subnet=s~cidr:10.0.0.0/24',
  '__proto__',
  'constructor',
  'toString',
  '=&=&',
  '~~~',
  '::',
  '1e309',
  '-1',
  '9007199254740993',
  '99999999999999999',
  'NaN',
  'Infinity',
  'true',
  '0x10',
  '10.0.0.0/8',
  'fd00::/8',
  '::',
];

const LINK_KEYS: readonly string[] = [
  'v',
  ...TOP_KEYS.map((k) => k.key),
  NOTES_KEY.key,
  ...ROW_KINDS.map((k) => k.key),
  'V',
  'POOL',
  'Title',
  'unknown',
  '__proto__',
  '',
];

const HUGE_LENGTHS = [1_000, 10_000, 100_000, 499_999, 500_001, 1_048_576] as const;

/** About one input in 200 gets one expensive edit (huge values, thousands of rows or items). */
const HEAVY_ODDS = 200;

type LinkEdit =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; param: number; times: number }
  | { op: 'replaceValue'; param: number; value: string }
  | { op: 'upperKeys' }
  | { op: 'escapeAll' }
  | { op: 'huge'; key: string; unit: string; length: number }
  | { op: 'manyRows'; key: string; rows: number };

const linkText = fc.string({ unit: fc.constantFrom(...LINK_PIECES), maxLength: 12 });

const linkEdit: fc.Arbitrary<LinkEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(linkText, fc.string({ unit: 'binary', maxLength: 8 })),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('duplicate' as const),
      param: fc.nat(),
      times: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 200 })),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('replaceValue' as const),
      param: fc.nat(),
      value: fc.oneof(linkText, arbitraryCidrText, fc.string({ unit: 'binary', maxLength: 20 })),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ op: 'upperKeys' as const }) },
  { weight: 1, arbitrary: fc.constant({ op: 'escapeAll' as const }) },
);

/** Expensive edits (a huge parameter, thousands of rows): rare, so 100,000 links still run in seconds. */
const heavyLinkEdit: fc.Arbitrary<LinkEdit> = fc.oneof(
  fc.record({
    op: fc.constant('huge' as const),
    key: fc.constantFrom(...LINK_KEYS),
    unit: fc.constantFrom('x', 'é', '%E2%82%AC', '%', '~', ',', '10.0.0.0/8,', 'a~count:1', '&', '&pool=p'),
    length: fc.constantFrom(...HUGE_LENGTHS),
  }),
  fc.record({
    op: fc.constant('manyRows' as const),
    key: fc.constantFrom('pool', 'subnet', 'net'),
    rows: fc.constantFrom(101, 1_000, 10_001),
  }),
);

/** One heavy edit in about `1 / (odds + 1)` of the inputs, none in the others. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>, odds: number): fc.Arbitrary<T[]> =>
  fc.oneof(
    { weight: odds, arbitrary: fc.constant<T[]>([]) },
    { weight: 1, arbitrary: arbitrary.map((x) => [x]) },
  );

function manyRows(key: string, rows: number): string {
  const row = (i: number): string => {
    if (key === 'pool') return `pool=p${i}~count:3~maxPods:30`;
    if (key === 'subnet') return `subnet=s${i}~cidr:10.${(i >> 8) & 255}.${i & 255}.0/24`;
    return `net=n${i}~kind:peering~cidr:172.${16 + ((i >> 8) & 15)}.${i & 255}.0/24`;
  };
  return Array.from({ length: rows }, (_, i) => row(i)).join('&');
}

function applyLinkEdit(link: string, edit: LinkEdit): string {
  const params = (): string[] => link.split('&');
  switch (edit.op) {
    case 'truncate':
      return link.slice(0, edit.at % (link.length + 1));
    case 'insert': {
      const at = edit.at % (link.length + 1);
      return link.slice(0, at) + edit.text + link.slice(at);
    }
    case 'delete': {
      const at = edit.at % (link.length + 1);
      return link.slice(0, at) + link.slice(at + edit.length);
    }
    case 'duplicate': {
      const list = params();
      const param = list[edit.param % list.length] ?? '';
      return [...list, ...Array.from({ length: edit.times }, () => param)].join('&');
    }
    case 'replaceValue': {
      const list = params();
      const index = edit.param % list.length;
      const param = list[index] ?? '';
      const eq = param.indexOf('=');
      list[index] = `${eq < 0 ? param : param.slice(0, eq)}=${edit.value}`;
      return list.join('&');
    }
    case 'upperKeys':
      return params()
        .map((p) => {
          const eq = p.indexOf('=');
          return eq < 0 ? p.toUpperCase() : p.slice(0, eq).toUpperCase() + p.slice(eq);
        })
        .join('&');
    case 'escapeAll':
      return encodeURIComponent(wellFormed(link));
    case 'huge':
      return `${link}&${edit.key}=${edit.unit.repeat(Math.ceil(edit.length / edit.unit.length))}`;
    case 'manyRows':
      return `${link}&${manyRows(edit.key, edit.rows)}`;
  }
}

/**
 * Share links: encodePlan of a generated plan, then mutated (truncated, characters inserted and
 * deleted, parameters duplicated or replaced, keys upper-cased, huge parameters, thousands of rows),
 * sometimes with a leading `?` or a `#` tail.
 */
export const arbitraryShareLink: fc.Arbitrary<string> = fc
  .tuple(
    arbitraryPlan,
    fc.oneof(
      { weight: 1, arbitrary: fc.constant<LinkEdit[]>([]) },
      { weight: 6, arbitrary: fc.array(linkEdit, { minLength: 1, maxLength: 4 }) },
    ),
    rarely(heavyLinkEdit, HEAVY_ODDS),
    fc.constantFrom('', '', '', '?', '??', '#', '?v=1&'),
    fc.constantFrom('', '', '', '#top', '&', '&&', '#&pool=x'),
  )
  .map(
    ([plan, edits, heavy, prefix, suffix]) =>
      prefix +
      [...edits, ...heavy].reduce((link, edit) => applyLinkEdit(link, edit), encodePlan(plan)) +
      suffix,
  );

/** Keys worth writing: plan fields, Azure CLI fields, and keys that are dangerous in JavaScript. */
const INTERESTING_KEYS: readonly string[] = [
  'schemaVersion',
  'title',
  'notes',
  'cluster',
  'vnet',
  'nodePools',
  'connectedNetworks',
  'subnets',
  'addressPrefixes',
  'addressSpace',
  'podCidrs',
  'serviceCidrs',
  'dnsServiceIp',
  'ipFamilies',
  'name',
  'count',
  'maxPods',
  'maxSurge',
  'minCount',
  'maxCount',
  'otherIps',
  'purpose',
  'networkPlugin',
  'networkProfile',
  'networkPluginMode',
  'agentPoolProfiles',
  'podCidr',
  'serviceCidr',
  'vnetSubnetId',
  'podSubnetId',
  'addressPrefix',
  'ipConfigurations',
  'virtualNetworkPeerings',
  'remoteAddressSpace',
  'properties',
  'upgradeSettings',
  'apiServerAccessProfile',
  'subnetId',
  'delegations',
  'id',
  'type',
  'sku',
  'tier',
  'kubernetesVersion',
  'virtualMachinesProfile',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'length',
  '0',
  '',
];

const INTERESTING_VALUES: readonly unknown[] = [
  null,
  '',
  0,
  -1,
  1,
  2 ** 31,
  2 ** 53 + 1,
  1e308,
  -0,
  0.5,
  true,
  '3',
  'null',
  '10.0.0.0/8',
  '10.224.0.0/12',
  '10.0.0.0/33',
  'fd00::/8',
  '::/0',
  '0.0.0.0/0',
  '1.2.3.4',
  '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/a',
  '/subscriptions/s/resourcegroups/RG/providers/microsoft.network/virtualnetworks/v/subnets/',
  'overlay',
  'azure',
  'kubenet',
  'none',
  'Standard',
  'Paid',
  '33%',
  '0%',
  'x'.repeat(81),
  [],
  {},
  [null],
  [{}],
  { name: 'a' },
  { name: 'a', addressPrefixes: ['10.0.0.0/24'] },
];

const keyArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INTERESTING_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** JSON values only (plus undefined and NaN, which a JavaScript caller could pass). */
const jsonishValue = fc.oneof(
  { weight: 3, arbitrary: pick(INTERESTING_VALUES) },
  { weight: 1, arbitrary: arbitraryCidrText },
  {
    weight: 3,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      key: keyArbitrary,
      withNullPrototype: true,
      withUnicodeString: true,
    }),
  },
);

/** Any JavaScript value: boxed values, Maps, Sets, Dates, typed and sparse arrays, bigints. */
const exoticValue = fc.oneof(
  { weight: 3, arbitrary: jsonishValue },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      key: keyArbitrary,
      withNullPrototype: true,
      withUnicodeString: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      // No sparse arrays: their length may be 2³¹ (JSON never holds one; stringifying it crashes V8).
      withObjectString: true,
    }),
  },
);

interface JsonEdit {
  op: 'set' | 'delete' | 'hugeArray' | 'hugeString' | 'wrap' | 'duplicateItems' | 'setRoot';
  node: number;
  pick: number;
  key: string;
  value: unknown;
  size: number;
}

const jsonEdit = (value: fc.Arbitrary<unknown>): fc.Arbitrary<JsonEdit> =>
  fc.record({
    op: fc.oneof(
      { weight: 8, arbitrary: fc.constant('set' as const) },
      { weight: 5, arbitrary: fc.constant('delete' as const) },
      { weight: 2, arbitrary: fc.constant('wrap' as const) },
      { weight: 2, arbitrary: fc.constant('duplicateItems' as const) },
      { weight: 1, arbitrary: fc.constant('setRoot' as const) },
    ),
    node: fc.nat(),
    pick: fc.nat(),
    key: keyArbitrary,
    value,
    size: fc.integer({ min: 1, max: 120 }),
  });

/** Expensive edits: a list of up to 100,000 items, a string of up to 1 MB, an item repeated 10,001 times. */
const heavyJsonEdit: fc.Arbitrary<JsonEdit> = fc.record({
  op: fc.constantFrom('hugeArray' as const, 'hugeString' as const, 'duplicateItems' as const),
  node: fc.nat(),
  pick: fc.nat(),
  key: keyArbitrary,
  value: pick<unknown>([null, 1, 'x', '10.0.0.0/24', { name: 'a' }, [], {}]),
  size: fc.constantFrom(101, 1_001, 10_001, 100_000, 1_048_576),
});

type Container = Record<string, unknown> | unknown[];

/** Where a container sits: the keys from the root down to it. */
interface Place {
  node: Container;
  path: (string | number)[];
}

/** The plain objects and arrays of a value (not inside Maps, Dates and the like), root first, with their paths. */
function places(root: unknown): Place[] {
  const out: Place[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (!isPlainContainer(value) || seen.has(value) || out.length > 2_000) return;
    seen.add(value);
    out.push({ node: value, path });
    if (Array.isArray(value)) value.forEach((child, i) => visit(child, [...path, i]));
    else for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  visit(root, []);
  return out;
}

/** A copy of one container (own properties as they are, `__proto__` keys and null prototypes included). */
function shallowCopy(node: Container): Container {
  if (Array.isArray(node)) return node.slice();
  return Object.create(
    Object.getPrototypeOf(node) as object | null,
    Object.getOwnPropertyDescriptors(node),
  ) as Container;
}

/**
 * Copy on write: a new root whose containers on `path` are fresh copies, everything else shared with
 * the old one, and the copy at the end of the path. The recorded outputs the inputs start from are
 * never changed, and are never copied whole (they are up to 80 KB).
 */
function copyPath(root: Container, path: readonly (string | number)[]): { root: Container; node: Container } {
  const top = shallowCopy(root);
  let node = top;
  for (const key of path) {
    const child = shallowCopy((node as Record<string | number, unknown>)[key] as Container);
    setOwn(node, key, child);
    node = child;
  }
  return { root: top, node };
}

/** Sets an own property, also for `__proto__` (which plain assignment would turn into a prototype change). */
function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

// Nothing that exists is changed in place (copyPath), so values may be shared: constants stay constant.
function applyJsonEdit(root: unknown, edit: JsonEdit): unknown {
  if (edit.op === 'setRoot') return edit.value;
  const all = places(root);
  const place = all[edit.node % Math.max(1, all.length)];
  if (place === undefined || !isPlainContainer(root)) return edit.value;
  const { root: edited, node } = copyPath(root, place.path);
  const keys = Array.isArray(node) ? [] : Object.keys(node);
  // Objects: an existing key half of the time, else the edit's key. Arrays: an index, or one past the end.
  const key: string | number = Array.isArray(node)
    ? edit.pick % (node.length + 1)
    : keys.length > 0 && edit.pick % 2 === 0
      ? (keys[edit.pick % keys.length] ?? edit.key)
      : edit.key;
  // Own values only: node['__proto__'] would hand out Object.prototype for the next edit to change.
  const current: unknown = Object.prototype.hasOwnProperty.call(node, key)
    ? (node as Record<string | number, unknown>)[key]
    : undefined;
  switch (edit.op) {
    case 'set':
      setOwn(node, key, edit.value);
      break;
    case 'delete':
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[String(key)];
      break;
    case 'wrap':
      setOwn(node, key, edit.pick % 3 === 0 ? { value: current } : [current]);
      break;
    case 'duplicateItems':
      if (Array.isArray(node) && node.length > 0) {
        const item: unknown = node[edit.pick % node.length];
        const times = Math.min(edit.size, 10_001);
        for (let i = 0; i < times; i++) node.push(item);
      } else setOwn(node, key, [current, current]);
      break;
    case 'hugeArray':
      setOwn(
        node,
        key,
        Array.from({ length: Math.min(edit.size, 100_000) }, () => edit.value),
      );
      break;
    case 'hugeString':
      setOwn(node, key, (edit.pick % 2 === 0 ? 'x' : '🙂').repeat(edit.size));
      break;
  }
  return edited;
}

/** JSON text as a person might paste it: whole, indented, truncated, with a BOM or a CLI warning line first. */
type TextForm = 'object' | 'text' | 'indented' | 'truncated' | 'bom' | 'warningLine';

function asTextForm(value: unknown, form: TextForm, cut: number): unknown {
  if (form === 'object') return value;
  const json = describeInput(value, form === 'indented' ? 2 : undefined);
  switch (form) {
    case 'truncated':
      return json.slice(0, cut % (json.length + 1));
    case 'bom':
      return `\uFEFF  ${json}\n`;
    case 'warningLine':
      return `WARNING: This command is in preview.\n${json}`;
    default:
      return json;
  }
}

const textForm = fc.constantFrom<TextForm>(
  'object',
  'object',
  'text',
  'indented',
  'truncated',
  'bom',
  'warningLine',
);

/** The largest JSON input a heavy edit may make (a 10,001-fold copy of a 5 KB subnet would be 50 MB). */
export const MAX_JSON_INPUT = 2_500_000;

/** A copy of `base` with the edits applied; a heavy edit that would make it larger than MAX_JSON_INPUT is skipped. */
function editJson(base: unknown, edits: readonly JsonEdit[], heavy: readonly JsonEdit[]): unknown {
  // Edits copy what they change (copyPath), so neither `base` nor `edited` is ever changed in place.
  const edited = edits.reduce((doc, edit) => applyJsonEdit(doc, edit), base);
  if (heavy.length === 0) return edited;
  const withHeavy = heavy.reduce((doc, edit) => applyJsonEdit(doc, edit), edited);
  return describeInput(withHeavy).length <= MAX_JSON_INPUT ? withHeavy : edited;
}

/** Plan documents: generated plans with values, keys and whole subtrees replaced by anything JSON can hold. */
export const arbitraryPlanDocumentInput: fc.Arbitrary<unknown> = fc
  .tuple(
    arbitraryPlan,
    fc.array(jsonEdit(jsonishValue), { minLength: 0, maxLength: 4 }),
    rarely(heavyJsonEdit, HEAVY_ODDS),
    fc.constantFrom<TextForm>('object', 'object', 'object', 'text', 'indented', 'truncated', 'bom'),
    fc.nat(),
  )
  .map(([plan, edits, heavy, form, cut]) => asTextForm(editJson(plan, edits, heavy), form, cut));

const JSON_PIECES = [
  '{',
  '}',
  '[',
  ']',
  '"',
  ':',
  ',',
  '0',
  '1',
  '-',
  'e',
  '.',
  'null',
  'true',
  '\\',
  '\\u',
  'a',
  ' ',
];

/** Raw strings: any UTF-16 (lone surrogates too), any Unicode, link syntax, JSON and near-JSON, deep nesting. */
export const arbitraryRawString: fc.Arbitrary<string> = fc.oneof(
  { weight: 60, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 40, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 60, arbitrary: fc.string({ unit: fc.constantFrom(...LINK_PIECES), maxLength: 60 }) },
  { weight: 40, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 40, arbitrary: fc.string({ unit: fc.constantFrom(...JSON_PIECES), maxLength: 80 }) },
  {
    weight: 2,
    arbitrary: fc
      .record({
        depth: fc.constantFrom(10, 1_000, 10_000, 100_000),
        open: fc.constantFrom('[', '{"a":', '{"nodePools":', '{"vnet":{"subnets":', '{"agentPoolProfiles":'),
        closed: fc.boolean(),
      })
      .map(({ depth, open, closed }) => {
        const close = open === '[' ? ']' : open === '{"vnet":{"subnets":' ? '}}' : '}';
        return open.repeat(depth) + (closed ? `1${close.repeat(depth)}` : '');
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1_000, maxLength: 20_000 }) },
);

const BOXES: readonly AzureImportBox[] = ['vnetShow', 'aksShow', 'nodepoolList'];

/** A recorded `az … -o json` output, and the box it belongs in. */
export interface AzureSeed {
  box: AzureImportBox;
  name: string;
  value: unknown;
}

/**
 * Seeds from fixture texts named after their command (`vnetShowOverlaySpoke`, `aks-show-kubenet.json`,
 * `aksNodepoolListOverlay`); names that match no command are skipped.
 */
export function azureSeedsFrom(texts: Record<string, string>): AzureSeed[] {
  const seeds: AzureSeed[] = [];
  for (const [name, text] of Object.entries(texts)) {
    const plain = name.replace(/[^a-z]/gi, '').toLowerCase();
    const box: AzureImportBox | undefined = plain.startsWith('vnetshow')
      ? 'vnetShow'
      : plain.startsWith('aksshow')
        ? 'aksShow'
        : plain.startsWith('aksnodepoollist')
          ? 'nodepoolList'
          : undefined;
    if (box !== undefined) seeds.push({ box, name, value: JSON.parse(text) as unknown });
  }
  return seeds;
}

/** Azure imports: recorded CLI outputs (in their box, or another) edited with anything JavaScript can hold, as objects or text. */
export function arbitraryAzureInputs(seeds: readonly AzureSeed[]): fc.Arbitrary<AzureImportInputs> {
  const anySeed: fc.Arbitrary<unknown> = seeds.length > 0 ? pick(seeds.map((s) => s.value)) : fc.constant({});
  const boxInput = (box: AzureImportBox): fc.Arbitrary<unknown> => {
    const own = seeds.filter((s) => s.box === box).map((s) => s.value);
    const base: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 6, arbitrary: own.length > 0 ? pick(own) : anySeed },
      { weight: 1, arbitrary: anySeed },
      { weight: 1, arbitrary: exoticValue },
    );
    return fc
      .tuple(
        base,
        fc.array(jsonEdit(exoticValue), { maxLength: 5 }),
        rarely(heavyJsonEdit, HEAVY_ODDS * 3),
        textForm,
        fc.nat(),
      )
      .map(([seed, edits, heavy, form, cut]) => asTextForm(editJson(seed, edits, heavy), form, cut));
  };
  return fc.record(
    { vnetShow: boxInput('vnetShow'), aksShow: boxInput('aksShow'), nodepoolList: boxInput('nodepoolList') },
    { requiredKeys: [] },
  );
}

// ---------------------------------------------------------------------------------------------------
// Running and checking

export interface FuzzOptions {
  /** Inputs per category. */
  runs: Record<FuzzCategory, number>;
  seed: number;
  /** A clock in milliseconds (performance.now). */
  now: () => number;
  /** A call slower than this (on its fastest of up to five runs, see RETIMES) is a violation. */
  limitMs?: number;
  /** Recorded Azure CLI outputs to mutate (see azureSeedsFrom). */
  azureSeeds: readonly AzureSeed[];
  /** Counterexamples kept per category (violations are all counted). */
  keepViolations?: number;
  /** Called after each category. */
  onCategory?: (category: FuzzCategory, ms: number) => void;
  /**
   * Collects garbage (node --expose-gc: globalThis.gc), called before a slow call is timed again: a
   * pause for the garbage of earlier calls is not this input's time. Make it a minor collection
   * (`gc({ type: 'minor' })`): a full one also shrinks the young generation, and a call that makes
   * megabytes of objects (a 10,000-pool plan) then runs 3-4 times slower than it does in use.
   */
  collectGarbage?: () => void;
  /** Run the readers on the largest inputs before timing anything (default true). */
  warmUp?: boolean;
}

export type ViolationKind = 'throw' | 'slow' | 'finding' | 'bugCode' | 'silentDrop' | 'unstable';

export interface FuzzViolation {
  kind: ViolationKind;
  category: FuzzCategory;
  /** The category's seed and the run (replay: fc.sample(fuzzArbitrary(category, seeds), { seed, path: String(run) })). */
  seed: number;
  run: number;
  call: string;
  problem: string;
  inputSize: number;
  /** The input, cut to 600 characters. */
  input: string;
}

export interface SlowestCall {
  ms: number;
  call: string;
  category: FuzzCategory;
  inputSize: number;
}

export interface FuzzSummary {
  runs: Record<FuzzCategory, number>;
  seed: number;
  limitMs: number;
  counts: Record<ViolationKind, number>;
  violations: FuzzViolation[];
  slowest: SlowestCall | null;
  /** Calls over the limit on their first run that were fast when timed again (pauses, not hangs). */
  retimed: number;
  calls: number;
}

/** The arbitrary each category draws from. */
export function fuzzArbitrary(category: FuzzCategory, seeds: readonly AzureSeed[]): fc.Arbitrary<unknown> {
  switch (category) {
    case 'shareLinks':
      return arbitraryShareLink;
    case 'planDocuments':
      return arbitraryPlanDocumentInput;
    case 'rawStrings':
      return fc.record({ text: arbitraryRawString, box: fc.constantFrom(...BOXES) });
    case 'azureInputs':
      return arbitraryAzureInputs(seeds);
  }
}

const isPlanEmpty = (plan: PlanDocument): boolean =>
  Object.keys(plan).every((k) => k === 'schemaVersion' || k === 'nodePools') && plan.nodePools.length === 0;

/**
 * How often a call over its limit is timed again. Two worker processes share the 2 cores with their
 * own garbage collector and compiler threads, so a 15 ms call on a 10,000-row link can take 50 ms
 * three times in a row right after a burst of small inputs changed what the engine had compiled; a
 * hang (the quadratic cases took seconds) is slow every time.
 */
export const RETIMES = 4;

class FuzzRun {
  readonly counts: Record<ViolationKind, number> = {
    throw: 0,
    slow: 0,
    finding: 0,
    bugCode: 0,
    silentDrop: 0,
    unstable: 0,
  };
  readonly violations: FuzzViolation[] = [];
  slowest: SlowestCall | null = null;
  retimed = 0;
  calls = 0;
  private category: FuzzCategory = 'shareLinks';
  private seed = 0;
  private run = 0;
  private input: unknown = undefined;
  private inputSizeCache: number | undefined;
  private readonly keptPerCategory = new Map<FuzzCategory, number>();

  constructor(
    private readonly now: () => number,
    private readonly limitMs: number,
    private readonly keep: number,
    private readonly collectGarbage: (() => void) | undefined,
  ) {}

  start(category: FuzzCategory, seed: number, run: number, input: unknown): void {
    this.category = category;
    this.seed = seed;
    this.run = run;
    this.input = input;
    this.inputSizeCache = undefined;
  }

  private inputSize(): number {
    this.inputSizeCache ??= describeInput(this.input).length;
    return this.inputSizeCache;
  }

  violation(kind: ViolationKind, call: string, problem: string): void {
    this.counts[kind] += 1;
    const kept = this.keptPerCategory.get(this.category) ?? 0;
    if (kept >= this.keep) return;
    this.keptPerCategory.set(this.category, kept + 1);
    const text = describeInput(this.input);
    this.violations.push({
      kind,
      category: this.category,
      seed: this.seed,
      run: this.run,
      call,
      problem,
      inputSize: text.length,
      input: text.length > 600 ? `${text.slice(0, 600)}… (${text.length} characters)` : text,
    });
  }

  /**
   * The time a call on an input of `size` characters may take: `limitMs`, and for inputs above
   * LIMIT_SIZE characters (the longest link the decoder reads) that much per LIMIT_SIZE characters:
   * a 2 MB plan file only has to be read as fast as four maximal links.
   */
  limitFor(size: number): number {
    return this.limitMs * Math.max(1, size / LIMIT_SIZE);
  }

  /** Runs `fn`, timed; a throw or a slow call is a violation. Undefined when it threw. */
  call<T>(name: string, fn: () => T): T | undefined {
    this.calls += 1;
    let result: T;
    const start = this.now();
    try {
      result = fn();
    } catch (error) {
      this.violation(
        'throw',
        name,
        `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)}`,
      );
      return undefined;
    }
    let ms = this.now() - start;
    if (ms > this.limitMs) {
      const limit = this.limitFor(this.inputSize());
      // Timed again, up to RETIMES times; the fastest run counts (a GC pause or a JIT deopt is not a hang).
      for (let i = 0; i < RETIMES && ms > limit; i++) {
        this.collectGarbage?.();
        const again = this.now();
        try {
          fn();
        } catch {
          // It threw the first time too, or never: reported above.
        }
        ms = Math.min(ms, this.now() - again);
      }
      if (ms > limit)
        this.violation('slow', name, `took ${ms.toFixed(1)} ms (limit ${limit.toFixed(0)} ms for its size)`);
      else this.retimed += 1;
    }
    if (this.slowest === null || ms > this.slowest.ms)
      this.slowest = { ms, call: name, category: this.category, inputSize: this.inputSize() };
    return result;
  }

  checkFindings(call: string, findings: unknown): void {
    for (const problem of findingProblems(findings)) {
      this.violation(
        /INTERNAL_ERROR|AZURE_IMPORT_FAILED/.test(problem) ? 'bugCode' : 'finding',
        call,
        problem,
      );
    }
  }

  /** evaluatePlan on a plan a reader returned. */
  evaluate(source: string, plan: PlanDocument): void {
    const call = `evaluatePlan(${source})`;
    const report = this.call(call, () => evaluatePlan(plan));
    if (report === undefined) return;
    this.checkFindings(call, report.findings);
    if (report.valid !== !report.findings.some((f) => f.severity === 'error'))
      this.violation('finding', call, `valid is ${String(report.valid)} but the findings say otherwise`);
  }

  /**
   * A plan a reader returned is stable: as a plan document it reads unchanged (only required fields
   * that were dropped are reported again), and when it reads cleanly its share link opens the same plan.
   */
  checkStable(source: string, plan: PlanDocument): void {
    const again = this.call(`parsePlanDocument(${source} result)`, () => parsePlanDocument(plan));
    if (again === undefined) return;
    const other = again.findings.filter((f) => f.code !== 'PLAN_MISSING_FIELD');
    if (other.length > 0 || !sameJson(again.plan, plan)) {
      this.violation(
        'unstable',
        `parsePlanDocument(${source} result)`,
        `reading the result again gives ${other.map((f) => `${f.code} at ${f.path ?? '-'}`).join(', ') || 'a different plan'}: ${describeInput(plan).slice(0, 400)}`,
      );
      return;
    }
    if (again.findings.length > 0) return;
    const link = this.call(`encodePlan(${source} result)`, () => encodePlan(plan));
    // A plan file may be larger than a link can carry (the app then says SHARE_TOO_LONG).
    if (link === undefined || link.length > MAX_SHARE_QUERY_LENGTH) return;
    const reopened = this.call(`decodePlan(encodePlan(${source} result))`, () => decodePlan(link));
    if (reopened === undefined) return;
    if (reopened.findings.length > 0 || !sameJson(reopened.plan, plan, 'wellFormed')) {
      this.violation(
        'unstable',
        `decodePlan(encodePlan(${source} result))`,
        `the result's share link ${link.slice(0, 300)} opens ${reopened.findings.length > 0 ? reopened.findings.map((f) => f.code).join(', ') : describeInput(reopened.plan).slice(0, 300)}`,
      );
    }
  }

  shareLink(link: string): void {
    const decoded = this.call('decodePlan', () => decodePlan(link));
    if (decoded === undefined) return;
    this.checkFindings('decodePlan', decoded.findings);
    // A link with a parameter other than v=1 that reads as an empty plan must say why.
    // (An empty value means "not set" in the grammar: `title=` sets nothing and needs no finding.)
    const params = (link.replace(/^\?+/, '').split('#')[0] ?? '').split('&');
    const meaningful = params.some((p) => {
      const eq = p.indexOf('=');
      if (eq < 0 || p.slice(eq + 1).trim() === '') return false;
      // `v` (however it is spelled: ` v`, `+v`, `%76`) is the version, not plan content.
      return (
        unescapeText(p.slice(0, eq).replace(/[\t\n\r]/g, ''))
          .trim()
          .toLowerCase() !== 'v'
      );
    });
    if (meaningful && isPlanEmpty(decoded.plan) && decoded.findings.length === 0)
      this.violation('silentDrop', 'decodePlan', 'the link read as an empty plan with no finding');
    this.checkStable('decodePlan', decoded.plan);
    this.evaluate('decodePlan', decoded.plan);
  }

  planDocument(input: unknown): void {
    const parsed = this.call('parsePlanDocument', () => parsePlanDocument(input));
    if (parsed === undefined) return;
    this.checkFindings('parsePlanDocument', parsed.findings);
    if (parsed.findings.length === 0) {
      // Read without a finding: nothing may have been dropped or changed (a top-level $schema is ignored).
      let source: unknown = input;
      if (typeof input === 'string') {
        try {
          // A leading UTF-8 byte order mark is accepted, as every reader of plan files does (issue 13).
          source = JSON.parse(input.startsWith('\uFEFF') ? input.slice(1) : input) as unknown;
        } catch {
          this.violation(
            'silentDrop',
            'parsePlanDocument',
            'text that is not JSON was read without a finding',
          );
          return;
        }
      }
      const expected = isPlainContainer(source) && !Array.isArray(source) ? { ...source } : source;
      if (isPlainContainer(expected) && !Array.isArray(expected)) delete expected['$schema'];
      if (!sameJson(parsed.plan, expected))
        this.violation(
          'silentDrop',
          'parsePlanDocument',
          `read without a finding, but the plan differs from the input: ${describeInput(parsed.plan).slice(0, 400)}`,
        );
    }
    this.checkStable('parsePlanDocument', parsed.plan);
    this.evaluate('parsePlanDocument', parsed.plan);
  }

  azureInputs(inputs: AzureImportInputs): void {
    const result = this.call('importAzureJson', () => importAzureJson(inputs));
    if (result === undefined) return;
    this.checkFindings('importAzureJson', result.findings);
    const given = BOXES.filter((box) => {
      const value: unknown = inputs[box];
      return (
        value !== undefined &&
        value !== null &&
        !(typeof value === 'string' && value.replace(/^\uFEFF/, '').trim() === '')
      );
    });
    // Each box that holds something is either read (AZURE_IMPORT_READ) or rejected with a finding about it.
    for (const box of given) {
      if (
        !result.findings.some(
          (f) => f.path === box || f.path?.startsWith(`${box}.`) || f.path?.startsWith(`${box}[`),
        )
      )
        this.violation('silentDrop', 'importAzureJson', `${box} holds input but no finding is about it`);
    }
    this.checkStable('importAzureJson', result.plan);
    this.evaluate('importAzureJson', result.plan);
  }

  rawString(text: string, box: AzureImportBox): void {
    this.shareLink(text);
    this.planDocument(text);
    this.azureInputs({ [box]: text });
  }
}

/**
 * Runs every reader on the largest inputs a few times, untimed, so that the timed calls measure the
 * code as it runs once the engine has compiled it (the first 10,000-row link otherwise pays for it).
 */
function warmUp(): void {
  for (let round = 0; round < 3; round++) {
    for (const key of ['pool', 'subnet', 'net']) {
      const decoded = decodePlan(`v=1&${manyRows(key, 10_000)}`);
      evaluatePlan(decoded.plan);
      parsePlanDocument(JSON.stringify(decoded.plan));
      decodePlan(encodePlan(decoded.plan));
    }
  }
}

/** Runs every category; never throws (what goes wrong is in the summary). */
export function runFuzz(options: FuzzOptions): FuzzSummary {
  const limitMs = options.limitMs ?? 50;
  const fuzz = new FuzzRun(options.now, limitMs, options.keepViolations ?? 5, options.collectGarbage);
  if (options.warmUp !== false) warmUp();
  FUZZ_CATEGORIES.forEach((category, index) => {
    const numRuns = options.runs[category];
    if (numRuns <= 0) return;
    const started = options.now();
    const seed = options.seed + index;
    let run = 0;
    const check = (input: unknown): void => {
      fuzz.start(category, seed, run, input);
      run += 1;
      switch (category) {
        case 'shareLinks':
          fuzz.shareLink(input as string);
          break;
        case 'planDocuments':
          fuzz.planDocument(input);
          break;
        case 'rawStrings': {
          const { text, box } = input as { text: string; box: AzureImportBox };
          fuzz.rawString(text, box);
          break;
        }
        case 'azureInputs':
          fuzz.azureInputs(input as AzureImportInputs);
          break;
      }
    };
    // The predicate never fails (violations are counted, not thrown), so fast-check runs every input
    // and never shrinks; a run is replayed with { seed, path: String(run) }.
    fc.check(
      fc.property(fuzzArbitrary(category, options.azureSeeds), (input) => {
        check(input);
        return true;
      }),
      { numRuns, seed },
    );
    options.onCategory?.(category, options.now() - started);
  });
  return {
    runs: options.runs,
    seed: options.seed,
    limitMs,
    counts: fuzz.counts,
    violations: fuzz.violations,
    slowest: fuzz.slowest,
    retimed: fuzz.retimed,
    calls: fuzz.calls,
  };
}

/** One summary of several runs (e.g. one per process): counts added up, the slowest call of all. */
export function mergeFuzzSummaries(summaries: readonly FuzzSummary[]): FuzzSummary {
  const first = summaries[0];
  if (first === undefined) throw new Error('mergeFuzzSummaries: nothing to merge');
  const runs = { ...first.runs };
  const counts = { ...first.counts };
  let { slowest, retimed, calls } = first;
  const violations = [...first.violations];
  for (const other of summaries.slice(1)) {
    for (const c of FUZZ_CATEGORIES) runs[c] += other.runs[c];
    for (const k of Object.keys(counts) as ViolationKind[]) counts[k] += other.counts[k];
    if (other.slowest !== null && (slowest === null || other.slowest.ms > slowest.ms))
      slowest = other.slowest;
    retimed += other.retimed;
    calls += other.calls;
    violations.push(...other.violations);
  }
  return { ...first, runs, counts, slowest, retimed, calls, violations };
}

/** Inputs up to this many characters (MAX_SHARE_QUERY_LENGTH) get the plain time limit; larger ones proportionally more. */
export const LIMIT_SIZE = MAX_SHARE_QUERY_LENGTH;

export const violationTotal = (summary: FuzzSummary): number =>
  Object.values(summary.counts).reduce((a, b) => a + b, 0);

/** The summary line: inputs per category, then the count of each kind of violation, then the slowest call. */
export function formatFuzzSummary(summary: FuzzSummary): string {
  const n = (x: number): string => x.toLocaleString('en-US').replaceAll(',', '');
  const inputs = FUZZ_CATEGORIES.map((c) => `${n(summary.runs[c])} ${CATEGORY_LABELS[c]}`).join(', ');
  const c = summary.counts;
  const slowest =
    summary.slowest === null
      ? 'no calls'
      : `slowest call ${summary.slowest.ms.toFixed(1)} ms (${summary.slowest.call} on ${CATEGORY_INPUT[summary.slowest.category]} of ${summary.slowest.inputSize.toLocaleString('en-US')} characters)`;
  return (
    `fuzz: ${inputs}: ${c.throw} throws, ${c.slow} over ${summary.limitMs} ms, ` +
    `${c.finding + c.silentDrop} rejections without a code, ${c.bugCode} internal errors, ${c.unstable} unstable results; ` +
    `${slowest}; ${summary.calls.toLocaleString('en-US')} calls, seed ${summary.seed}`
  );
}

/** The kept counterexamples, for a person. */
export function formatViolations(summary: FuzzSummary): string {
  return summary.violations
    .map(
      (v, i) =>
        `#${i + 1} ${v.kind} in ${v.call} (${CATEGORY_LABELS[v.category]}, run ${v.run}; replay: seed ${v.seed}, path "${v.run}")\n` +
        `  problem: ${v.problem}\n  input (${v.inputSize} characters): ${JSON.stringify(v.input)}`,
    )
    .join('\n');
}
