import { useEvaluation } from '../../state/evaluation.tsx';
import { formatCount } from '../../core/index.ts';
import type { Evaluation, PlanReport, ResolvedModel } from '../../core/index.ts';
import { Figure } from './figure.tsx';
import { LazyWorking, type WorkingOf } from './lazy-working.tsx';
import { MoreRows, useShownRows } from '../../components/more-rows.tsx';
import { useState } from 'react';

const ROLE_LABEL = {
  nodes: 'nodes',
  pods: 'pods',
  apiServer: 'API server',
  appGatewayForContainers: 'App Gateway for Containers',
  other: 'other',
} as const;

function family(f: 'IPv4' | 'IPv6'): string {
  return f.toLowerCase();
}

/**
 * The id and test-hook key of each range: its family ("ipv4"), and for a second range of one family (a
 * plan the findings already refuse) a number after it ("ipv4-2"), so that no two cards share an id.
 */
function familyKeys(ranges: readonly { family: 'IPv4' | 'IPv6' }[]): (index: number) => string {
  const seen = new Map<string, number>();
  const keys = ranges.map((range) => {
    const key = family(range.family);
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? key : `${key}-${count}`;
  });
  return (index) => keys[index] ?? '';
}

function ClusterSummary({ report }: { report: PlanReport }) {
  const c = report.cluster;
  return (
    <section className="result-card" aria-labelledby="summary-heading">
      <h3 id="summary-heading">Cluster</h3>
      <dl className="figures">
        <Figure
          label="Planned nodes"
          value={c.nodes}
          testId="cluster-nodes"
          working={(w) => w.clusterNodesWorking(report)}
        />
        <Figure
          label="Nodes during upgrade"
          value={c.nodesDuringUpgrade}
          testId="cluster-nodes-upgrade"
          working={(w) => w.podRequiredWorking(report, true)}
        />
        <Figure
          label="Node limit"
          value={c.nodeLimit}
          testId="cluster-node-limit"
          working={(w) => w.clusterNodesWorking(report)}
        />
        <Figure label="Pods (Σ nodes × max pods)" value={c.pods} testId="cluster-pods" />
        <Figure label="VNet private IPs at rest" value={c.vnetPrivateIps} testId="cluster-vnet-ips" />
      </dl>
    </section>
  );
}

function PodRanges({ report }: { report: PlanReport }) {
  if (report.podRanges.length === 0) {
    return (
      <section className="result-card" aria-labelledby="pods-heading">
        <h3 id="pods-heading">Pod addresses</h3>
        <p className="muted">
          {report.cluster.networkPlugin === 'azureNodeSubnet'
            ? 'Pods take IPs from the node subnet (maxPods + 1 per node): see Subnets.'
            : report.cluster.networkPlugin === 'azurePodSubnet'
              ? 'Pods take IPs from their pod subnets: see Subnets.'
              : 'No valid pod CIDR yet.'}
        </p>
      </section>
    );
  }
  const keyOf = familyKeys(report.podRanges);
  return (
    <>
      {report.podRanges.map((range, i) => (
        <section
          className="result-card"
          key={`${range.family}-${range.cidr}-${i}`}
          aria-labelledby={`pod-${keyOf(i)}-heading`}
        >
          <h3 id={`pod-${keyOf(i)}-heading`}>
            Pod CIDR <code>{range.cidr}</code> <span className="badge">{range.family}</span>
          </h3>
          <dl className="figures">
            <Figure
              label={
                range.blockPrefixLength === null
                  ? 'Node blocks (none for BYO CNI)'
                  : `Node blocks (/${range.blockPrefixLength})`
              }
              value={range.nodeBlocks}
              testId={`pod-node-blocks-${keyOf(i)}`}
              working={(w) => w.podBlocksWorking(range)}
            />
            <Figure
              label="Max nodes"
              value={range.maxNodes}
              testId={`pod-max-nodes-${keyOf(i)}`}
              working={(w) => w.podMaxNodesWorking(range, report)}
            />
            <Figure
              label="Max pods"
              value={range.maxPods}
              testId={`pod-max-pods-${keyOf(i)}`}
              working={(w) => w.podMaxPodsWorking(range, report)}
            />
            {range.blockPrefixLength === null ? null : (
              <>
                <Figure
                  label="Blocks needed"
                  value={range.requiredBlocks}
                  testId={`pod-required-blocks-${keyOf(i)}`}
                  working={(w) => w.podRequiredWorking(report, false)}
                />
                <Figure
                  label="Blocks during upgrade"
                  value={range.requiredBlocksDuringUpgrade}
                  testId={`pod-upgrade-blocks-${keyOf(i)}`}
                  working={(w) => w.podRequiredWorking(report, true)}
                />
              </>
            )}
          </dl>
          {range.blockPrefixLength === null ? null : (
            <div className="needs-prefix">
              needs at least{' '}
              <strong>
                /<span data-testid={`pod-min-prefix-${keyOf(i)}`}>{range.minPrefix}</span>
              </strong>{' '}
              <WorkingCell
                label={`the smallest pod CIDR ${range.family}`}
                formulas={[{ title: 'Needs at least', working: (w) => w.podMinPrefixWorking(range) }]}
              />
            </div>
          )}
        </section>
      ))}
    </>
  );
}

