/** How the plan-document walk (parse-plan-document.ts) names places and values in its findings. */
import type { FieldSpec } from './plan-schema.ts';

/**
 * Where a value sits, as a chain of keys from the root (null): the text (`nodePools[3].maxPods`) is
 * only built for a finding, not for each of the 100,000 values of a 10,000-pool plan.
 */
export type Path = { parent: Path; key: string | number } | null;

export function pathText(path: Path): string {
  if (path === null) return '';
  const parent = pathText(path.parent);
  if (typeof path.key === 'number') return `${parent}[${path.key}]`;
  return parent === '' ? path.key : `${parent}.${path.key}`;
}

/**
 * A value's place as its container's path and its key (null: the root). Leaves, most of the values,
 * never get a Path object of their own: one is made only for a container, or for a finding.
 */
export const placeOf = (parent: Path, key: string | number | null): Path =>
  key === null ? parent : { parent, key };

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export function expected(spec: FieldSpec): string {
  switch (spec.kind) {
    case 'string':
      return 'text';
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'integer':
      return spec.max === undefined
        ? `a whole number ≥ ${spec.min}`
        : `a whole number ${spec.min}–${spec.max}`;
    case 'boolean':
      return 'true or false';
    case 'schemaVersion':
      return 'the number 1';
    case 'array':
      return 'a list';
    case 'object':
      return 'an object';
  }
}

/**
 * The value a required field is read as when it is missing or unreadable, so the plan keeps its own
 * types (`addressPrefixes: "10.0.0.0/24"` becomes `[]`, never a missing list).
 */
export function emptyOf(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'string':
      return '';
    case 'enum':
      return spec.values[0];
    case 'integer':
      return spec.min;
    case 'boolean':
      return false;
    case 'schemaVersion':
      return 1;
    case 'array':
      return [];
    case 'object':
      return {};
  }
}

/** What happened to a rejected value: left out, or (a required field) read as its empty value. */
export function outcome(spec: FieldSpec, required: boolean): string {
  if (!required) return 'the value was left out.';
  const empty = emptyOf(spec);
  return `it was read as ${Array.isArray(empty) ? 'none' : empty === '' ? 'empty text' : JSON.stringify(empty)}.`;
}
