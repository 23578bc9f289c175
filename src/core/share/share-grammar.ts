/**
 * The share-link grammar, version 1 (docs/share-links.md): which parameter carries which field of the
 * plan document. Types, enum values, ranges and lengths are not repeated here: each key points at the
 * plan parser's own field spec (plan-schema.ts), so a link is exactly as strict as a plan file.
 *
 * Append keys; never rename or repurpose one (golden-links.test.ts holds links that must keep opening).
 */
import type { FieldSpec } from '../plan/plan-schema.ts';
import { NODE_POOL_SPEC, PLAN_SPEC, SUBNET_SPEC } from '../plan/plan-schema.ts';

/** The link version this planner writes, and the newest it reads. */
export const SHARE_LINK_VERSION = 1;

/** Characters of a query read at most; the rest is left out with SHARE_TOO_LONG (docs/share-links.md). */
export const MAX_SHARE_QUERY_LENGTH = 500_000;

export type ObjectSpec = Extract<FieldSpec, { kind: 'object' }>;

/** One parameter (or row field): its name in the link, the plan field it carries, and that field's spec. */
export interface ShareKey {
  key: string;
  field: string;
  spec: FieldSpec;
}

/** Where a top-level parameter's field lives in the plan document. */
export type ShareGroup = 'plan' | 'cluster' | 'vnet';

export interface TopKey extends ShareKey {
  group: ShareGroup;
}

/** A repeated parameter: one row per occurrence, `name~key:value~key:value`. */
export interface RowKind {
  key: 'subnet' | 'pool' | 'net';
  /** The spec of one row (an object), and of the list of rows (for its maximum length). */
  spec: ObjectSpec;
  list: Extract<FieldSpec, { kind: 'array' }>;
  fields: ShareKey[];
  /** Fields a row must have; a row without one reads it as empty, with a finding. */
  required: string[];
}

function objectSpec(spec: FieldSpec | undefined, what: string): ObjectSpec {
  if (spec?.kind !== 'object') throw new Error(`plan-schema has no object ${what}`);
  return spec;
}

function keys(spec: ObjectSpec, pairs: ReadonlyArray<readonly [string, string]>): ShareKey[] {
  return pairs.map(([key, field]) => {
    const fieldSpec = spec.fields[field];
    if (fieldSpec === undefined) throw new Error(`plan-schema has no field ${field}`);
    return { key, field, spec: fieldSpec };
  });
}

function listSpec(spec: FieldSpec | undefined, what: string): Extract<FieldSpec, { kind: 'array' }> {
  if (spec?.kind !== 'array') throw new Error(`plan-schema has no list ${what}`);
  return spec;
}

const PLAN = objectSpec(PLAN_SPEC, 'plan');
const CLUSTER_SPEC = objectSpec(PLAN.fields['cluster'], 'cluster');
const VNET_SPEC = objectSpec(PLAN.fields['vnet'], 'vnet');
const CONNECTED_LIST = listSpec(PLAN.fields['connectedNetworks'], 'connectedNetworks');
const CONNECTED_SPEC = objectSpec(CONNECTED_LIST.items, 'net');
const SUBNET = objectSpec(SUBNET_SPEC, 'subnet');
const POOL = objectSpec(NODE_POOL_SPEC, 'pool');

const group = (g: ShareGroup, list: ShareKey[]): TopKey[] => list.map((k) => ({ ...k, group: g }));

/** Top-level parameters in the order the encoder writes them (`v` first, `notes` last). */
export const TOP_KEYS: readonly TopKey[] = [
  ...group('plan', keys(PLAN, [['title', 'title']])),
  ...group(
    'cluster',
    keys(CLUSTER_SPEC, [
      ['cluster', 'name'],
      ['k8s', 'kubernetesVersion'],
      ['tier', 'tier'],
      ['plugin', 'networkPlugin'],
      ['alloc', 'podIpAllocationMode'],
      ['dataplane', 'networkDataplane'],
      ['policy', 'networkPolicy'],
      ['outbound', 'outboundType'],
      ['routes', 'routeTableCustomRoutes'],
      ['fam', 'ipFamilies'],
      ['pod', 'podCidrs'],
      ['svc', 'serviceCidrs'],
      ['dns', 'dnsServiceIp'],
      ['private', 'privateCluster'],
      ['expand', 'podCidrExpansion'],
    ]),
  ),
  ...group(
    'vnet',
    keys(VNET_SPEC, [
      ['vnet', 'name'],
      ['rg', 'resourceGroup'],
      ['space', 'addressSpace'],
    ]),
  ),
];

/** Written after the rows: free text, often long. */
export const NOTES_KEY: TopKey = { ...(keys(PLAN, [['notes', 'notes']])[0] as ShareKey), group: 'plan' };

/** Repeated parameters in the order the encoder writes them. */
export const ROW_KINDS: readonly RowKind[] = [
  {
    key: 'subnet',
    spec: SUBNET,
    list: listSpec(VNET_SPEC.fields['subnets'], 'subnets'),
    fields: keys(SUBNET, [
      ['cidr', 'addressPrefixes'],
      ['purpose', 'purpose'],
      ['ips', 'otherIps'],
      ['delegatedTo', 'delegatedTo'],
      ['shared', 'sharedByClusters'],
      ['id', 'id'],
    ]),
    required: ['name', 'addressPrefixes'],
  },
  {
    key: 'pool',
    spec: POOL,
    list: listSpec(PLAN.fields['nodePools'], 'nodePools'),
    fields: keys(POOL, [
      ['mode', 'mode'],
      ['os', 'osType'],
      ['subnet', 'subnet'],
      ['podSubnet', 'podSubnet'],
      ['alloc', 'podIpAllocationMode'],
      ['count', 'count'],
      ['auto', 'enableAutoScaling'],
      ['min', 'minCount'],
      ['max', 'maxCount'],
      ['maxSurge', 'maxSurge'],
      ['maxPods', 'maxPods'],
    ]),
    required: [],
  },
  {
    key: 'net',
    spec: CONNECTED_SPEC,
    list: CONNECTED_LIST,
    fields: keys(CONNECTED_SPEC, [
      ['kind', 'kind'],
      ['cidr', 'addressPrefixes'],
    ]),
    required: ['addressPrefixes'],
  },
];

/** Top-level parameters by lower-case name (names are read case-insensitively). */
export const TOP_KEY_BY_NAME: ReadonlyMap<string, TopKey> = new Map(
  [...TOP_KEYS, NOTES_KEY].map((k) => [k.key.toLowerCase(), k]),
);

export const ROW_KIND_BY_NAME: ReadonlyMap<string, RowKind> = new Map(ROW_KINDS.map((k) => [k.key, k]));
