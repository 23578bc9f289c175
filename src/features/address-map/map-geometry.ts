import type { AddressMapFamily, AddressMapKind, AddressMapRange, AxisTick } from '../../core/index';
import { formatCount } from '../../core/index';

/** Pixel geometry of one family's map: the SVG is drawn 1:1 at the measured width, so text stays crisp. */
export const ROW_HEIGHT = 38;
export const BAR_HEIGHT = 20;
export const AXIS_HEIGHT = 34;
export const GROUP_GAP = 10;
export const BOTTOM_PAD = 6;
export const RIGHT_PAD = 12;
export const LABEL_GAP = 14;
/** Approximate advance of the 12px monospace and 13px sans text used in the SVG (no measuring in tests). */
export const MONO_CHAR = 7.3;
export const SANS_CHAR = 7.4;
export const TICK_CHAR = 6.7;

/** Rows are grouped: the VNet, its subnets, the pod range with its expansion, services, connected, reserved. */
export function kindGroup(kind: AddressMapKind): string {
  return kind === 'podExpansion' ? 'pod' : kind;
}

export interface RowLayout {
  range: AddressMapRange;
  top: number;
  barX: number;
  barWidth: number;
}

export interface FamilyLayout {
  width: number;
  height: number;
  labelWidth: number;
  trackX: number;
  trackWidth: number;
  rows: RowLayout[];
  /** Bottom of the last row: where guides and gap shading end. */
  rowsBottom: number;
  xOf: (x: number) => number;
}

/** Places the rows of a family at `width` pixels: a label column, then the axis track. */
export function familyLayout(family: AddressMapFamily, width: number): FamilyLayout {
  const labelWidth = Math.round(Math.min(260, Math.max(150, width * 0.26)));
  const trackX = labelWidth + LABEL_GAP;
  const trackWidth = Math.max(40, width - trackX - RIGHT_PAD);
  const xOf = (x: number): number => trackX + x * trackWidth;
  let top = AXIS_HEIGHT;
  let group: string | null = null;
  const rows = family.ranges.map((range) => {
    const next = kindGroup(range.kind);
    if (group !== null && next !== group) top += GROUP_GAP;
    group = next;
    const barX = xOf(range.x0);
    const row: RowLayout = { range, top, barX, barWidth: Math.max(2, xOf(range.x1) - barX) };
    top += ROW_HEIGHT;
    return row;
  });
  return { width, height: top + BOTTOM_PAD, labelWidth, trackX, trackWidth, rows, rowsBottom: top, xOf };
}

/**
 * The ticks whose labels fit without colliding, left to right. Only network addresses (where a range
 * starts) are labelled, each written rightwards from its tick like a ruler; every tick keeps its mark.
 */
export function visibleTickLabels(ticks: readonly AxisTick[], trackWidth: number): AxisTick[] {
  const shown: AxisTick[] = [];
  let rightEdge = Number.NEGATIVE_INFINITY;
  for (const tick of ticks) {
    if (!tick.start) continue;
    const left = tick.x * trackWidth;
    const right = left + tick.text.length * TICK_CHAR;
    if (left >= rightEdge + 8 && right <= trackWidth + RIGHT_PAD) {
      shown.push(tick);
      rightEdge = right;
    }
  }
  return shown;
}

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/** A size short enough for a bar: `65,536`, or `2⁶⁴` past 2³² addresses in IPv6. */
export function shortSize(range: AddressMapRange): string {
  if (range.family === 'IPv4' || range.size < 4_294_967_296n) return formatCount(range.size);
  const exponent = range.size.toString(2).length - 1;
  return `2${[...String(exponent)].map((digit) => SUPERSCRIPT[Number(digit)] ?? digit).join('')}`;
}

/** Cuts `text` to `maxWidth` pixels at `charWidth` per character, with an ellipsis. */
export function fitText(text: string, maxWidth: number, charWidth: number): string {
  const max = Math.floor(maxWidth / charWidth);
  if (text.length <= max) return text;
  return max <= 1 ? '…' : `${text.slice(0, max - 1)}…`;
}

/**
 * Where a bar's size caption goes: inside when it fits, else beside the bar, else nowhere. A bar with a
 * hatched overlap takes its caption beside it when there is room, so the text never sits on the hatch.
 */
export function captionPlacement(
  row: RowLayout,
  text: string,
  trackX: number,
  trackEnd: number,
  avoidInside = false,
): { x: number; anchor: 'start' | 'middle' | 'end'; inside: boolean } | null {
  const textWidth = text.length * TICK_CHAR;
  const inside =
    textWidth + 12 <= row.barWidth
      ? { x: row.barX + row.barWidth / 2, anchor: 'middle' as const, inside: true }
      : null;
  if (inside !== null && !avoidInside) return inside;
  const after = row.barX + row.barWidth + 6;
  if (after + textWidth <= trackEnd) return { x: after, anchor: 'start', inside: false };
  const before = row.barX - 6;
  if (before - textWidth >= trackX) return { x: before, anchor: 'end', inside: false };
  return inside;
}
