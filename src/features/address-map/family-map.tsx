import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { AddressMapFamily } from '../../core/index';
import { formatCount } from '../../core/index';
import { AXIS_HEIGHT, familyLayout, visibleTickLabels } from './map-geometry';
import { MapRow } from './map-row';
import { MoreRows, useShownRows } from '../../components/more-rows';

/** Width the SVG is drawn at before (or without) a measurement, e.g. in tests. */
const DEFAULT_WIDTH = 960;
const MIN_WIDTH = 360;

/** The SVG's drawing width follows its container, so one SVG unit is one pixel and text stays crisp. */
function useMeasuredWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      if (measured > 0)
        setWidth((current) => (Math.abs(current - measured) >= 1 ? Math.round(measured) : current));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, Math.max(MIN_WIDTH, width)];
}

function summary(family: AddressMapFamily): string {
  const parts = [`${formatCount(family.ranges.length)} ${family.ranges.length === 1 ? 'range' : 'ranges'}`];
  if (family.conflictCount > 0) {
    parts.push(`${formatCount(family.conflictCount)} in conflict`);
  } else {
    parts.push('no conflicts');
  }
  if (family.warningCount > 0) {
    parts.push(
      `${formatCount(family.warningCount)} with ${family.warningCount === 1 ? 'a warning' : 'warnings'}`,
    );
  }
  return parts.join(' · ');
}

/** One family's ranges as Gantt-style rows on its compressed axis, with a details line for the active bar. */
export function FamilyMap({ family }: { family: AddressMapFamily }) {
  const [containerRef, width] = useMeasuredWidth();
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement | null>(null);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const patternId = (name: string) => `am-${uid}-${name}`;
  const captionId = `am-${uid}-caption`;
  const detailsId = `am-${uid}-details`;

  // A link may carry 800 ranges: the first ROWS_SHOWN rows are drawn, the rest on request.
  const { shown, hidden, showAll } = useShownRows(family.ranges);
  const layout = familyLayout({ ...family, ranges: [...shown] }, width);
  const trackEnd = layout.trackX + layout.trackWidth;
  const activeId = hoverId ?? focusId;
  const active = family.ranges.find((range) => range.id === activeId) ?? null;
  const tickLabels = new Set(visibleTickLabels(family.ticks, layout.trackWidth).map((tick) => tick.value));
  const axisY = AXIS_HEIGHT - 8;

  const onActivate = (id: string, how: 'hover' | 'focus') =>
    how === 'hover' ? setHoverId(id) : setFocusId(id);
  const onDeactivate = (id: string, how: 'hover' | 'focus') => {
    if (how === 'hover') setHoverId((current) => (current === id ? null : current));
    else setFocusId((current) => (current === id ? null : current));
  };
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const rows = Array.from(svgRef.current?.querySelectorAll<SVGGElement>('.am-row') ?? []);
    const index = rows.indexOf(event.currentTarget);
    const target =
      event.key === 'ArrowDown'
        ? rows[index + 1]
        : event.key === 'ArrowUp'
          ? rows[index - 1]
          : event.key === 'Home'
            ? rows[0]
            : event.key === 'End'
              ? rows[rows.length - 1]
              : undefined;
    if (target !== undefined) {
      event.preventDefault();
      target.focus();
    }
  };

  return (
    <figure className="am-family" aria-labelledby={captionId}>
      <figcaption id={captionId} className="am-family-caption">
        <span className="am-family-name">{family.family}</span>
        <span className="am-family-summary">{summary(family)}</span>
      </figcaption>
      <div ref={containerRef} className="am-canvas">
        <svg
          ref={svgRef}
          className="am-svg"
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          role="group"
          aria-label={`${family.family} address map: ${summary(family)}`}
          aria-describedby={detailsId}
        >
          <defs>
            <pattern
              id={patternId('conflict')}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect className="am-hatch-bg am-hatch-bg-conflict" width={6} height={6} />
              <rect className="am-hatch am-hatch-conflict" width={3} height={6} />
            </pattern>
            <pattern
              id={patternId('warning')}
              width={6}
              height={6}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect className="am-hatch-bg am-hatch-bg-warning" width={6} height={6} />
              <rect className="am-hatch am-hatch-warning" width={2.5} height={6} />
            </pattern>
            <pattern
              id={patternId('reserved')}
              width={5}
              height={5}
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(-45)"
            >
              <rect className="am-hatch am-hatch-reserved" width={1.5} height={5} />
            </pattern>
          </defs>
          {family.gaps.map((gap) => (
            <g key={`gap-${gap.first}`} className="am-gap" aria-hidden="true">
              <rect
                x={layout.xOf(gap.x0)}
                y={axisY}
                width={Math.max(1, layout.xOf(gap.x1) - layout.xOf(gap.x0))}
                height={layout.rowsBottom - axisY}
              />
              <path
                className="am-gap-break"
                d={`M ${layout.xOf((gap.x0 + gap.x1) / 2) - 4} ${axisY + 4} l 3 -8 M ${layout.xOf((gap.x0 + gap.x1) / 2) + 1} ${axisY + 4} l 3 -8`}
              />
            </g>
          ))}
          <g className="am-axis" aria-hidden="true">
            <line x1={layout.trackX} x2={trackEnd} y1={axisY} y2={axisY} />
            {family.ticks.map((tick) => {
              const x = layout.xOf(tick.x);
              const labelled = tickLabels.has(tick.value);
              return (
                <g key={`tick-${tick.value}`}>
                  <line className="am-grid" x1={x} x2={x} y1={axisY} y2={layout.rowsBottom} />
                  <line
                    className="am-tick"
                    x1={x}
                    x2={x}
                    y1={labelled ? axisY - 18 : axisY - 4}
                    y2={axisY + 4}
                  />
                  {labelled ? (
                    <text className="am-tick-label" x={x + 3} y={axisY - 10}>
                      {tick.text}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </g>
          {layout.rows.map((row) => (
            <MapRow
              key={row.range.id}
              row={row}
              width={layout.width}
              labelWidth={layout.labelWidth}
              trackX={layout.trackX}
              trackEnd={trackEnd}
              active={row.range.id === activeId}
              patternId={patternId}
              xOf={layout.xOf}
              onActivate={onActivate}
              onDeactivate={onDeactivate}
              onKeyDown={onKeyDown}
            />
          ))}
          {active !== null ? (
            <g className="am-guides" aria-hidden="true">
              <line x1={layout.xOf(active.x0)} x2={layout.xOf(active.x0)} y1={axisY} y2={layout.rowsBottom} />
              <line x1={layout.xOf(active.x1)} x2={layout.xOf(active.x1)} y1={axisY} y2={layout.rowsBottom} />
            </g>
          ) : null}
        </svg>
      </div>
      <MoreRows hidden={hidden} what="ranges" onShowAll={showAll} />
      <p
        id={detailsId}
        className={`am-details${active !== null ? ' am-details-active' : ''}`}
        aria-live="polite"
      >
        {active !== null ? active.description : 'Hover over or focus a bar to see its exact range.'}
      </p>
    </figure>
  );
}
