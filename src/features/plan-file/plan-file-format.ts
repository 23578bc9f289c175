import { PLAN_SPEC } from '../../core/index.ts';
import type { PlanDocument } from '../../core/index.ts';

type Spec = typeof PLAN_SPEC;

/** A copy of `value` with object keys in the order the plan's definition lists them (unknown keys dropped). */
function ordered(spec: Spec, value: unknown): unknown {
  if (spec.kind === 'array' && Array.isArray(value)) return value.map((item) => ordered(spec.items, item));
  if (spec.kind === 'object' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(spec.fields)) {
      if (record[key] !== undefined) out[key] = ordered(field, record[key]);
    }
    return out;
  }
  return value;
}

/**
 * The plan file: the plan document as 2-space JSON with a trailing newline, keys in the order of
 * plan-document.md (schemaVersion, title, notes, cluster, vnet, nodePools, connectedNetworks). With a
 * schema URL it starts with `"$schema"`, which the schema allows, so editors validate the file.
 *
 * @example planFileText({ schemaVersion: 1, nodePools: [] }) // '{\n  "schemaVersion": 1,\n  "nodePools": []\n}\n'
 */
export function planFileText(plan: PlanDocument, schemaUrl?: string): string {
  const body = ordered(PLAN_SPEC, plan) as Record<string, unknown>;
  const document = schemaUrl === undefined ? body : { $schema: schemaUrl, ...body };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * A file-name stem from the plan title: lowercase ASCII letters, digits and dashes, at most 60
 * characters; 'aks-plan' when the title gives nothing.
 *
 * @example planFileStem('Payments platform, West Europe') // 'payments-platform-west-europe'
 */
export function planFileStem(title: string | undefined): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'aks-plan' : slug;
}

/**
 * The URL plan files name as their `$schema`: public/plan.schema.json as this page serves it, so an
 * editor that opens an exported file can fetch the schema. None when the page is not served over
 * http(s) (a file:// page has no URL an editor could use).
 */
export function planSchemaUrl(baseUri: string): string | undefined {
  try {
    const url = new URL('plan.schema.json', baseUri);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