function ServiceRanges({ report }: { report: PlanReport }) {
  const keyOf = familyKeys(report.serviceRanges);
  return (
    <>
      {report.serviceRanges.map((range, i) => (
        <section
          className="result-card"
          key={`${range.family}-${range.cidr}-${i}`}
          aria-labelledby={`svc-${keyOf(i)}-heading`}
        >
          <h3 id={`svc-${keyOf(i)}-heading`}>
            Service CIDR <code>{range.cidr}</code> <span className="badge">{range.family}</span>
          </h3>
          <dl className="figures">
            <Figure
              label="Allocatable ClusterIPs"
              value={range.allocatable}
              testId={`service-allocatable-${keyOf(i)}`}
              working={(w) => w.serviceAllocatableWorking(range, report)}
            />
            <Figure
              label="Left after defaults"
              value={range.availableAfterDefaults}
              testId={`service-available-${keyOf(i)}`}
              working={(w) => w.serviceAfterDefaultsWorking(range)}
            />
          </dl>
          {range.kubernetesServiceIp === '' ? null : (
            <p className="muted small">
              kubernetes.default: <code>{range.kubernetesServiceIp}</code>
            </p>
          )}
        </section>
      ))}
    </>
  );
}

type Formula = { title: string; working: WorkingOf };

function usableFormula(usage: Evaluation['usages'][number] | undefined): Formula[] {
  return usage === undefined ? [] : [{ title: 'Usable', working: (w) => w.subnetUsableWorking(usage) }];
}

function surgeFormula(pool: ResolvedModel['pools'][number] | undefined): Formula[] {
  return pool === undefined ? [] : [{ title: 'Surge', working: (w) => w.surgeWorking(pool) }];
}

