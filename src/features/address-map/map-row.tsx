import type { KeyboardEvent } from 'react';
import type { AddressMapRange } from '../../core/index';
import type { RowLayout } from './map-geometry';
import {
  BAR_HEIGHT,
  MONO_CHAR,
  ROW_HEIGHT,
  SANS_CHAR,
  TICK_CHAR,
  captionPlacement,
  fitText,
  shortSize,
} from './map-geometry';

export function statusOf(range: AddressMapRange): 'conflict' | 'warning' | null {
  if (range.conflicts.length > 0) return 'conflict';
  if (range.warnings.length > 0) return 'warning';
  return null;
}

const STATUS_TEXT = { conflict: 'overlap', warning: 'warning' } as const;

const SUBNET_ROLE_NOTE: Record<string, string> = {
  'node subnet': 'nodes',
  'pod subnet': 'pods',
  'API server subnet': 'API server',
  'Application Gateway for Containers subnet': 'AGC',
  'other subnet': 'other',
};

/** A few muted words after the row title: a subnet's role, or that a pod or service CIDR is the default. */
function rowNote(range: AddressMapRange): string | null {
  if (range.detail === null) return null;
  if (range.kind === 'subnet') return SUBNET_ROLE_NOTE[range.detail] ?? null;
  if (range.kind === 'pod' || range.kind === 'service' || range.kind === 'podExpansion') return range.detail;
  return null;
}

export interface RowProps {
  row: RowLayout;
  width: number;
  labelWidth: number;
  trackX: number;
  trackEnd: number;
  active: boolean;
  patternId: (name: string) => string;
  xOf: (x: number) => number;
  onActivate: (id: string, how: 'hover' | 'focus') => void;
  onDeactivate: (id: string, how: 'hover' | 'focus') => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}

/** One range: its title and CIDR in the label column, its bar, the hatch over shared addresses, a size caption. */
export function MapRow({
  row,
  width,
  labelWidth,
  trackX,
  trackEnd,
  active,
  patternId,
  xOf,
  ...handlers
}: RowProps) {
  const { range, top, barX, barWidth } = row;
  const status = statusOf(range);
  const note = rowNote(range);
  const barY = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
  const caption = `/${range.cidr.split('/')[1] ?? ''} · ${shortSize(range)}`;
  const hatched = range.overlaps.some((overlap) => overlap.severity !== 'note');
  const placement = captionPlacement(row, caption, trackX, trackEnd, hatched);
  const statusText = status !== null ? `  ${status === 'conflict' ? '✕' : '!'} ${STATUS_TEXT[status]}` : '';
  const cidrRoom = labelWidth - statusText.length * MONO_CHAR;
  const classes = [
    'am-row',
    `am-kind-${range.kind}`,
    status !== null ? `am-${status}` : '',
    active ? 'am-active' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <g
      className={classes}
      tabIndex={0}
      role="img"
      aria-label={range.description}
      data-range-id={range.id}
      data-kind={range.kind}
      data-status={status ?? 'ok'}
      onMouseEnter={() => handlers.onActivate(range.id, 'hover')}
      onMouseLeave={() => handlers.onDeactivate(range.id, 'hover')}
      onFocus={() => handlers.onActivate(range.id, 'focus')}
      onBlur={() => handlers.onDeactivate(range.id, 'focus')}
      onKeyDown={handlers.onKeyDown}
    >
      <rect className="am-row-bg" x={1} y={top + 1} width={width - 2} height={ROW_HEIGHT - 2} rx={4} />
      <text className="am-label" x={6} y={top + 16}>
        {fitText(range.label, labelWidth - 6, SANS_CHAR)}
        {note !== null && (range.label.length + note.length + 3) * SANS_CHAR <= labelWidth - 6 ? (
          <tspan className="am-label-note"> · {note}</tspan>
        ) : null}
      </text>
      <text className="am-cidr" x={6} y={top + 31}>
        {fitText(range.cidr, cidrRoom, MONO_CHAR)}
        {status !== null ? <tspan className={`am-status am-status-${status}`}>{statusText}</tspan> : null}
      </text>
      <rect className="am-bar" x={barX} y={barY} width={barWidth} height={BAR_HEIGHT} rx={3} />
      {range.kind === 'reserved' ? (
        <rect
          className="am-bar-texture"
          x={barX}
          y={barY}
          width={barWidth}
          height={BAR_HEIGHT}
          rx={3}
          fill={`url(#${patternId('reserved')})`}
        />
      ) : null}
      {range.overlaps
        .filter((overlap) => overlap.severity !== 'note')
        .map((overlap) => (
          <rect
            key={overlap.id}
            className={`am-overlap am-overlap-${overlap.severity}`}
            x={xOf(overlap.x0)}
            y={barY}
            width={Math.max(2, xOf(overlap.x1) - xOf(overlap.x0))}
            height={BAR_HEIGHT}
            fill={`url(#${patternId(overlap.severity)})`}
          />
        ))}
      <rect className="am-bar-outline" x={barX} y={barY} width={barWidth} height={BAR_HEIGHT} rx={3} />
      {placement?.inside === true && hatched ? (
        <rect
          className="am-caption-pill"
          x={placement.x - (caption.length * TICK_CHAR) / 2 - 4}
          y={barY + 3}
          width={caption.length * TICK_CHAR + 8}
          height={BAR_HEIGHT - 6}
          rx={3}
        />
      ) : null}
      {placement !== null ? (
        <text
          className={`am-caption${placement.inside ? ' am-caption-inside' : ''}`}
          x={placement.x}
          y={barY + BAR_HEIGHT / 2 + 4}
          textAnchor={placement.anchor}
        >
          {caption}
        </text>
      ) : null}
    </g>
  );
}
