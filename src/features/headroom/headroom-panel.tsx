import { Component, Suspense, lazy, useDeferredValue, useId, useMemo, useState } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { evaluate, formatCount, planHeadroom } from '../../core/index.ts';
import type { Evaluation, Finding, Headroom, PlanReport } from '../../core/index.ts';
import { headroomSubject, limitsByRunOut, nodeCountText } from './headroom-text.ts';
import { newFindings, planWithExtraNodes, whatIfSliderMax } from './what-if.ts';
import type { ExtraNodes } from './what-if.ts';
import './headroom.css';
import { ROWS_SHOWN } from '../../components/more-rows.tsx';
import { useNearViewport } from '../../components/use-near-viewport.ts';

/** recharts lives only in headroom-chart.tsx, fetched when the panel first draws a chart. */
const HeadroomChart = lazy(() => import('./headroom-chart.tsx'));

const CHART_LOADING = (
  <div className="headroom-chart headroom-chart-loading" aria-busy="true">
    Loading chart…
  </div>
);

const SEARCH_CEILING = 1_000_000; // planHeadroom searches node counts up to this

type Selection = 'cluster' | number;

interface ChartBoundaryProps {
  children: ReactNode;
}

/** A chart that fails to load or draw leaves a note; the table and the rest of the page stay. */
class ChartBoundary extends Component<ChartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The headroom chart failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.failed) {
      return (
        <p className="headroom-chart-fallback" role="alert">
          The chart could not be drawn. The table below has the same numbers.
        </p>
      );
    }
    return this.props.children;
  }
}

function nodesText(count: number): string {
  if (count >= SEARCH_CEILING) return `≥ ${formatCount(SEARCH_CEILING)}`;
  if (count < 0) return 'none';
  return formatCount(count);
}

function roomText(room: number): string {
  if (room >= SEARCH_CEILING) return 'no practical limit';
  if (room < 0) return `${formatCount(-room)} short`;
  return `+${formatCount(room)}`;
}

interface ExtraNodesSliderProps {
  poolName: string;
  planned: number;
  max: number;
  value: number;
  onChange: (value: number) => void;
}

function ExtraNodesSlider({ poolName, planned, max, value, onChange }: ExtraNodesSliderProps) {
  const id = useId();
  return (
    <div className="headroom-slider">
      <label htmlFor={id}>Extra nodes in {poolName}</label>
      <div className="headroom-slider-row">
        <input
          id={id}
          type="range"
          min={0}
          max={max}
          step={1}
          value={Math.min(value, max)}
          aria-valuetext={`${formatCount(value)} extra nodes, ${nodeCountText(planned + value)} in ${poolName}`}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
        <output htmlFor={id} className="headroom-slider-value">
          +{formatCount(value)}
        </output>
      </div>
      <p className="headroom-slider-hint">
        {formatCount(planned)} planned → <strong>{nodeCountText(planned + value)}</strong>
      </p>
    </div>
  );
}

/** A finding code that may wrap after its underscores (and nowhere else). */
function breakableCode(code: string): ReactNode[] {
  const parts = code.split('_');
  return parts.flatMap((part, index) =>
    index < parts.length - 1 ? [`${part}_`, <wbr key={index} />] : [part],
  );
}

const SEVERITY_LABEL: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

