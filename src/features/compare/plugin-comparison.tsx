import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { comparePlugins, formatCount } from '../../core/index.ts';
import type { Evaluation, PluginComparison as PluginColumn, SubnetNeed } from '../../core/index.ts';
import './plugin-comparison.css';

interface Row {
  label: string;
  hint?: string;
  cell: (column: PluginColumn) => ReactNode;
}

/** Text whose finding codes may wrap after their underscores (and nowhere inside a word). */
function breakable(text: string): ReactNode[] {
  const parts = text.split('_');
  return parts.flatMap((part, index) =>
    index < parts.length - 1 ? [`${part}_`, <wbr key={index} />] : [part],
  );
}

function prefixText(prefix: number | null): string {
  return prefix === null ? 'larger than /2' : `/${prefix}`;
}

function maxNodesText(count: number): string {
  return count < 0 ? 'none' : formatCount(count);
}

function PerPool({
  column,
  value,
}: {
  column: PluginColumn;
  value: (pool: PluginColumn['pools'][number]) => number;
}) {
  const values = column.pools.map(value);
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  if (new Set(values).size <= 1) return <span className="cmp-value">{formatCount(max)}</span>;
  return (
    <>
      <span className="cmp-value">up to {formatCount(max)}</span>
      <span className="cmp-detail">
        {column.pools.map((pool, index) => `${pool.name} ${formatCount(values[index] ?? 0)}`).join(' · ')}
      </span>
    </>
  );
}

function SubnetSizes({ subnets, total }: { subnets: SubnetNeed[]; total: number | null }) {
  if (subnets.length === 0) return <span className="cmp-muted">no node subnet</span>;
  if (subnets.length === 1) {
    const subnet = subnets[0] as SubnetNeed;
    return (
      <>
        <span className="cmp-value">{prefixText(subnet.smallestPrefix)}</span>
        <span className={`cmp-detail ${subnet.fits ? 'cmp-ok' : 'cmp-bad'}`}>
          {subnet.name}{' '}
          {subnet.cidr ? `is ${subnet.cidr.slice(subnet.cidr.indexOf('/'))}` : 'has no IPv4 prefix'}:{' '}
          {subnet.fits ? 'fits' : 'too small'}
        </span>
      </>
    );
  }
  return (
    <>
      <ul className="cmp-subnets">
        {subnets.map((subnet, i) => (
          <li key={`${subnet.name}-${i}`} className={subnet.fits ? 'cmp-ok' : 'cmp-bad'}>
            {subnet.name} <span className="cmp-value-inline">{prefixText(subnet.smallestPrefix)}</span>
          </li>
        ))}
      </ul>
      <span className="cmp-detail">all pools in one subnet: {prefixText(total)}</span>
    </>
  );
}

function Findings({ column }: { column: PluginColumn }) {
  const codes = [...column.errorCodes, ...column.warningCodes];
  return (
    <>
      <span className="cmp-value">
        <span className={column.errors > 0 ? 'cmp-bad' : undefined}>{formatCount(column.errors)}</span>
        {' / '}
        <span className={column.warnings > 0 ? 'cmp-warn' : undefined}>{formatCount(column.warnings)}</span>
      </span>
      {codes.length > 0 ? (
        <span className="cmp-codes">
          {codes.map((code) => (
            <code key={code}>{breakable(code)}</code>
          ))}
        </span>
      ) : null}
    </>
  );
}

