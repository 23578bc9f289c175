import type { DuplicateKey } from './duplicate-keys.ts';
import { duplicateJsonKeys } from './duplicate-keys.ts';
import type { Finding, PlanDocument } from '../types.ts';
import { finding, FindingList } from '../model/finding.ts';
import type { FieldSpec } from './plan-schema.ts';
import { PLAN_SPEC } from './plan-schema.ts';
import { describe, emptyOf, expected, outcome, pathText, placeOf } from './walk-words.ts';
import type { Path } from './walk-words.ts';

/** What a walk returns when the value was left out (anything else is the value as read). */
const REJECTED: unique symbol = Symbol('rejected');
type Walk = unknown;

/** A value of the wrong type or out of range: a finding, and the value is left out. */
function rejected(
  spec: FieldSpec,
  value: unknown,
  at: Path,
  findings: Finding[],
  code = 'PLAN_WRONG_TYPE',
  required = false,
): Walk {
  const path = pathText(at);
  findings.push(
    finding(
      code,
      'error',
      'plan',
      path,
      `${path} is ${describe(value)}, but it must be ${expected(spec)}; ${outcome(spec, required)}`,
    ),
  );
  return REJECTED;
}

// No closures are made per value: a plan file or link may hold 10,000 pools, and walking them stays linear and lean.
function walk(
  spec: FieldSpec,
  value: unknown,
  parent: Path,
  key: string | number | null,
  findings: Finding[],
  required = false,
): Walk {
  switch (spec.kind) {
    case 'string':
      if (typeof value !== 'string')
        return rejected(spec, value, placeOf(parent, key), findings, 'PLAN_WRONG_TYPE', required);
      if (spec.maxLength !== undefined && value.length > spec.maxLength) {
        const path = pathText(placeOf(parent, key));
        findings.push(
          finding(
            'PLAN_VALUE_INVALID',
            'error',
            'plan',
            path,
            `${path} is ${value.length} characters long; at most ${spec.maxLength} are allowed; ${outcome(spec, required)}`,
          ),
        );
        return REJECTED;
      }
      return value;
    case 'enum':
      if (typeof value !== 'string')
        return rejected(spec, value, placeOf(parent, key), findings, 'PLAN_WRONG_TYPE', required);
      return spec.values.includes(value)
        ? value
        : rejected(spec, value, placeOf(parent, key), findings, 'PLAN_VALUE_INVALID', required);
    case 'integer':
      if (typeof value !== 'number')
        return rejected(spec, value, placeOf(parent, key), findings, 'PLAN_WRONG_TYPE', required);
      if (!Number.isInteger(value) || value < spec.min || (spec.max !== undefined && value > spec.max)) {
        return rejected(spec, value, placeOf(parent, key), findings, 'PLAN_VALUE_INVALID', required);
      }
      return value;
    case 'boolean':
      return typeof value === 'boolean'
        ? value
        : rejected(spec, value, placeOf(parent, key), findings, 'PLAN_WRONG_TYPE', required);
    case 'schemaVersion':
      return value === 1
        ? value
        : rejected(spec, value, placeOf(parent, key), findings, 'PLAN_SCHEMA_VERSION', required);
    case 'array': {
      const at = placeOf(parent, key);
      if (!Array.isArray(value)) return rejected(spec, value, at, findings, 'PLAN_WRONG_TYPE', required);
      const limit = spec.maxItems ?? Number.MAX_SAFE_INTEGER;
      if (value.length > limit) {
        const path = pathText(at);
        findings.push(
          finding(
            'PLAN_VALUE_INVALID',
            'error',
            'plan',
            path,
            `${path} has ${value.length} entries; at most ${limit} are read, the rest were left out.`,
          ),
        );
      }
      const count = Math.min(value.length, limit);
      // Made at its final size (a list grown by push reserves room for 16; a plan has 10,000s of lists).
      const items = new Array<unknown>(Math.min(count, 16_384));
      let kept = 0;
      for (let index = 0; index < count; index++) {
        const result = walk(spec.items, value[index] as unknown, at, index, findings);
        if (result !== REJECTED) items[kept++] = result;
      }
      if (kept < items.length) items.length = kept;
      return items;
    }
    case 'object': {
      const at = placeOf(parent, key);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return rejected(spec, value, at, findings, 'PLAN_WRONG_TYPE', required);
      const record = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      // for…in over own keys: the order of Object.entries, without a [key, value] list per field.
      for (const field in record) {
        if (!Object.prototype.hasOwnProperty.call(record, field)) continue;
        const fieldValue = record[field];
        const fieldSpec = Object.prototype.hasOwnProperty.call(spec.fields, field)
          ? spec.fields[field]
          : undefined;
        if (fieldSpec === undefined) {
          if (field !== '$schema') {
            const fieldPath = pathText({ parent: at, key: field });
            findings.push(
              finding(
                'PLAN_UNKNOWN_FIELD',
                'warning',
                'plan',
                fieldPath,
                `${fieldPath} is not a field of the plan document; it was ignored. Check the spelling.`,
              ),
            );
          }
          continue;
        }
        const result = walk(fieldSpec, fieldValue, at, field, findings, spec.required.includes(field));
        if (result !== REJECTED) out[field] = result;
      }
      for (const field of spec.required) {
        if (field in out) continue;
        const fieldSpec = spec.fields[field];
        if (fieldSpec !== undefined) out[field] = emptyOf(fieldSpec);
        if (!Object.prototype.hasOwnProperty.call(record, field)) {
          const fieldPath = pathText({ parent: at, key: field });
          findings.push(
            finding(
              'PLAN_MISSING_FIELD',
              'error',
              'plan',
              fieldPath,
              `${fieldPath} is missing; it is required, so ${fieldSpec === undefined ? 'it was left out.' : outcome(fieldSpec, true)}`,
            ),
          );
        }
      }
      return out;
    }
  }
}

