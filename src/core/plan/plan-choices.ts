import type { FieldSpec } from './plan-schema.ts';
import { PLAN_SPEC } from './plan-schema.ts';

/**
 * The plan document's fixed-choice fields, as paths into PLAN_SPEC (`[]` = every item of a list).
 * Their allowed values are read from PLAN_SPEC, the one home of the lists (the parser and the JSON
 * Schema use it too), never copied.
 */
export const CHOICE_FIELDS = [
  'cluster.tier',
  'cluster.networkPlugin',
  'cluster.podIpAllocationMode',
  'cluster.networkDataplane',
  'cluster.networkPolicy',
  'cluster.outboundType',
  'cluster.ipFamilies[]',
  'vnet.subnets[].purpose',
  'nodePools[].mode',
  'nodePools[].osType',
  'nodePools[].podIpAllocationMode',
  'connectedNetworks[].kind',
] as const;

export type ChoiceField = (typeof CHOICE_FIELDS)[number];

function fieldSpec(path: string): FieldSpec | undefined {
  let spec: FieldSpec | undefined = PLAN_SPEC;
  for (const segment of path.split('.')) {
    const name = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
    spec = spec?.kind === 'object' ? spec.fields[name] : undefined;
    if (segment.endsWith('[]')) spec = spec?.kind === 'array' ? spec.items : undefined;
  }
  return spec;
}

/**
 * The values a fixed-choice field allows, from PLAN_SPEC.
 *
 * @example allowedValues('nodePools[].mode') // ['System', 'User']
 */
export function allowedValues(field: ChoiceField): readonly string[] {
  const spec = fieldSpec(field);
  return spec?.kind === 'enum' ? spec.values : [];
}

/**
 * True when `value` is one of the field's values (exact spelling).
 *
 * @example isAllowedValue('cluster.networkPolicy', 'calico\ntouch pwned') // false
 */
export function isAllowedValue(field: ChoiceField, value: unknown): boolean {
  return typeof value === 'string' && allowedValues(field).includes(value);
}
