import type { IpFamily, PlanDocument, PlanReport } from '../types.ts';
import { cidrLast, cidrSize, cidrsOverlap } from '../ip/cidr.ts';
import { formatAddress } from '../ip/address.ts';
import { evaluatePlan } from '../aks/evaluate-plan.ts';
import { formatCount, formatList } from '../aks/format.ts';
import type { AxisGap, AxisTick } from './axis.ts';
import { compressedAxis } from './axis.ts';
import type { AddressMapKind, RangeDraft } from './map-ranges.ts';
import { ADDRESS_MAP_KIND_ORDER, planRangeDrafts, reservedDrafts } from './map-ranges.ts';

export type { AddressMapKind } from './map-ranges.ts';
export type { AxisGap, AxisTick } from './axis.ts';

/** How bad an overlap is: an error under the planner's rules, a warning, or a note. */
export type AddressMapSeverity = 'conflict' | 'warning' | 'note';

/** One overlap of a range with another, and where the shared addresses sit on the axis. */
export interface AddressMapOverlap {
  /** The other range's id. */
  id: string;
  severity: AddressMapSeverity;
  /** The other range in words, e.g. `subnet snet-a (10.244.0.0/24)`. */
  text: string;
  /** The rule that makes it a conflict, warning or note, e.g. `R18`. */
  rule: string;
  /** The shared addresses (the smaller of the two networks) on the axis. */
  x0: number;
  x1: number;
}

export interface AddressMapRange {
  id: string;
  family: IpFamily;
  kind: AddressMapKind;
  /** The row title, e.g. `Subnet snet-aks-nodes`, `Pod CIDR`. */
  label: string;
  /** The name alone where the range has one (subnet, VNet, connected network), else the label. */
  name: string;
  /** A short qualifier or null, e.g. `node subnet`, `default`, `on-premises`. */
  detail: string | null;
  /** Canonical text, e.g. `10.244.0.0/16`. */
  cidr: string;
  first: bigint;
  last: bigint;
  /** Number of addresses. */
  size: bigint;
  firstText: string;
  lastText: string;
  /** The ranges it collides with under the planner's rules (errors), e.g. `subnet snet-a (10.244.0.0/24)`. */
  conflicts: string[];
  /** Overlaps that are warnings, e.g. a pod CIDR in VNet space no subnet uses (R18, D9). */
  warnings: string[];
  /** Overlaps worth knowing that are not problems, e.g. the old Docker bridge range (R46). */
  notes: string[];
  overlaps: AddressMapOverlap[];
  /** One sentence with everything above, for an accessible name and a details line. */
  description: string;
  /** Position on the family's compressed axis, 0 <= x0 < x1 <= 1. */
  x0: number;
  x1: number;
}

export interface AddressMapFamily {
  family: IpFamily;
  /** In display order: by kind (VNet, subnets, pod, expansion, service, connected, reserved), then address. */
  ranges: AddressMapRange[];
  /** Every range boundary with its position; a view thins them to what fits. */
  ticks: AxisTick[];
  /** Stretches no range covers, drawn shortened. */
  gaps: AxisGap[];
  conflictCount: number;
  warningCount: number;
}

export interface AddressMap {
  /** IPv4 when any IPv4 range exists, then IPv6 when any IPv6 range exists. */
  families: AddressMapFamily[];
}

const POD_KINDS: ReadonlySet<AddressMapKind> = new Set(['pod', 'podExpansion']);

/** Pairs whose overlap is an error under the planner's rules (aks-rules R8, R18, R43, matrix M). */
const CONFLICT_RULES: readonly { a: AddressMapKind; b: AddressMapKind; rule: string }[] = [
  { a: 'pod', b: 'subnet', rule: 'R18' },
  { a: 'podExpansion', b: 'subnet', rule: 'R18' },
  { a: 'pod', b: 'service', rule: 'R43' },
  { a: 'podExpansion', b: 'service', rule: 'R43' },
  { a: 'pod', b: 'connected', rule: 'R18' },
  { a: 'podExpansion', b: 'connected', rule: 'R18' },
  { a: 'service', b: 'subnet', rule: 'R43' },
  { a: 'service', b: 'connected', rule: 'R43' },
  { a: 'vnet', b: 'connected', rule: 'R8' },
  { a: 'subnet', b: 'connected', rule: 'R8' },
  { a: 'subnet', b: 'subnet', rule: 'R8' },
  { a: 'vnet', b: 'vnet', rule: 'R8' },
];

