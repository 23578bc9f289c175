import type { IpFamily } from '../../types.ts';
import { cidrLast, cidrSize } from '../../ip/cidr.ts';
import { formatAddress } from '../../ip/address.ts';
import type { Evaluation } from '../../report/evaluation.ts';
import { formatCount, formatList } from '../../model/format.ts';
import type { AxisGap, AxisTick } from './axis.ts';
import { compressedAxis } from './axis.ts';
import type { AddressMapKind, RangeDraft } from './map-ranges.ts';
import { ADDRESS_MAP_KIND_ORDER, planRangeDrafts, reservedDrafts } from './map-ranges.ts';
import type { AddressMapSeverity, Placed } from './map-overlaps.ts';
import { familyOverlaps } from './map-overlaps.ts';

export type { AddressMapKind } from './map-ranges.ts';
export type { AxisGap, AxisTick } from './axis.ts';

export type { AddressMapSeverity } from './map-overlaps.ts';
export { MAX_OVERLAPS_LISTED } from './map-overlaps.ts';

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
  /** At most MAX_OVERLAPS_LISTED of each severity, in display order; `unlistedOverlaps` counts the rest. */
  overlaps: AddressMapOverlap[];
  /** Overlaps not listed (a link may carry 800 subnets on one prefix). */
  unlistedOverlaps: number;
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
  if (range.unlistedOverlaps > 0) {
    const last = parts.length - 1;
    parts[last] = `${parts[last] ?? ''} and ${formatCount(range.unlistedOverlaps)} more`;
  }
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
    index,
    draft,
    first: draft.cidr.network,
    last: cidrLast(draft.cidr),
  }));
  const axis = compressedAxis(family, placed);
  const x = (value: bigint): number => axis.positions.get(value) ?? 0;
  const overlapsOf = familyOverlaps(placed);
  const ranges = placed.map((self): AddressMapRange => {
    const found = overlapsOf.get(self);
    const overlaps = (found?.listed ?? []).map(({ other, severity, text, rule }): AddressMapOverlap => {
      const first = other.first > self.first ? other.first : self.first;
      const last = other.last < self.last ? other.last : self.last;
      return { id: other.id, severity, text, rule, x0: x(first), x1: x(last + 1n) };
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
      unlistedOverlaps: found?.unlisted ?? 0,
    };
    return { ...base, description: description(base), x0: x(self.first), x1: x(self.last + 1n) };
  });
  return {
    family,
    ranges,
    ticks: axis.ticks,
    gaps: axis.gaps,
    conflictCount: placed.filter((p) => overlapsOf.get(p)?.hasConflict === true).length,
    warningCount: placed.filter((p) => overlapsOf.get(p)?.hasWarning === true).length,
  };
}

/**
 * The address map of a plan: for each family, the VNet space, subnets, pod and service CIDRs, a pod
 * CIDR expansion, connected networks and the reserved ranges that matter, each with its exact range,
 * the ranges it collides with under the planner's rules (aks-rules matrix M, R7, R45), and its place
 * on a compressed (log) axis where a /24 stays visible next to a /8. Ranges come from the plan's one
 * evaluation, as every other view reads them. Pure; never throws: a plan it cannot read gives an
 * empty map.
 *
 * @example addressMap(evaluate({ schemaVersion: 1, nodePools: [] })).families[0]?.ranges.map((r) => r.cidr) // ['10.224.0.0/12', '10.224.0.0/16', '10.244.0.0/16', '10.0.0.0/16']
 */
export function addressMap(evaluation: Evaluation): AddressMap {
  try {
    const drafts = planRangeDrafts(evaluation);
    const families = (['IPv4', 'IPv6'] as const)
      .map((family) => familyMap(family, drafts))
      .filter((entry): entry is AddressMapFamily => entry !== null);
    return { families };
  } catch {
    return { families: [] };
  }
}