const ROWS: readonly Row[] = [
  {
    label: 'VNet IPs per node',
    hint: 'at rest: the node, plus its pods under flat CNI',
    cell: (c) => <PerPool column={c} value={(pool) => pool.vnetIpsPerNode} />,
  },
  {
    label: 'Node-subnet IPs during upgrade',
    hint: 'nodes and surge nodes, with other consumers',
    cell: (c) => <span className="cmp-value">{formatCount(c.nodeSubnetIpsDuringUpgrade)}</span>,
  },
  {
    label: 'Smallest node subnet',
    hint: 'that holds them (usable = 2^(32−p) − 5)',
    cell: (c) => <SubnetSizes subnets={c.nodeSubnets} total={c.smallestNodeSubnetPrefix} />,
  },
  {
    label: 'Max nodes (at rest / upgrade)',
    hint: 'the cluster, pools grown in proportion',
    cell: (c) => (
      <span className={`cmp-value ${c.maxClusterNodes.duringUpgrade < c.nodes ? 'cmp-bad' : ''}`}>
        {maxNodesText(c.maxClusterNodes.atRest)} / {maxNodesText(c.maxClusterNodes.duringUpgrade)}
      </span>
    ),
  },
  {
    label: 'Max pods per node',
    hint: 'your maxPods, else the plugin default',
    cell: (c) => <PerPool column={c} value={(pool) => pool.maxPods} />,
  },
  {
    label: 'Node limit',
    hint: 'tier limit; kubenet: 400 routes',
    cell: (c) => <span className="cmp-value">{formatCount(c.nodeLimit)}</span>,
  },
  {
    label: 'First to run out',
    hint: 'as the cluster grows',
    cell: (c) => (
      <>
        <span className="cmp-text">{c.firstLimit ?? 'nothing'}</span>
        {c.firstLimitRule ? <span className="cmp-detail">{c.firstLimitRule}</span> : null}
      </>
    ),
  },
  {
    label: 'Errors / warnings',
    cell: (c) => <Findings column={c} />,
  },
  {
    label: 'In short',
    cell: (c) => <span className="cmp-verdict">{breakable(c.verdict)}</span>,
  },
];

const POD_SUBNET_ROW: Row = {
  label: 'Pod-subnet IPs during upgrade',
  hint: 'Azure CNI Pod Subnet only',
  cell: (c) =>
    c.podSubnets.length === 0 ? (
      <span className="cmp-muted">none</span>
    ) : (
      <>
        <span className="cmp-value">
          {formatCount(c.podSubnets.reduce((sum, s) => sum + s.ipsDuringUpgrade, 0))}
        </span>
        <span className="cmp-detail">
          {c.podSubnets.map((s) => `${s.name} ≥ ${prefixText(s.smallestPrefix)}`).join(' · ')}
        </span>
      </>
    ),
};

/**
 * The plan's node pools under Azure CNI Overlay, kubenet and flat Azure CNI side by side (and Azure CNI
 * Pod Subnet when the plan uses it): what each needs from the node subnet, how far it grows and what
 * runs out first. The plan's own plugin is marked.
 */
export function PluginComparison({ evaluation }: { evaluation: Evaluation }) {
  const headingId = useId();
  const columns = useMemo(() => comparePlugins(evaluation), [evaluation]);
  const rows = columns.some((c) => c.plugin === 'azurePodSubnet')
    ? [...ROWS.slice(0, 3), POD_SUBNET_ROW, ...ROWS.slice(3)]
    : ROWS;
  const current = columns.find((c) => c.current);
  return (
    <section className="cmp" aria-labelledby={headingId}>
      <h2 id={headingId}>Compare network plugins</h2>
      <p className="cmp-lede">
        {current
          ? `Your plan uses ${current.label}. `
          : 'Your plan brings its own CNI, so no column is the plan itself. '}
        Each column puts the same node pools, subnets and limits under another plugin.
      </p>
      <div className="cmp-table-wrap">
        <table className="cmp-table">
          <caption>Same node pools under each network plugin</caption>
          <thead>
            <tr>
              <td className="cmp-corner" />
              {columns.map((c) => (
                <th
                  key={c.plugin}
                  scope="col"
                  className={c.current ? 'cmp-current' : undefined}
                  data-plugin={c.plugin}
                >
                  <span className="cmp-plugin">{c.label}</span>
                  {c.current ? <span className="cmp-badge">Current</span> : null}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">
                  {row.label}
                  {row.hint ? <span className="cmp-hint">{row.hint}</span> : null}
                </th>
                {columns.map((c) => (
                  <td key={c.plugin} className={c.current ? 'cmp-current' : undefined}>
                    {row.cell(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
