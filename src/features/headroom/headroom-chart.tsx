import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../core/index.ts';
import type { Headroom } from '../../core/index.ts';
import { RESOURCE_SHORT_NAMES, headroomSummary } from './headroom-text.ts';
import { chartScale, niceTicks, percentAt, RESOURCE_COLOR } from './headroom-scale.ts';
import { HeadroomLegend } from './headroom-legend.tsx';

/** The only module that imports recharts: the panel loads it lazily, so recharts stays out of the first load. */

export interface HeadroomChartProps {
  headroom: Headroom;
  /** Nodes the pool (or cluster) runs today: its count, before the autoscaler. */
  today: number;
  /** Node count of the what-if, or null when no extra nodes are set. */
  whatIfNodes: number | null;
}

const AXIS = 'var(--headroom-axis)';
const TICK = { fill: 'var(--headroom-axis)', fontSize: 12 };
/** A surface-coloured outline behind marker text so it stays legible where it crosses a line. */
const HALO = { stroke: 'var(--surface, #fff)', strokeWidth: 4, paintOrder: 'stroke' } as const;

/** What the chart draws, as text: equal keys draw the same chart. */
function chartKey({ headroom, today, whatIfNodes }: HeadroomChartProps): string {
  return JSON.stringify([
    today,
    whatIfNodes,
    headroom.pool,
    headroom.current,
    headroom.maxCount,
    headroom.firstLimit?.resource ?? null,
    headroom.limits.map((l) => [
      l.resource,
      l.label,
      l.rule,
      l.capacity,
      l.unit,
      l.maxNodes,
      l.maxNodesDuringUpgrade,
    ]),
    headroom.points,
  ]);
}

/**
 * Redrawn only when what it draws changes: typing a title or a name makes a new (equal) headroom,
 * and redrawing measures every SVG path (recharts), which forces a layout of the whole page.
 */
export default memo(HeadroomChart, (before, after) => chartKey(before) === chartKey(after));

/** Percent of each range used during an upgrade as the node count grows, with run-out points marked. */
function HeadroomChart({ headroom, today, whatIfNodes }: HeadroomChartProps) {
  const { rows, xMax, yMax, ordered, onChart, slots, first } = chartScale(headroom, today, whatIfNodes);
  const subject = headroom.pool === null ? 'the cluster' : `pool ${headroom.pool}`;

  return (
    <figure className="headroom-figure">
      <div
        className="headroom-chart"
        role="img"
        aria-label={headroomSummary(headroom, today, whatIfNodes)}
        data-testid="headroom-chart"
      >
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 320 }}>
          <LineChart
            data={rows}
            margin={{ top: 34, right: 40, bottom: 22, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="var(--headroom-grid)" strokeDasharray="3 3" />
            <XAxis
              dataKey="nodes"
              type="number"
              domain={[0, xMax]}
              allowDecimals={false}
              ticks={niceTicks(xMax)}
              stroke={AXIS}
              tick={TICK}
              tickFormatter={(value: number) => formatCount(value)}
              label={{
                value: `Nodes in ${subject}`,
                position: 'insideBottom',
                offset: -14,
                fill: AXIS,
                fontSize: 12,
              }}
            />
            <YAxis
              type="number"
              domain={[0, yMax]}
              allowDataOverflow
              ticks={Array.from({ length: yMax / 20 + 1 }, (_, i) => i * 20)}
              stroke={AXIS}
              tick={TICK}
              width={56}
              tickFormatter={(value: number) => `${value}%`}
            />
            <Tooltip
              isAnimationActive={false}
              contentStyle={{
                background: 'var(--surface, #fff)',
                border: '1px solid var(--border, #ccc)',
                borderRadius: 6,
                color: 'var(--text, #111)',
                fontSize: 13,
              }}
              labelStyle={{ fontWeight: 600, marginBottom: 4 }}
              labelFormatter={(label) =>
                `${typeof label === 'number' ? formatCount(label) : String(label)} nodes`
              }
              formatter={(value) => `${typeof value === 'number' ? value.toFixed(1) : String(value)} % used`}
            />
            <ReferenceLine
              y={100}
              stroke="var(--headroom-full)"
              strokeWidth={1.5}
              label={{
                value: 'full',
                position: 'right',
                fill: 'var(--headroom-full)',
                fontSize: 12,
                fontWeight: 600,
              }}
            />
            {headroom.maxCount !== null && headroom.maxCount !== today ? (
              <ReferenceLine
                x={headroom.maxCount}
                stroke={AXIS}
                strokeDasharray="2 4"
                label={{ value: 'autoscaler max', position: 'top', fill: AXIS, fontSize: 12, offset: 18 }}
              />
            ) : null}
            <ReferenceLine
              x={today}
              stroke="var(--headroom-today)"
              strokeWidth={1.5}
              label={{
                value: 'today',
                position: 'top',
                fill: 'var(--headroom-today)',
                fontSize: 12,
                fontWeight: 600,
                offset: 6,
              }}
            />
            {whatIfNodes !== null ? (
              <ReferenceLine
                x={whatIfNodes}
                stroke="var(--headroom-what-if)"
                strokeWidth={2}
                strokeDasharray="6 3"
                label={{
                  value: `what if: ${formatCount(whatIfNodes)}`,
                  position: 'insideTopRight',
                  fill: 'var(--headroom-what-if)',
                  fontSize: 12,
                  fontWeight: 600,
                  ...HALO,
                }}
              />
            ) : null}
            {ordered.map((limit) => (
              <Line
                key={limit.resource}
                dataKey={limit.resource}
                name={limit.label}
                type="linear"
                stroke={RESOURCE_COLOR[limit.resource]}
                strokeWidth={limit === first ? 3 : 2}
                dot={false}
                activeDot={{ r: 4 }}
                isAnimationActive={false}
              />
            ))}
            {onChart.map((limit, index) => (
              <ReferenceDot
                key={`run-out-${limit.resource}`}
                x={limit.maxNodesDuringUpgrade}
                y={Math.min(percentAt(limit, limit.maxNodesDuringUpgrade), yMax)}
                r={limit === first ? 6 : 4.5}
                fill="var(--surface, #fff)"
                stroke={RESOURCE_COLOR[limit.resource]}
                strokeWidth={2.5}
                label={{
                  value: `${RESOURCE_SHORT_NAMES[limit.resource]} ${formatCount(limit.maxNodesDuringUpgrade)}`,
                  position: 'left',
                  offset: 8 + (slots[index] ?? 0) * 2,
                  dy: -(slots[index] ?? 0) * 15,
                  fill: RESOURCE_COLOR[limit.resource],
                  fontSize: 12,
                  fontWeight: limit === first ? 700 : 500,
                  ...HALO,
                }}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <HeadroomLegend ordered={ordered} first={first} xMax={xMax} />
    </figure>
  );
}
