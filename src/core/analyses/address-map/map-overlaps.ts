import { overlapErrorRule } from '../../rules/overlap-matrix.ts';
import type { AddressMapKind, RangeDraft } from './map-ranges.ts';

/** How bad an overlap is: an error under the planner's rules, a warning, or a note. */
export type AddressMapSeverity = 'conflict' | 'warning' | 'note';

/**
 * The most overlaps of one severity a range lists by name; the rest are counted. A link can carry 800
 * subnets on one prefix: naming every pair made the map grow with the cube of the ranges (issue 13).
 */
export const MAX_OVERLAPS_LISTED = 10;

/** A range placed on the map: its draft, its first and last address, and its display order. */
export interface Placed {
  id: string;
  index: number;
  draft: RangeDraft;
  first: bigint;
  last: bigint;
}

/** One overlap of a range with another (before it is placed on the axis). */
export interface FoundOverlap {
  other: Placed;
  severity: AddressMapSeverity;
  text: string;
  rule: string;
}

export interface RangeOverlaps {
  /** At most MAX_OVERLAPS_LISTED of each severity, in display order. */
  listed: FoundOverlap[];
  /** Overlaps of any severity not listed. */
  unlisted: number;
  hasConflict: boolean;
  hasWarning: boolean;
}

const POD_KINDS: ReadonlySet<AddressMapKind> = new Set(['pod', 'podExpansion']);

function conflictRule(a: RangeDraft, b: RangeDraft): string | null {
  const rule = overlapErrorRule(a.kind, b.kind);
  if (rule !== null) return rule;
  for (const [special, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const rules = special.kind === 'reserved' ? special.forbids.get(other.kind) : undefined;
    if (rules !== undefined) return rules;
  }
  return null;
}

function describeOverlap(other: Placed): string {
  return `${other.draft.reference} (${other.draft.canonical})`;
}

/**
 * Ranges that are the same for the overlap rules: one kind, one network (and one reserved entry).
 * 800 subnets on one prefix are one class, so classes are compared, not ranges.
 */
interface RangeClass {
  draft: RangeDraft;
  first: bigint;
  last: bigint;
  /** In display order. */
  members: Placed[];
  /** Other classes sharing addresses with this one. */
  partners: RangeClass[];
}

function classKey(p: Placed): string {
  const { draft } = p;
  return `${draft.kind}|${draft.canonical}|${draft.kind === 'reserved' ? draft.label : ''}`;
}

/**
 * The classes and which share addresses. CIDRs either nest or are disjoint, so sorted by first address
 * (widest first), every class overlapping the current one and starting before it is on the stack of
 * open classes: pairs are found in O(n log n + pairs), and pairs are at most (stack depth ≤ 129) × classes.
 */
function rangeClasses(placed: readonly Placed[]): Map<Placed, RangeClass> {
  const byKey = new Map<string, RangeClass>();
  const of = new Map<Placed, RangeClass>();
  for (const p of placed) {
    const key = classKey(p);
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { draft: p.draft, first: p.first, last: p.last, members: [], partners: [] };
      byKey.set(key, entry);
    }
    entry.members.push(p);
    of.set(p, entry);
  }
  const sorted = [...byKey.values()].sort((a, b) =>
    a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.last !== b.last ? (a.last > b.last ? -1 : 1) : 0,
  );
  const open: RangeClass[] = [];
  for (const current of sorted) {
    while (open.length > 0 && (open[open.length - 1]?.last ?? 0n) < current.first) open.pop();
    for (const outer of open) {
      if (outer.last < current.first) continue;
      outer.partners.push(current);
      current.partners.push(outer);
    }
    open.push(current);
  }
  return of;
}

/** Severity and rule of an overlap of a range of class `self` with one of class `other`, or null. */
function pairSeverity(
  self: RangeClass,
  other: RangeClass,
  warnsAboutVnet: boolean,
): { severity: AddressMapSeverity; rule: string; suffix: string } | null {
  const rule = conflictRule(self.draft, other.draft);
  if (rule !== null) return { severity: 'conflict', rule, suffix: '' };
  if (self.draft.informational || other.draft.informational) {
    if (self.draft.kind !== 'connected' && other.draft.kind !== 'connected')
      return { severity: 'note', rule: 'R46', suffix: '' };
    return null;
  }
  // A pod or service range in VNet space that no subnet uses: a warning, raised only without a subnet
  // overlap (R18 POD_CIDR_IN_VNET_SPACE, R43 SERVICE_CIDR_IN_VNET_SPACE, D9, D14).
  if (warnsAboutVnet && other.draft.kind === 'vnet') {
    return {
      severity: 'warning',
      rule: self.draft.kind === 'service' ? 'R43' : 'R18',
      suffix: ', where no subnet is yet',
    };
  }
  return null;
}

/**
 * The overlaps of every placed range with the others of its family, with their severity (matrix M):
 * at most MAX_OVERLAPS_LISTED of each severity named per range, in display order, the rest counted.
 */
export function familyOverlaps(placed: readonly Placed[]): Map<Placed, RangeOverlaps> {
  const classOf = rangeClasses(placed);
  const result = new Map<Placed, RangeOverlaps>();
  const perClass = new Map<
    RangeClass,
    { candidates: FoundOverlap[]; counts: Record<AddressMapSeverity, number> }
  >();
  for (const cls of new Set(classOf.values())) {
    const warnsAboutVnet =
      (POD_KINDS.has(cls.draft.kind) || cls.draft.kind === 'service') &&
      !cls.partners.some((other) => other.draft.kind === 'subnet');
    const counts: Record<AddressMapSeverity, number> = { conflict: 0, warning: 0, note: 0 };
    const candidates: FoundOverlap[] = [];
    for (const other of [cls, ...cls.partners]) {
      const found = pairSeverity(cls, other, warnsAboutVnet);
      if (found === null) continue;
      counts[found.severity] += other.members.length - (other === cls ? 1 : 0);
      // One more than listed, so a member can skip itself and still list the most.
      for (const member of other.members.slice(0, MAX_OVERLAPS_LISTED + 1)) {
        candidates.push({
          other: member,
          severity: found.severity,
          rule: found.rule,
          text: `${describeOverlap(member)}${found.suffix}`,
        });
      }
    }
    candidates.sort((a, b) => a.other.index - b.other.index);
    perClass.set(cls, { candidates, counts });
  }
  for (const self of placed) {
    const cls = classOf.get(self);
    const entry = cls === undefined ? undefined : perClass.get(cls);
    if (entry === undefined) continue;
    const taken: Record<AddressMapSeverity, number> = { conflict: 0, warning: 0, note: 0 };
    const listed: FoundOverlap[] = [];
    for (const candidate of entry.candidates) {
      if (candidate.other === self || taken[candidate.severity] >= MAX_OVERLAPS_LISTED) continue;
      taken[candidate.severity]++;
      listed.push(candidate);
    }
    const total = entry.counts.conflict + entry.counts.warning + entry.counts.note;
    result.set(self, {
      listed,
      unlisted: total - listed.length,
      hasConflict: entry.counts.conflict > 0,
      hasWarning: entry.counts.warning > 0,
    });
  }
  return result;
}
