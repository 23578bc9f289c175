import type { PlanDocument, Proposal, ProposalChange } from '../../core/index.ts';
import { pinPathOf } from './pin-path.ts';

/**
 * The field a change is about, as the form names it.
 *
 * @example fieldLabel('cluster.serviceCidrs[0]', plan) // 'Service CIDR (IPv4)'
 */
export function fieldLabel(path: string, plan: PlanDocument): string {
  const subnet = /^vnet\.subnets\[(\d+)\]\.(\w+)$/.exec(path);
  if (subnet !== null) {
    const name = plan.vnet?.subnets?.[Number(subnet[1])]?.name ?? `#${Number(subnet[1]) + 1}`;
    return `Subnet ${name}: ${subnet[2] === 'delegatedTo' ? 'delegation' : 'address prefixes'}`;
  }
  const family = path.endsWith('[1]') ? 'IPv6' : 'IPv4';
  if (path.startsWith('vnet.addressSpace')) return 'VNet address space (added)';
  if (path.startsWith('cluster.podCidrs')) return `Pod CIDR (${family})`;
  if (path.startsWith('cluster.serviceCidrs')) return `Service CIDR (${family})`;
  if (path === 'cluster.dnsServiceIp') return 'DNS service IP';
  if (path === 'cluster.podCidrExpansion') return 'Planned pod CIDR expansion';
  return path;
}

/**
 * The proposal as a diff (field, now, proposed, why, pin) with "Apply": loaded with the proposal code on
 * the first "Propose", so none of it is part of the first load.
 */
export function ProposalView({
  proposal,
  plan,
  growth,
  pinnedRows,
  onTogglePin,
  onApply,
}: {
  proposal: Proposal;
  plan: PlanDocument;
  growth: number;
  pinnedRows: ReadonlyArray<readonly [string, ProposalChange]>;
  onTogglePin: (change: ProposalChange) => void;
  onApply: () => void;
}) {
  const changes = proposal.changes;
  return (
    <div className="propose-result" aria-live="polite">
      {proposal.findings.length > 0 ? (
        <div className="propose-findings" role="alert">
          <p>No valid layout exists:</p>
          <ul>
            {proposal.findings.map((f, i) => (
              <li key={`${f.code}-${i}`} data-proposal-code={f.code}>
                {f.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {changes.length === 0 && pinnedRows.length === 0 ? (
        <p>Nothing to change: every range is already at its proposed size and place.</p>
      ) : (
        <div className="propose-diff-scroll">
          <table className="propose-diff">
            <caption>Proposed changes{growth > 0 ? `, sized for +${growth} % nodes` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Now</th>
                <th scope="col">Proposed</th>
                <th scope="col">Why</th>
                <th scope="col">Pin</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={pinPathOf(change.path)} data-change-path={change.path}>
                  <th scope="row" title={change.path}>
                    {fieldLabel(change.path, plan)}
                  </th>
                  <td>{change.from ?? <em>not set</em>}</td>
                  <td>
                    <strong>{change.to === '' ? 'removed' : change.to}</strong>
                  </td>
                  <td className="propose-why">{change.reason}</td>
                  <td>
                    <input
                      type="checkbox"
                      checked={false}
                      onChange={() => onTogglePin(change)}
                      aria-label={`Pin ${fieldLabel(change.path, plan)}: don't change it`}
                    />
                  </td>
                </tr>
              ))}
              {pinnedRows.map(([key, change]) => (
                <tr key={key} className="propose-pinned" data-change-path={change.path}>
                  <th scope="row" title={change.path}>
                    {fieldLabel(change.path, plan)}
                  </th>
                  <td>{change.from ?? <em>not set</em>}</td>
                  <td>
                    <em>pinned: not changed</em>
                  </td>
                  <td className="propose-why">The proposal works around it.</td>
                  <td>
                    <input
                      type="checkbox"
                      checked
                      onChange={() => onTogglePin(change)}
                      aria-label={`Pin ${fieldLabel(change.path, plan)}: don't change it`}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {changes.length > 0 ? (
        <button type="button" className="propose-apply" onClick={onApply}>
          Apply {changes.length} change{changes.length === 1 ? '' : 's'}
        </button>
      ) : null}
    </div>
  );
}