/** The value at a finding path such as `nodePools[0].count` in parsed JSON, or undefined. */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (typeof value !== 'object' || value === null) return undefined;
    const key = part.startsWith('[') ? Number(part.slice(1, -1)) : part;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function truncated(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * Reads an untrusted plan document (a parsed JSON value, or JSON text) into a plan the core can
 * evaluate, plus findings for everything that was wrong: not JSON, wrong shape, wrong types, unknown
 * fields, values out of range. Bad values are left out (so their defaults apply) and named by path.
 * Never throws. Semantic checks (CIDRs, limits) are evaluatePlan's.
 *
 * @example parsePlanDocument({ schemaVersion: 1, nodePools: [{ maxPods: 'x' }] }).findings[0]?.path // 'nodePools[0].maxPods'
 */
export function parsePlanDocument(json: unknown): { plan: PlanDocument; findings: Finding[] } {
  const findings: Finding[] = [];
  let input = json;
  let duplicates: DuplicateKey[] = [];
  if (typeof json === 'string') {
    // A UTF-8 byte order mark is not part of the JSON (editors on Windows write one).
    const text = json.startsWith('\uFEFF') ? json.slice(1) : json;
    try {
      input = JSON.parse(text) as unknown;
      duplicates = duplicateJsonKeys(text);
    } catch (error) {
      findings.push(
        finding(
          'PLAN_NOT_JSON',
          'error',
          'plan',
          undefined,
          `The plan is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Check the file; nothing was loaded from it.`,
        ),
      );
      return { plan: { schemaVersion: 1, nodePools: [] }, findings };
    }
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    findings.push(
      finding(
        'PLAN_WRONG_TYPE',
        'error',
        'plan',
        undefined,
        `The plan must be a JSON object with schemaVersion and nodePools; this is ${describe(input)}.`,
      ),
    );
    return { plan: { schemaVersion: 1, nodePools: [] }, findings };
  }
  const version = (input as Record<string, unknown>)['schemaVersion'];
  if (typeof version === 'number' && version > 1) {
    findings.push(
      finding(
        'PLAN_SCHEMA_VERSION',
        'error',
        'plan',
        'schemaVersion',
        `This plan has schemaVersion ${version}, newer than this planner reads (1). Update the planner; fields were read as version 1 where possible.`,
      ),
    );
  }
  const result = walk(PLAN_SPEC, input, null, null, findings);
  const raw = (result === REJECTED ? {} : result) as Record<string, unknown>;
  const plan = {
    ...raw,
    schemaVersion: 1,
    nodePools: Array.isArray(raw['nodePools']) ? raw['nodePools'] : [],
  };
  for (const duplicate of duplicates) {
    const kept = valueAt(input, duplicate.path);
    const shown = kept === undefined ? '' : ` (${truncated(JSON.stringify(kept))})`;
    findings.push(
      finding(
        'PLAN_DUPLICATE_KEY',
        'warning',
        'plan',
        duplicate.path,
        `The key "${duplicate.key}" is written twice in the same object; the last value${shown} was used. Remove the other one.`,
      ),
    );
  }
  const unique = findings.filter(
    (f, i) =>
      !(
        f.code === 'PLAN_SCHEMA_VERSION' &&
        f.path === 'schemaVersion' &&
        findings.findIndex((g) => g.code === f.code && g.path === f.path) !== i
      ),
  );
  // At most MAX_FINDINGS_PER_CODE of a code, as in a report: a 1 MB link may hold 10,000 bad values.
  const capped = new FindingList();
  for (const f of unique) capped.add(f.code, f.severity, f.rule ?? 'plan', f.path, f.message);
  return { plan: plan as PlanDocument, findings: capped.listed() };
}
