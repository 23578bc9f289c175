import type { FieldSpec } from './plan-schema.ts';
import { PLAN_SPEC } from './plan-schema.ts';

/** The JSON Schema dialect the published schema is written in. */
export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The schema's `$id`: the file name it is published under, beside the app (public/plan.schema.json). */
export const PLAN_SCHEMA_ID = 'plan.schema.json';

type JsonSchema = Record<string, unknown>;

function fieldSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'string':
      return spec.maxLength === undefined
        ? { type: 'string', description: spec.description }
        : { type: 'string', description: spec.description, maxLength: spec.maxLength };
    case 'enum':
      return { type: 'string', description: spec.description, enum: [...spec.values] };
    case 'integer':
      return spec.max === undefined
        ? { type: 'integer', description: spec.description, minimum: spec.min }
        : { type: 'integer', description: spec.description, minimum: spec.min, maximum: spec.max };
    case 'boolean':
      return { type: 'boolean', description: spec.description };
    case 'schemaVersion':
      return { type: 'integer', description: spec.description, const: 1 };
    case 'array':
      return spec.maxItems === undefined
        ? { type: 'array', description: spec.description, items: fieldSchema(spec.items) }
        : {
            type: 'array',
            description: spec.description,
            items: fieldSchema(spec.items),
            maxItems: spec.maxItems,
          };
    case 'object':
      return objectSchema(spec, {});
  }
}

function objectSchema(
  spec: Extract<FieldSpec, { kind: 'object' }>,
  extraProperties: Record<string, JsonSchema>,
): JsonSchema {
  const properties: Record<string, JsonSchema> = { ...extraProperties };
  for (const [key, field] of Object.entries(spec.fields)) properties[key] = fieldSchema(field);
  const schema: JsonSchema = { type: 'object', description: spec.description, properties };
  if (spec.required.length > 0) schema['required'] = [...spec.required];
  schema['additionalProperties'] = false;
  return schema;
}

/**
 * The JSON Schema (draft 2020-12) of the plan document, generated from PLAN_SPEC, the same
 * definition the parser walks, so the two cannot disagree. Every object is closed
 * (`additionalProperties: false`); the top level also allows `$schema`, so a plan file can name
 * its schema for editors. `scripts/generate-plan-schema.ts` writes it to public/plan.schema.json.
 *
 * @example (planJsonSchema() as { required: string[] }).required // ['schemaVersion', 'nodePools']
 */
export function planJsonSchema(): object {
  if (PLAN_SPEC.kind !== 'object') throw new Error('PLAN_SPEC must describe an object');
  const body = objectSchema(PLAN_SPEC, {
    $schema: {
      type: 'string',
      description: 'The JSON Schema this file follows, for editors; ignored by the planner.',
      maxLength: 2_000,
    },
  });
  const { description: _description, ...rest } = body;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: PLAN_SCHEMA_ID,
    title: 'AKS address plan',
    description:
      'An IP address plan for an Azure Kubernetes Service cluster (schema version 1): cluster network settings, the VNet and its subnets, node pools and connected networks. Every field but schemaVersion and nodePools may be omitted and takes its documented default.',
    ...rest,
  };
}

/** The schema as the published file holds it: 2-space JSON with a trailing newline. */
export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
