import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planJsonSchema, planJsonSchemaText } from './plan-json-schema.ts';
import { parsePlanDocument } from './parse-plan-document.ts';
import { PLAN_SPEC } from './plan-schema.ts';
import { arbitraryPlan } from '../../testing/plan-arbitraries.ts';
import { SCENARIOS } from '../../testing/scenarios.ts';

type Schema = Record<string, unknown>;

/**
 * A tiny validator for exactly the keywords planJsonSchema() uses (type, properties, required,
 * additionalProperties: false, enum, const, minimum, maximum, maxLength, items, maxItems). It returns
 * the JSON paths of every violation, so a test can say which value broke which rule.
 */
function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const type = schema['type'];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const typeOk =
    type === undefined ||
    (type === 'object' && isObject) ||
    (type === 'array' && Array.isArray(value)) ||
    (type === 'string' && typeof value === 'string') ||
    (type === 'boolean' && typeof value === 'boolean') ||
    (type === 'integer' && typeof value === 'number' && Number.isInteger(value));
  if (!typeOk) return [`${path}: not ${String(type)}`];
  if ('const' in schema && value !== schema['const']) errors.push(`${path}: not const`);
  const allowed = schema['enum'];
  if (Array.isArray(allowed) && !allowed.includes(value)) errors.push(`${path}: not in enum`);
  if (typeof value === 'number') {
    const min = schema['minimum'];
    const max = schema['maximum'];
    if (typeof min === 'number' && value < min) errors.push(`${path}: below minimum`);
    if (typeof max === 'number' && value > max) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    const maxLength = schema['maxLength'];
    // JSON Schema counts code points; the parser counts UTF-16 units. Plans stay in the BMP in these tests.
    if (typeof maxLength === 'number' && value.length > maxLength) errors.push(`${path}: too long`);
  }
  if (Array.isArray(value)) {
    const maxItems = schema['maxItems'];
    if (typeof maxItems === 'number' && value.length > maxItems) errors.push(`${path}: too many items`);
    const items = schema['items'] as Schema | undefined;
    if (items !== undefined)
      value.forEach((item, i) => errors.push(...validate(items, item, `${path}[${i}]`)));
  }
  if (isObject) {
    const record = value as Record<string, unknown>;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) {
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    }
    for (const [key, item] of Object.entries(record)) {
      const propertySchema = Object.prototype.hasOwnProperty.call(properties, key)
        ? properties[key]
        : undefined;
      if (propertySchema === undefined) {
        if (schema['additionalProperties'] === false) errors.push(`${path}.${key}: not allowed`);
      } else {
        errors.push(...validate(propertySchema, item, `${path}.${key}`));
      }
    }
  }
  return errors;
}

const schema = planJsonSchema() as Schema;

/** Every object schema in the tree, with its JSON pointer-ish path. */
function objectSchemas(node: Schema, path = '$'): [string, Schema][] {
  const found: [string, Schema][] = node['type'] === 'object' ? [[path, node]] : [];
  const properties = (node['properties'] ?? {}) as Record<string, Schema>;
  for (const [key, child] of Object.entries(properties))
    found.push(...objectSchemas(child, `${path}.${key}`));
  const items = node['items'] as Schema | undefined;
  if (items !== undefined) found.push(...objectSchemas(items, `${path}[]`));
  return found;
}