function conflictRule(a: RangeDraft, b: RangeDraft): string | null {
  for (const entry of CONFLICT_RULES) {
    if ((entry.a === a.kind && entry.b === b.kind) || (entry.a === b.kind && entry.b === a.kind))
      return entry.rule;
  }
  for (const [special, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const rules = special.kind === 'reserved' ? special.forbids.get(other.kind) : undefined;
    if (rules !== undefined) return rules;
  }
  return null;
}

interface Placed {
  id: string;
  draft: RangeDraft;
  first: bigint;
  last: bigint;
}

function describeOverlap(other: Placed): string {
  return `${other.draft.reference} (${other.draft.canonical})`;
}

/** Overlaps of `self` with every other range of its family, with their severity (matrix M). */
function overlapsOf(self: Placed, all: readonly Placed[]): Omit<AddressMapOverlap, 'x0' | 'x1'>[] {
  const found: Omit<AddressMapOverlap, 'x0' | 'x1'>[] = [];
  const overlapping = all.filter(
    (other) => other !== self && cidrsOverlap(self.draft.cidr, other.draft.cidr),
  );
  for (const other of overlapping) {
    const rule = conflictRule(self.draft, other.draft);
    if (rule !== null) {
      found.push({ id: other.id, severity: 'conflict', text: describeOverlap(other), rule });
    } else if (self.draft.informational || other.draft.informational) {
      if (self.draft.kind !== 'connected' && other.draft.kind !== 'connected') {
        found.push({ id: other.id, severity: 'note', text: describeOverlap(other), rule: 'R46' });
      }
    }
  }
  // A pod or service range in VNet space that no subnet uses: a warning, raised only without a subnet
  // overlap (R18 POD_CIDR_IN_VNET_SPACE, R43 SERVICE_CIDR_IN_VNET_SPACE, D9, D14).
  if (POD_KINDS.has(self.draft.kind) || self.draft.kind === 'service') {
    const hitsSubnet = overlapping.some((other) => other.draft.kind === 'subnet');
    if (!hitsSubnet) {
      for (const other of overlapping.filter((o) => o.draft.kind === 'vnet')) {
        found.push({
          id: other.id,
          severity: 'warning',
          text: `${describeOverlap(other)}, where no subnet is yet`,
          rule: self.draft.kind === 'service' ? 'R43' : 'R18',
        });
      }
    }
  }
  return found;
}

function addressesText(size: bigint): string {
  return `${formatCount(size)} ${size === 1n ? 'address' : 'addresses'}`;
}

function description(range: Omit<AddressMapRange, 'description' | 'x0' | 'x1'>): string {
  const qualifier = range.detail !== null && range.kind !== 'reserved' ? ` (${range.detail})` : '';
  const parts = [
    `${range.label} ${range.cidr}${qualifier}: ${range.firstText} – ${range.lastText}, ${addressesText(range.size)}`,
  ];
  if (range.kind === 'reserved' && range.detail !== null) parts.push(range.detail);
  if (range.conflicts.length > 0) parts.push(`overlaps ${formatList(range.conflicts)}`);
  if (range.warnings.length > 0) parts.push(`warning: lies in ${formatList(range.warnings)}`);
  if (range.notes.length > 0) parts.push(`note: overlaps ${formatList(range.notes)}`);
  return parts.join('; ');
}

function compareDrafts(a: RangeDraft, b: RangeDraft): number {
  const byKind = ADDRESS_MAP_KIND_ORDER.indexOf(a.kind) - ADDRESS_MAP_KIND_ORDER.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  if (a.cidr.network !== b.cidr.network) return a.cidr.network < b.cidr.network ? -1 : 1;
  return a.cidr.prefixLength - b.cidr.prefixLength;
}

function familyMap(family: IpFamily, drafts: readonly RangeDraft[]): AddressMapFamily | null {
  const own = drafts.filter((d) => d.cidr.family === family);
  if (own.length === 0) return null;
  const sorted = [...own, ...reservedDrafts(family, own)].sort(compareDrafts);
  const prefix = family === 'IPv4' ? 'v4' : 'v6';
  const placed: Placed[] = sorted.map((draft, index) => ({
    id: `${prefix}-${draft.kind}-${index}`,
    draft,
    first: draft.cidr.network,
    last: cidrLast(draft.cidr),
  }));
  const axis = compressedAxis(family, placed);
  const x = (value: bigint): number => axis.positions.get(value) ?? 0;
  const ranges = placed.map((self): AddressMapRange => {
    const overlaps = overlapsOf(self, placed).map((overlap) => {
      const other = placed.find((p) => p.id === overlap.id) ?? self;
      const first = other.first > self.first ? other.first : self.first;
      const last = other.last < self.last ? other.last : self.last;
      return { ...overlap, x0: x(first), x1: x(last + 1n) };
    });
    const texts = (severity: AddressMapSeverity) =>
      overlaps.filter((o) => o.severity === severity).map((o) => o.text);
    const { draft } = self;
    const base = {
      id: self.id,
      family,
      kind: draft.kind,
      label: draft.label,
      name: draft.name,
      detail: draft.detail,
      cidr: draft.canonical,
      first: self.first,
      last: self.last,
      size: cidrSize(draft.cidr),
      firstText: formatAddress({ family, value: self.first }),
      lastText: formatAddress({ family, value: self.last }),
      conflicts: texts('conflict'),
      warnings: texts('warning'),
      notes: texts('note'),
      overlaps,
    };
    return { ...base, description: description(base), x0: x(self.first), x1: x(self.last + 1n) };
  });
  return {
    family,
    ranges,
    ticks: axis.ticks,
    gaps: axis.gaps,
    conflictCount: ranges.filter((r) => r.conflicts.length > 0).length,
    warningCount: ranges.filter((r) => r.warnings.length > 0).length,
  };
}

/**
 * The address map of a plan: for each family, the VNet space, subnets, pod and service CIDRs, a pod
 * CIDR expansion, connected networks and the reserved ranges that matter, each with its exact range,
 * the ranges it collides with under the planner's rules (aks-rules matrix M, R7, R45), and its place
 * on a compressed (log) axis where a /24 stays visible next to a /8. Ranges come from the same
 * evaluation as every other view (`report`, computed when not given). Pure; never throws: a plan it
 * cannot read gives an empty map.
 *
 * @example addressMap({ schemaVersion: 1, nodePools: [] }).families[0]?.ranges.map((r) => r.cidr) // ['10.224.0.0/12', '10.224.0.0/16', '10.244.0.0/16', '10.0.0.0/16']
 */
export function addressMap(plan: PlanDocument, report?: PlanReport): AddressMap {
  try {
    const drafts = planRangeDrafts(plan, report ?? evaluatePlan(plan));
    const families = (['IPv4', 'IPv6'] as const)
      .map((family) => familyMap(family, drafts))
      .filter((entry): entry is AddressMapFamily => entry !== null);
    return { families };
  } catch {
    return { families: [] };
  }
}
