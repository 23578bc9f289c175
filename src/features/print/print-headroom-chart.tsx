import { formatCount } from '../../core/index.ts';
import type { Headroom } from '../../core/index.ts';
import {
  chartScale,
  HeadroomLegend,
  niceTicks,
  percentAt,
  RESOURCE_COLOR,
  RESOURCE_SHORT_NAMES,
} from '../headroom/index.ts';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 26, right: 44, bottom: 34, left: 52 };
const AXIS = 'var(--headroom-axis)';

/**
 * The cluster headroom chart for the printed page: the same lines, run-out points, "today" and "full"
 * markers as the screen's chart (headroom-chart.tsx), drawn as plain SVG. Printing then never waits for
 * recharts, which the screen loads only when its chart scrolls into view.
 */
export function PrintHeadroomChart({ headroom }: { headroom: Headroom }) {
  const today = headroom.current;
  const { rows, xMax, yMax, ordered, onChart, slots, first } = chartScale(headroom, today, null);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (nodes: number): number => MARGIN.left + (xMax > 0 ? nodes / xMax : 0) * plotWidth;
  const y = (percent: number): number => MARGIN.top + (1 - Math.min(percent, yMax) / yMax) * plotHeight;
  const yTicks = Array.from({ length: yMax / 20 + 1 }, (_, i) => i * 20).filter(
    (tick) => yMax <= 120 || tick % 40 === 0,
  );
  const subject = headroom.pool === null ? 'the cluster' : `pool ${headroom.pool}`;
  return (
    <figure className="headroom-figure">
      <svg className="pv-headroom-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true">
        <g stroke="var(--headroom-grid)" strokeDasharray="3 3">
          {yTicks.map((tick) => (
            <line key={`y${tick}`} x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          ))}
          {niceTicks(xMax).map((tick) => (
            <line key={`x${tick}`} x1={x(tick)} x2={x(tick)} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} />
          ))}
        </g>
        <g fill={AXIS} fontSize={12}>
          {yTicks.map((tick) => (
            <text key={`y${tick}`} x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}%
            </text>
          ))}
          {niceTicks(xMax).map((tick) => (
            <text key={`x${tick}`} x={x(tick)} y={HEIGHT - MARGIN.bottom + 15} textAnchor="middle">
              {formatCount(tick)}
            </text>
          ))}
          <text x={MARGIN.left + plotWidth / 2} y={HEIGHT - 3} textAnchor="middle">
            Nodes in {subject}
          </text>
        </g>
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={y(100)}
          y2={y(100)}
          stroke="var(--headroom-full)"
          strokeWidth={1.5}
        />
        <text
          x={WIDTH - MARGIN.right + 4}
          y={y(100) + 4}
          fill="var(--headroom-full)"
          fontSize={12}
          fontWeight={600}
        >
          full
        </text>
        {headroom.maxCount !== null && headroom.maxCount !== today && headroom.maxCount <= xMax ? (
          <line
            x1={x(headroom.maxCount)}
            x2={x(headroom.maxCount)}
            y1={MARGIN.top}
            y2={HEIGHT - MARGIN.bottom}
            stroke={AXIS}
            strokeDasharray="2 4"
          />
        ) : null}
        <line
          x1={x(today)}
          x2={x(today)}
          y1={MARGIN.top}
          y2={HEIGHT - MARGIN.bottom}
          stroke="var(--headroom-today)"
          strokeWidth={1.5}
        />
        <text
          x={x(today)}
          y={MARGIN.top - 8}
          textAnchor="middle"
          fill="var(--headroom-today)"
          fontSize={12}
          fontWeight={600}
        >
          today
        </text>
        {ordered.map((limit) => (
          <polyline
            key={limit.resource}
            fill="none"
            stroke={RESOURCE_COLOR[limit.resource]}
            strokeWidth={limit === first ? 3 : 2}
            points={rows
              .flatMap((row) => {
                const percent = row[limit.resource];
                return percent === undefined ? [] : [`${x(row.nodes).toFixed(1)},${y(percent).toFixed(1)}`];
              })
              .join(' ')}
          />
        ))}
        {onChart.map((limit, index) => {
          const cx = x(limit.maxNodesDuringUpgrade);
          const cy = y(percentAt(limit, limit.maxNodesDuringUpgrade));
          const slot = slots[index] ?? 0;
          return (
            <g key={limit.resource}>
              <circle
                cx={cx}
                cy={cy}
                r={limit === first ? 6 : 4.5}
                fill="var(--surface, #fff)"
                stroke={RESOURCE_COLOR[limit.resource]}
                strokeWidth={2.5}
              />
              <text
                x={cx - 10 - slot * 2}
                y={cy - 9 - slot * 15}
                textAnchor="end"
                fill={RESOURCE_COLOR[limit.resource]}
                fontSize={12}
                fontWeight={limit === first ? 700 : 500}
                stroke="var(--surface, #fff)"
                strokeWidth={4}
                paintOrder="stroke"
              >
                {RESOURCE_SHORT_NAMES[limit.resource]} {formatCount(limit.maxNodesDuringUpgrade)}
              </text>
            </g>
          );
        })}
      </svg>
      <HeadroomLegend ordered={ordered} first={first} xMax={xMax} />
    </figure>
  );
}
