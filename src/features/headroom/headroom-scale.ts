import type { Headroom, HeadroomLimit, HeadroomResource } from '../../core/index.ts';
import { limitsByRunOut } from './headroom-text.ts';

/**
 * What a headroom chart draws, worked out once for both charts: the interactive one on screen
 * (headroom-chart.tsx, recharts) and the static one printed (print-headroom-chart.tsx, plain SVG).
 */

/** Colours come from CSS variables (headroom.css), so the charts follow light and dark. */
export const RESOURCE_COLOR: Readonly<Record<HeadroomResource, string>> = {
  podCidr: 'var(--headroom-pod-cidr)',
  nodeSubnet: 'var(--headroom-node-subnet)',
  podSubnet: 'var(--headroom-pod-subnet)',
  clusterNodeLimit: 'var(--headroom-tier-limit)',
  kubenetRoutes: 'var(--headroom-routes)',
  poolNodeLimit: 'var(--headroom-pool-limit)',
  vnetPrivateIps: 'var(--headroom-vnet-ips)',
};

const Y_CAP = 200;

export type ChartRow = { nodes: number } & Partial<Record<HeadroomResource, number>>;

/** Percent of a limit's capacity used during an upgrade at `nodes` nodes (100 when it has none). */
export function percentAt(limit: HeadroomLimit, nodes: number): number {
  return limit.capacity > 0 ? (limit.usedDuringUpgrade(nodes) / limit.capacity) * 100 : 100;
}

function niceCeiling(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/** Ticks at 1, 2 or 5 × 10^k, about five of them, from 0 up to `max`. */
export function niceTicks(max: number): number[] {
  const rough = Math.max(max / 5, 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}

/** Stack labels of run-out markers that sit close together so they do not overprint. */
function labelSlots(limits: readonly HeadroomLimit[], xMax: number): number[] {
  const slots: number[] = [];
  let lastX = Number.NEGATIVE_INFINITY;
  let slot = 0;
  for (const limit of limits) {
    const x = limit.maxNodesDuringUpgrade;
    slot = x - lastX < xMax * 0.12 ? slot + 1 : 0;
    slots.push(slot % 3);
    lastX = x;
  }
  return slots;
}

export interface ChartScale {
  rows: ChartRow[];
  xMax: number;
  yMax: number;
  /** The limits, first to run out first. */
  ordered: HeadroomLimit[];
  /** The limits whose run-out point is on the chart, with the label slot of each. */
  onChart: HeadroomLimit[];
  slots: number[];
  first: HeadroomLimit | null;
}

/** The most rows the chart adds past the core's points to reach a what-if or today's count. */
const EXTRA_ROWS = 60;

/** Rows, axes and markers of a headroom chart up to the what-if, the autoscaler maximum or today. */
export function chartScale(headroom: Headroom, today: number, whatIfNodes: number | null): ChartScale {
  const lastNodes = headroom.points[headroom.points.length - 1]?.nodes ?? 10;
  const xMax = Math.max(lastNodes, whatIfNodes ?? 0, headroom.maxCount ?? 0, today);
  const rows: ChartRow[] = headroom.points.map((point) => ({ nodes: point.nodes, ...point.percentUsed }));
  // A what-if or a node count past the last point: carry the lines on to it with the same step, or
  // sampled in at most EXTRA_ROWS steps (a count of 123,456,789,012,345 once added a row per node).
  const pointsStep = Math.max(1, (headroom.points[1]?.nodes ?? 1) - (headroom.points[0]?.nodes ?? 0));
  const step = Math.max(pointsStep, Math.ceil((xMax - lastNodes) / EXTRA_ROWS));
  for (let nodes = lastNodes + step; nodes < xMax + step; nodes += step) {
    const row: ChartRow = { nodes: Math.min(nodes, xMax) };
    for (const limit of headroom.limits)
      row[limit.resource] = Math.round(percentAt(limit, row.nodes) * 10) / 10;
    rows.push(row);
  }
  const highest = rows.reduce(
    (max, row) => Math.max(max, ...headroom.limits.map((l) => row[l.resource] ?? 0)),
    0,
  );
  const yMax = Math.min(Y_CAP, Math.max(120, niceCeiling(highest, 20)));
  const ordered = limitsByRunOut(headroom);
  const onChart = ordered.filter((l) => l.maxNodesDuringUpgrade >= 0 && l.maxNodesDuringUpgrade <= xMax);
  return { rows, xMax, yMax, ordered, onChart, slots: labelSlots(onChart, xMax), first: headroom.firstLimit };
}