describe('planJsonSchema', () => {
  it('is the committed public/plan.schema.json, byte for byte (run `npm run schema` after changing PLAN_SPEC)', () => {
    const committed = readFileSync(new URL('../../../public/plan.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(planJsonSchemaText());
    expect(JSON.parse(committed)).toEqual(planJsonSchema());
    expect(committed.endsWith('}\n')).toBe(true);
    expect(committed.split('\n')[1]).toBe('  "$schema": "https://json-schema.org/draft/2020-12/schema",');
  });

  it('declares draft 2020-12, its id, a title and a description', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe('plan.schema.json');
    expect(schema['title']).toBe('AKS address plan');
    expect(typeof schema['description']).toBe('string');
    expect(schema['required']).toEqual(['schemaVersion', 'nodePools']);
  });

  it('closes every object, and allows $schema at the top level only', () => {
    const objects = objectSchemas(schema);
    expect(objects.map(([path]) => path)).toEqual([
      '$',
      '$.cluster',
      '$.vnet',
      '$.vnet.subnets[]',
      '$.vnet.subnets[].otherIps[]',
      '$.nodePools[]',
      '$.connectedNetworks[]',
    ]);
    for (const [, node] of objects) expect(node['additionalProperties']).toBe(false);
    const top = schema['properties'] as Record<string, Schema>;
    expect(top['$schema']).toMatchObject({ type: 'string' });
    expect(validate(schema, { $schema: './plan.schema.json', schemaVersion: 1, nodePools: [] })).toEqual([]);
    expect(validate(schema, { schemaVersion: 1, nodePools: [{ $schema: 'x' }] })).toEqual([
      '$.nodePools[0].$schema: not allowed',
    ]);
  });

  it('carries enums, integer bounds, string lengths, array limits and schemaVersion 1 from PLAN_SPEC', () => {
    const top = schema['properties'] as Record<string, Schema>;
    expect(top['schemaVersion']).toEqual({
      type: 'integer',
      description: 'Always 1 for this version of the document.',
      const: 1,
    });
    const cluster = (top['cluster']?.['properties'] ?? {}) as Record<string, Schema>;
    expect(cluster['networkPlugin']?.['enum']).toEqual([
      'overlay',
      'kubenet',
      'azureNodeSubnet',
      'azurePodSubnet',
      'none',
    ]);
    expect(cluster['routeTableCustomRoutes']).toMatchObject({ type: 'integer', minimum: 0, maximum: 400 });
    expect(cluster['podCidrs']).toMatchObject({
      type: 'array',
      maxItems: 2,
      items: { type: 'string', maxLength: 64 },
    });
    expect(cluster['ipFamilies']).toMatchObject({ items: { enum: ['IPv4', 'IPv6'] } });
    const pool = (top['nodePools']?.['items'] as Schema)['properties'] as Record<string, Schema>;
    expect(pool['maxPods']).toMatchObject({ type: 'integer', minimum: 0, maximum: 100_000 });
    expect(pool['enableAutoScaling']).toMatchObject({ type: 'boolean' });
    expect(pool['mode']?.['enum']).toEqual(['System', 'User']);
    const subnet = ((top['vnet']?.['properties'] as Record<string, Schema>)['subnets']?.['items'] ??
      {}) as Schema;
    expect(subnet['required']).toEqual(['name', 'addressPrefixes']);
    // Every field of the spec is in the schema, and nothing else (besides the top-level $schema).
    if (PLAN_SPEC.kind !== 'object') throw new Error('PLAN_SPEC is an object');
    expect(Object.keys(top)).toEqual(['$schema', ...Object.keys(PLAN_SPEC.fields)]);
  });

  it('accepts every scenario plan (required keys, enums, bounds)', () => {
    for (const s of SCENARIOS) expect(validate(schema, s.plan), s.id).toEqual([]);
  });

  it('rejects what the parser rejects, naming the path', () => {
    const cases: [unknown, string][] = [
      [{ nodePools: [] }, '$.schemaVersion: required'],
      [{ schemaVersion: 2, nodePools: [] }, '$.schemaVersion: not const'],
      [{ schemaVersion: 1 }, '$.nodePools: required'],
      [{ schemaVersion: 1, nodePools: [], cluster: { tier: 'Gold' } }, '$.cluster.tier: not in enum'],
      [{ schemaVersion: 1, nodePools: [{ maxPods: '30' }] }, '$.nodePools[0].maxPods: not integer'],
      [{ schemaVersion: 1, nodePools: [{ count: 2.5 }] }, '$.nodePools[0].count: not integer'],
      [{ schemaVersion: 1, nodePools: [{ count: -1 }] }, '$.nodePools[0].count: below minimum'],
      [
        { schemaVersion: 1, nodePools: [], cluster: { podCidrs: ['a', 'b', 'c'] } },
        '$.cluster.podCidrs: too many items',
      ],
      [{ schemaVersion: 1, nodePools: [], title: 'x'.repeat(201) }, '$.title: too long'],
      [
        { schemaVersion: 1, nodePools: [], vnet: { subnets: [{ name: 'a' }] } },
        '$.vnet.subnets[0].addressPrefixes: required',
      ],
      [{ schemaVersion: 1, nodePools: [], clutser: {} }, '$.clutser: not allowed'],
    ];
    for (const [doc, error] of cases) {
      expect(validate(schema, doc)).toEqual([error]);
      expect(parsePlanDocument(doc).findings.length).toBeGreaterThan(0);
    }
  });

  it('agrees with the parser: a document is schema-valid exactly when parsing it finds nothing', () => {
    const keys = [
      'count',
      'maxPods',
      'mode',
      'tier',
      'podCidrs',
      'name',
      'x',
      'subnets',
      'enableAutoScaling',
    ];
    /** Sets a random key somewhere in the document to a random JSON value. */
    const mutated = fc
      .tuple(arbitraryPlan, fc.constantFrom(...keys), fc.jsonValue(), fc.nat())
      .map(([plan, key, value, pick]) => {
        const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
        const objects: Record<string, unknown>[] = [];
        const collect = (node: unknown): void => {
          if (Array.isArray(node)) node.forEach(collect);
          else if (typeof node === 'object' && node !== null) {
            objects.push(node as Record<string, unknown>);
            Object.values(node).forEach(collect);
          }
        };
        collect(copy);
        const target = objects[pick % objects.length];
        if (target !== undefined) target[key] = value;
        return copy as unknown;
      });
    fc.assert(
      fc.property(fc.oneof(arbitraryPlan as fc.Arbitrary<unknown>, mutated), (doc) => {
        const json = JSON.parse(JSON.stringify(doc)) as unknown;
        const schemaErrors = validate(schema, json);
        const { findings } = parsePlanDocument(json);
        expect(schemaErrors.length === 0).toBe(findings.length === 0);
      }),
      { numRuns: 400 },
    );
  });
});