function WorkingCell({ label, formulas }: { label: string; formulas: Formula[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="working-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? 'hide' : 'how?'}
        <span className="visually-hidden"> working for {label}</span>
      </button>
      {open
        ? formulas.map((f) => (
            <div key={f.title} className="working-block">
              <strong>{f.title}: </strong>
              <LazyWorking of={f.working} />
            </div>
          ))
        : null}
    </>
  );
}

function Subnets({ report, usages }: { report: PlanReport; usages: Evaluation['usages'] }) {
  const { shown, hidden, showAll } = useShownRows(report.subnets);
  return (
    <section className="result-card result-wide" aria-labelledby="subnets-heading">
      <h3 id="subnets-heading">Subnets{report.managedVnet ? ' (AKS-managed VNet)' : ''}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Subnet</th>
              <th scope="col">Role</th>
              <th scope="col" className="num">
                Usable
              </th>
              <th scope="col" className="num">
                At rest
              </th>
              <th scope="col" className="num">
                During upgrade
              </th>
              <th scope="col" className="num">
                Free after upgrade
              </th>
              <th scope="col" className="num">
                Needs at least
              </th>
              <th scope="col">Working</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s, i) => (
              <tr key={`${s.name}-${i}`} className={s.freeAfterUpgrade < 0n ? 'row-short' : undefined}>
                <th scope="row">
                  {s.name}
                  <br />
                  <code className="small">{s.cidr || '—'}</code>
                  {s.ipv6Cidr === null ? null : (
                    <>
                      <br />
                      <code className="small">{s.ipv6Cidr}</code>
                    </>
                  )}
                </th>
                <td>{ROLE_LABEL[s.role]}</td>
                <td className="num">
                  <span data-testid={`subnet-usable-${s.name}`}>{formatCount(s.usable)}</span>
                </td>
                <td className="num">
                  <span data-testid={`subnet-steady-ips-${s.name}`}>{formatCount(s.ipsSteady)}</span>
                </td>
                <td className="num">
                  <span data-testid={`subnet-upgrade-ips-${s.name}`}>{formatCount(s.ipsDuringUpgrade)}</span>
                </td>
                <td className="num">
                  {s.freeAfterUpgrade < 0n
                    ? `short by ${formatCount(-s.freeAfterUpgrade)}`
                    : formatCount(s.freeAfterUpgrade)}
                </td>
                <td className="num">
                  {s.cidr === '' ? (
                    '—'
                  ) : (
                    <>
                      needs at least /<span data-testid={`subnet-min-prefix-${s.name}`}>{s.minPrefix}</span>
                    </>
                  )}
                </td>
                <td>
                  <WorkingCell
                    label={`subnet ${s.name}`}
                    formulas={[
                      ...usableFormula(usages[i]),
                      { title: 'At rest', working: (w) => w.subnetIpsWorking(s, report, false) },
                      { title: 'During upgrade', working: (w) => w.subnetIpsWorking(s, report, true) },
                      { title: 'Needs at least', working: (w) => w.subnetMinPrefixWorking(s) },
                    ]}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows hidden={hidden} what="subnets" onShowAll={showAll} />
    </section>
  );
}

function Pools({ report, model }: { report: PlanReport; model: ResolvedModel }) {
  const { shown: shownPools, hidden, showAll } = useShownRows(report.nodePools);
  return (
    <section className="result-card result-wide" aria-labelledby="pools-result-heading">
      <h3 id="pools-result-heading">Node pools</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Pool</th>
              <th scope="col">Subnet</th>
              <th scope="col" className="num">
                Nodes
              </th>
              <th scope="col" className="num">
                Surge
              </th>
              <th scope="col" className="num">
                Max pods
              </th>
              <th scope="col" className="num">
                Subnet IPs / node
              </th>
              <th scope="col" className="num">
                Subnet IPs during upgrade
              </th>
              <th scope="col">Working</th>
            </tr>
          </thead>
          <tbody>
            {shownPools.map((p, i) => (
              <tr key={`${p.name}-${i}`}>
                <th scope="row">
                  {p.name}{' '}
                  <span className="muted small">
                    {p.mode} · {p.osType}
                    {p.enableAutoScaling ? ` · autoscale ${p.minCount ?? '?'}–${p.maxCount ?? '?'}` : ''}
                  </span>
                </th>
                <td>
                  {p.subnet ?? '—'}
                  {p.podSubnet === null ? '' : ` / pods: ${p.podSubnet}`}
                </td>
                <td className="num" data-testid={`pool-nodes-${p.name}`}>
                  {formatCount(p.nodes)}
                </td>
                <td className="num" data-testid={`pool-surge-${p.name}`}>
                  {formatCount(p.surgeNodes)}
                </td>
                <td className="num">{formatCount(p.maxPods)}</td>
                <td className="num">
                  {formatCount(p.ipsPerNode)}
                  {p.podSubnetIpsPerNode > 0 ? ` + ${formatCount(p.podSubnetIpsPerNode)} pod` : ''}
                </td>
                <td className="num" data-testid={`pool-upgrade-ips-${p.name}`}>
                  {formatCount((model.pools[i]?.nodesDuringUpgrade ?? 0) * p.ipsPerNode)}
                </td>
                <td>
                  <WorkingCell label={`pool ${p.name}`} formulas={surgeFormula(model.pools[i])} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MoreRows hidden={hidden} what="node pools" onShowAll={showAll} />
    </section>
  );
}

function Defaults({ report }: { report: PlanReport }) {
  // Hooks before the early return; a plan with 10,000 pools has tens of thousands of defaults.
  const { shown, hidden, showAll } = useShownRows(report.defaultsApplied);
  if (report.defaultsApplied.length === 0) return null;
  return (
    <details className="result-card result-wide defaults">
      <summary>Defaults applied ({formatCount(report.defaultsApplied.length)})</summary>
      <dl className="defaults-list">
        {shown.map((d) => (
          <div key={d.path}>
            <dt>
              <code>{d.path}</code> = <code>{d.value}</code>
            </dt>
            <dd>{d.note}</dd>
          </div>
        ))}
      </dl>
      <MoreRows hidden={hidden} what="defaults" onShowAll={showAll} />
    </details>
  );
}

/** Every result of the one evaluatePlan call: cluster, pod and service ranges, subnets, pools, defaults. */
export function ResultsPanel() {
  const { report, evaluation } = useEvaluation();
  return (
    <section className="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <div className="result-grid">
        <ClusterSummary report={report} />
        <PodRanges report={report} />
        <ServiceRanges report={report} />
        <Subnets report={report} usages={evaluation.usages} />
        <Pools report={report} model={evaluation.model} />
        <Defaults report={report} />
      </div>
    </section>
  );
}