function WhatIfResult({
  added,
  extras,
  report,
}: {
  added: Finding[];
  extras: ExtraNodes;
  report: PlanReport;
}) {
  const changes = report.nodePools
    .map((pool, index) => ({ pool, extra: extras[index] ?? 0 }))
    .filter(({ extra }) => extra > 0);
  if (changes.length === 0) {
    return (
      <p className="headroom-whatif-idle">Move a slider to add nodes and see which findings they bring.</p>
    );
  }
  return (
    <>
      <p className="headroom-whatif-change">
        {changes.map(({ pool, extra }, index) => (
          <span key={pool.name + index}>
            {index > 0 ? ', ' : null}
            <strong>+{formatCount(extra)}</strong> in {pool.name} ({nodeCountText(pool.nodes)},{' '}
            {formatCount(pool.nodes + pool.surgeNodes)} during upgrade)
          </span>
        ))}
      </p>
      {added.length === 0 ? (
        <p className="headroom-whatif-none">No new findings.</p>
      ) : (
        <ul className="headroom-whatif-findings" aria-label="New findings with the extra nodes">
          {added.map((finding, index) => (
            <li
              key={`${finding.code}-${finding.path ?? ''}-${index}`}
              className={`headroom-whatif-finding headroom-whatif-${finding.severity}`}
              data-what-if-code={finding.code}
            >
              <span className="headroom-whatif-severity">{SEVERITY_LABEL[finding.severity]}</span>
              <code>{breakableCode(finding.code)}</code>
              <span className="headroom-whatif-message">{finding.message}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function LimitsTable({
  headroom,
  subject,
  planned,
}: {
  headroom: Headroom;
  subject: string;
  planned: string;
}) {
  const limits = limitsByRunOut(headroom);
  const first = headroom.firstLimit;
  return (
    <div className="headroom-table-wrap">
      <table className="headroom-table">
        <caption>
          {subject}: {planned}. The most nodes each range allows, first to run out on top.
        </caption>
        <thead>
          <tr>
            <th scope="col">Range</th>
            <th scope="col" className="num">
              Capacity
            </th>
            <th scope="col" className="num">
              Max nodes at rest
            </th>
            <th scope="col" className="num">
              Max nodes in upgrade
            </th>
            <th scope="col" className="num">
              Room left
            </th>
          </tr>
        </thead>
        <tbody>
          {limits.map((limit) => {
            const isFirst = limit === first;
            const room = limit.maxNodesDuringUpgrade - headroom.current;
            return (
              <tr
                key={limit.resource}
                className={isFirst ? 'headroom-first' : undefined}
                data-resource={limit.resource}
              >
                <th scope="row">
                  <span className="headroom-range">{limit.label}</span>
                  <span className="headroom-rule">{limit.rule}</span>
                  {isFirst ? <span className="headroom-badge">Runs out first</span> : null}
                </th>
                <td className="num">
                  {formatCount(limit.capacity)} <span className="headroom-unit">{limit.unit}</span>
                </td>
                <td className="num">{nodesText(limit.maxNodes)}</td>
                <td className="num">{nodesText(limit.maxNodesDuringUpgrade)}</td>
                <td className={`num ${room < 0 ? 'headroom-short' : ''}`}>
                  {limit.maxNodesDuringUpgrade < 0
                    ? 'short already'
                    : roomText(limit.maxNodesDuringUpgrade >= SEARCH_CEILING ? SEARCH_CEILING : room)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Headroom for each node pool and the whole cluster: every range that limits the node count, when it
 * runs out (at rest and during an upgrade), a lazily loaded chart, and a what-if slider that adds nodes
 * to a pool and lists the findings they bring.
 */
export function HeadroomPanel({ evaluation }: { evaluation: Evaluation }) {
  const { report } = evaluation;
  const pickerId = useId();
  const headingId = useId();
  const [selection, setSelection] = useState<Selection>(0);
  const [extras, setExtras] = useState<number[]>([]);
  const [chartArea, chartNear] = useNearViewport<HTMLDivElement>();
  const deferredExtras = useDeferredValue(extras);

  const headroom = useMemo(() => planHeadroom(evaluation), [evaluation]);
  const poolCount = headroom.pools.length;
  const extrasInPlan = useMemo(() => deferredExtras.slice(0, poolCount), [deferredExtras, poolCount]);
  const anyExtra = extrasInPlan.some((extra) => extra > 0);
  const whatIf = useMemo(() => {
    if (!anyExtra) return { report, added: [] as Finding[] };
    // The what-if is another plan (more nodes), so it has its own evaluation.
    const hypothetical = evaluate(planWithExtraNodes(evaluation, extrasInPlan)).report;
    return { report: hypothetical, added: newFindings(report.findings, hypothetical.findings) };
  }, [anyExtra, evaluation, extrasInPlan, report]);

  const selected: Selection = typeof selection === 'number' && selection >= poolCount ? 'cluster' : selection;
  const current = selected === 'cluster' ? headroom.cluster : (headroom.pools[selected] ?? headroom.cluster);
  const subject = headroomSubject(current);

  const today =
    selected === 'cluster'
      ? report.nodePools.reduce((sum, pool) => sum + pool.count, 0)
      : (report.nodePools[selected]?.count ?? current.current);
  const upgradeNodes =
    selected === 'cluster'
      ? report.cluster.nodesDuringUpgrade
      : (report.nodePools[selected]?.nodes ?? 0) + (report.nodePools[selected]?.surgeNodes ?? 0);
  const planned = `${nodeCountText(current.current)} planned, ${formatCount(upgradeNodes)} during upgrade`;
  const extraHere =
    selected === 'cluster'
      ? extrasInPlan.reduce((sum, extra) => sum + extra, 0)
      : (extrasInPlan[selected] ?? 0);
  const whatIfNodes = extraHere > 0 ? current.current + extraHere : null;

  const setExtra = (index: number, value: number) =>
    setExtras((previous) => {
      const next = previous.slice(0, poolCount);
      while (next.length < poolCount) next.push(0);
      next[index] = value;
      return next;
    });

  // A link may carry 10,000 pools: the picker and the sliders offer the first ROWS_SHOWN of them.
  const sliderPools =
    selected === 'cluster' ? headroom.pools.slice(0, ROWS_SHOWN).map((_, index) => index) : [selected];
  const sliderSet = new Set(sliderPools);
  const otherExtras = headroom.pools
    .map((pool, index) => ({ name: pool.pool ?? '', index, extra: extras[index] ?? 0 }))
    .filter(({ index, extra }) => extra > 0 && !sliderSet.has(index));

  return (
    <section className="headroom" aria-labelledby={headingId}>
      <div className="headroom-head">
        <div>
          <h2 id={headingId}>Headroom</h2>
          <p className="headroom-lede">
            How far the plan can grow before an address range or limit runs out, with upgrade surge nodes
            counted.
          </p>
        </div>
        <div className="headroom-picker">
          <label htmlFor={pickerId}>Headroom for</label>
          <select
            id={pickerId}
            value={selected === 'cluster' ? 'cluster' : String(selected)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setSelection(value === 'cluster' ? 'cluster' : Number(value));
            }}
          >
            <option value="cluster">Whole cluster</option>
            {headroom.pools.slice(0, ROWS_SHOWN).map((pool, index) => (
              <option key={index} value={String(index)}>
                Pool {pool.pool}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="headroom-body">
        <div className="headroom-chart-area" ref={chartArea}>
          <ChartBoundary key={String(selected)}>
            <Suspense fallback={CHART_LOADING}>
              {chartNear ? (
                <HeadroomChart headroom={current} today={today} whatIfNodes={whatIfNodes} />
              ) : (
                CHART_LOADING
              )}
            </Suspense>
          </ChartBoundary>
        </div>

        <section className="headroom-whatif" aria-label="What if">
          <h3>What if</h3>
          {poolCount === 0 ? (
            <p className="headroom-whatif-idle">The plan has no node pools.</p>
          ) : (
            sliderPools.map((index) => {
              const pool = headroom.pools[index];
              if (pool === undefined) return null;
              return (
                <ExtraNodesSlider
                  key={index}
                  poolName={pool.pool ?? `pool ${index + 1}`}
                  planned={pool.current}
                  max={Math.max(whatIfSliderMax(pool), extras[index] ?? 0)}
                  value={extras[index] ?? 0}
                  onChange={(value) => setExtra(index, value)}
                />
              );
            })
          )}
          {otherExtras.length > 0 ? (
            <p className="headroom-whatif-also">
              Also applied:{' '}
              {otherExtras.map(({ name, extra }) => `+${formatCount(extra)} in ${name}`).join(', ')}.
            </p>
          ) : null}
          <div className="headroom-whatif-result" role="status" aria-label="What-if result">
            <WhatIfResult added={whatIf.added} extras={extrasInPlan} report={whatIf.report} />
          </div>
          {extras.some((extra) => extra > 0) ? (
            <button type="button" className="headroom-reset" onClick={() => setExtras([])}>
              Reset extra nodes
            </button>
          ) : null}
        </section>
      </div>

      <LimitsTable headroom={current} subject={subject} planned={planned} />
      <p className="headroom-note">
        {selected === 'cluster'
          ? 'The cluster view grows every pool in proportion to its planned size. '
          : 'A pool grows while the other pools stay at their planned size. '}
        Service ClusterIPs do not depend on the node count, so the service CIDR does not appear here.
      </p>
    </section>
  );
}
