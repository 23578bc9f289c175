import { useMemo } from 'react';
import { CONNECTED_KIND_WORDS, formatCount, OUTBOUND_TYPE_WORDS, planHeadroom } from '../../core/index.ts';
import type { Finding, PlanDocument, PlanReport } from '../../core/index.ts';
import { useLaterEvaluation } from '../../state/evaluation.tsx';
import { shareUrl } from '../../state/url-sync.ts';
import { printedLinkText } from './printed-link.ts';
import { AddressMap } from '../address-map/index.ts';
import { MoreRows, ROWS_SHOWN } from '../../components/more-rows.tsx';
import { PrintHeadroomChart } from './print-headroom-chart.tsx';
import { printHeadroomSentence } from './print-headroom-text.ts';
import { formatLongDate } from '../../components/format-date.ts';
import './print-view.css';

const SEVERITY = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
const PLUGIN = {
  overlay: 'Azure CNI Overlay',
  kubenet: 'Kubenet',
  azureNodeSubnet: 'Azure CNI Node Subnet',
  azurePodSubnet: 'Azure CNI Pod Subnet',
  none: 'Bring your own CNI',
} as const;

function InputsTable({ plan, report }: { plan: PlanDocument; report: PlanReport }) {
  const rows: [string, string][] = [
    ['Network plugin', PLUGIN[report.cluster.networkPlugin]],
    ['IP families', report.cluster.ipFamilies.join(' + ')],
    [
      'Tier / Kubernetes',
      `${report.cluster.tier}${report.cluster.kubernetesVersion === null ? '' : ` / ${report.cluster.kubernetesVersion}`}`,
    ],
    ['Pod CIDR', report.podRanges.map((r) => r.cidr).join(', ') || '—'],
    ['Service CIDR', report.serviceRanges.map((r) => r.cidr).join(', ') || '—'],
    ['DNS service IP', report.resolved.dnsServiceIp ?? '—'],
    ['Data plane / policy', `${report.resolved.networkDataplane} / ${report.resolved.networkPolicy}`],
    [
      'Outbound',
      `${OUTBOUND_TYPE_WORDS[report.resolved.outboundType]}${report.resolved.privateCluster ? ', private cluster' : ''}`,
    ],
    [
      'VNet',
      report.managedVnet
        ? 'AKS-managed 10.224.0.0/12'
        : `${plan.vnet?.name ?? ''} ${(plan.vnet?.addressSpace ?? []).join(', ')}`,
    ],
  ];
  if ((plan.connectedNetworks ?? []).length > 0) {
    rows.push([
      'Connected networks',
      (plan.connectedNetworks ?? [])
        .map((n) => `${n.name ?? CONNECTED_KIND_WORDS[n.kind ?? 'other']} ${n.addressPrefixes.join(', ')}`)
        .join('; '),
    ]);
  }
  return (
    <table className="pv-kv">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FindingsList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return <p>No findings: the plan passes every rule.</p>;
  return (
    <>
      <ol className="pv-findings">
        {findings.slice(0, ROWS_SHOWN).map((f, i) => (
          <li key={`${f.code}-${i}`} className={`pv-${f.severity}`}>
            <strong>{SEVERITY[f.severity]}</strong> {f.message}{' '}
            <span className="pv-code">
              {f.code}
              {f.path === undefined ? '' : ` · ${f.path}`}
            </span>
          </li>
        ))}
      </ol>
      <MoreRows hidden={findings.length - ROWS_SHOWN} what="findings" />
    </>
  );
}

/**
 * The print-first view: title, notes, inputs, every result, findings, address map and the cluster
 * headroom chart, laid out for A4/Letter. Off-screen (and inert) on screen, so charts have a size;
 * the only thing printed. Carries no test hooks, so the screen's hooks stay unique.
 */
export function PrintView() {
  const evaluation = useLaterEvaluation();
  const { plan, report, findings } = evaluation;
  const headroom = useMemo(() => planHeadroom(evaluation.evaluation, { pools: false }).cluster, [evaluation]);
  const today = formatLongDate(new Date());
  const link = shareUrl(plan);
  return (
    <div className="print-view" aria-hidden="true" inert>
      <header className="pv-header">
        <h1>{plan.title ?? 'AKS address plan'}</h1>
        <p className="pv-sub">
          AKS address plan · {PLUGIN[report.cluster.networkPlugin]} · {report.valid ? 'valid' : 'has errors'}{' '}
          · {today}
        </p>
        {plan.notes === undefined ? null : <p className="pv-notes">{plan.notes}</p>}
      </header>
      <div className="pv-columns">
        <section>
          <h2>Inputs</h2>
          <InputsTable plan={plan} report={report} />
        </section>
        <section>
          <h2>Capacity</h2>
          <table className="pv-kv">
            <tbody>
              <tr>
                <th scope="row">Nodes (upgrade) / limit</th>
                <td>
                  {formatCount(report.cluster.nodes)} ({formatCount(report.cluster.nodesDuringUpgrade)}) /{' '}
                  {formatCount(report.cluster.nodeLimit)}
                </td>
              </tr>
              <tr>
                <th scope="row">Pods / VNet IPs</th>
                <td>
                  {formatCount(report.cluster.pods)} / {formatCount(report.cluster.vnetPrivateIps)}
                </td>
              </tr>
              {report.podRanges.map((r, i) => (
                <tr key={`${r.cidr}-${i}`}>
                  <th scope="row">Pod {r.cidr}</th>
                  <td>
                    {formatCount(r.nodeBlocks)} blocks, max {formatCount(r.maxNodes)} nodes,{' '}
                    {formatCount(r.maxPods)} pods; needs {formatCount(r.requiredBlocks)} (
                    {formatCount(r.requiredBlocksDuringUpgrade)})
                  </td>
                </tr>
              ))}
              {report.serviceRanges.map((r, i) => (
                <tr key={`${r.cidr}-${i}`}>
                  <th scope="row">Service {r.cidr}</th>
                  <td>
                    {formatCount(r.allocatable)} ClusterIPs, {formatCount(r.availableAfterDefaults)} after
                    defaults
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <section className="pv-chart headroom">
            <h2 className="pv-h3">Cluster headroom</h2>
            <p className="pv-sub">{printHeadroomSentence(headroom)}</p>
            <div className="pv-chart-box">
              <PrintHeadroomChart headroom={headroom} />
            </div>
          </section>
        </section>
      </div>
      <section>
        <h2>Subnets and node pools</h2>
        <table className="pv-table">
          <thead>
            <tr>
              <th scope="col">Subnet</th>
              <th scope="col">Prefix</th>
              <th scope="col">Role</th>
              <th scope="col">Usable</th>
              <th scope="col">At rest</th>
              <th scope="col">Upgrade</th>
              <th scope="col">Free</th>
              <th scope="col">Needs</th>
            </tr>
          </thead>
          <tbody>
            {report.subnets.slice(0, ROWS_SHOWN).map((s, i) => (
              <tr key={`${s.name}-${i}`}>
                <td>{s.name}</td>
                <td>{[s.cidr, s.ipv6Cidr].filter((x) => x !== null && x !== '').join(' ')}</td>
                <td>{s.role}</td>
                <td>{formatCount(s.usable)}</td>
                <td>{formatCount(s.ipsSteady)}</td>
                <td>{formatCount(s.ipsDuringUpgrade)}</td>
                <td>{formatCount(s.freeAfterUpgrade)}</td>
                <td>{s.cidr === '' ? '—' : `/${s.minPrefix}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <MoreRows hidden={report.subnets.length - ROWS_SHOWN} what="subnets" />
        <table className="pv-table">
          <thead>
            <tr>
              <th scope="col">Pool</th>
              <th scope="col">Mode / OS</th>
              <th scope="col">Subnet</th>
              <th scope="col">Count (min–max)</th>
              <th scope="col">Planned + surge</th>
              <th scope="col">Max surge</th>
              <th scope="col">Max pods</th>
              <th scope="col">IPs / node</th>
            </tr>
          </thead>
          <tbody>
            {report.nodePools.slice(0, ROWS_SHOWN).map((p, i) => (
              <tr key={`${p.name}-${i}`}>
                <td>{p.name}</td>
                <td>
                  {p.mode} / {p.osType}
                </td>
                <td>
                  {p.subnet ?? '—'}
                  {p.podSubnet === null ? '' : ` (pods: ${p.podSubnet})`}
                </td>
                <td>
                  {formatCount(p.count)}
                  {p.enableAutoScaling ? ` (${p.minCount ?? '?'}–${p.maxCount ?? '?'})` : ''}
                </td>
                <td>
                  {formatCount(p.nodes)} + {formatCount(p.surgeNodes)}
                </td>
                <td>{p.maxSurge}</td>
                <td>{p.maxPods}</td>
                <td>{p.ipsPerNode}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <MoreRows hidden={report.nodePools.length - ROWS_SHOWN} what="node pools" />
      </section>
      <section>
        <h2>Findings</h2>
        <FindingsList findings={findings} />
      </section>
      <section className="pv-map">
        <h2>Address map</h2>
        <AddressMap evaluation={evaluation.evaluation} />
      </section>
      <footer className="pv-footer">
        <span>Printed {today}</span>{' '}
        <a className="pv-link" href={link}>
          {printedLinkText(link)}
        </a>
      </footer>
    </div>
  );
}
