import { useEffect, useMemo, useState } from 'react';
import type { PlanDocument, ProposalChange } from '../../core/index.ts';
import { useEvaluation } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { applyToDraft } from './apply-to-draft.ts';
import { useProposalUndo } from './undo-store.ts';
import './propose.css';

/** The path a pin adds to `fixed`: an added address-space prefix pins the whole address space. */
function pinPathOf(path: string): string {
  return path.startsWith('vnet.addressSpace') ? 'vnet.addressSpace' : path;
}

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

type ProposeModule = typeof import('../../core/propose/propose-plan.ts');

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'range', 'button', 'submit'].includes(target.type)
  );
}

/**
 * "Propose a layout": the planner sizes and places every range (proposePlan) for the pools grown by
 * the slider's margin, shows the proposal as a diff (field, now, proposed, why), lets the user pin
 * fields, and applies it in one step; Undo (or Ctrl+Z outside a text field) puts the changed fields back.
 */
export function ProposePanel() {
  const { plan } = useEvaluation();
  const [growth, setGrowth] = useState(0);
  const [servicesText, setServicesText] = useState('');
  const services = /^\d{1,9}$/.test(servicesText.trim()) ? Number(servicesText.trim()) : undefined;
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState<ReadonlyMap<string, ProposalChange>>(new Map());
  const last = useProposalUndo((s) => s.last);
  const apply = useProposalUndo((s) => s.apply);
  const undo = useProposalUndo((s) => s.undo);
  const fixed = useMemo(() => [...pinned.keys()], [pinned]);
  // The proposal code loads on the first "Propose" (it is not needed for the first result).
  const [propose, setPropose] = useState<ProposeModule | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const proposal = useMemo(
    () =>
      open && propose !== null
        ? propose.proposePlan(plan, {
            growthPercent: growth,
            fixed,
            ...(services === undefined ? {} : { expectedServices: services }),
          })
        : null,
    [open, propose, plan, growth, fixed, services],
  );
  const openProposal = (): void => {
    setOpen(true);
    if (propose !== null) return;
    import('../../core/propose/propose-plan.ts').then(setPropose, () => setLoadFailed(true));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z') {
        if (useProposalUndo.getState().last === null || isEditable(event.target)) return;
        event.preventDefault();
        useProposalUndo.getState().undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const togglePin = (change: ProposalChange): void => {
    const key = pinPathOf(change.path);
    const next = new Map(pinned);
    if (next.has(key)) next.delete(key);
    else next.set(key, change);
    setPinned(next);
  };

  const applyAll = (): void => {
    if (proposal === null || proposal.changes.length === 0) return;
    const { draft, touched } = applyToDraft(usePlanStore.getState().draft, proposal.changes, proposal.plan);
    const n = proposal.changes.length;
    apply(draft, touched, `${n} proposed change${n === 1 ? '' : 's'}`);
  };

  const changes = proposal?.changes ?? [];
  const pinnedRows = [...pinned.entries()].filter(([key]) => !changes.some((c) => pinPathOf(c.path) === key));

  return (
    <section className="propose-panel" aria-labelledby="propose-heading">
      <h2 id="propose-heading">Propose a layout</h2>
      <p className="propose-intro">
        Sizes every range the network plugin needs at the smallest size that passes every rule at rest and
        during upgrade, and places it where nothing collides.
      </p>
      <div className="propose-controls">
        <label className="propose-growth">
          <span>
            Plan for +<span className="propose-growth-value">{growth}</span> % nodes
          </span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={growth}
            onChange={(e) => setGrowth(Number(e.target.value))}
          />
        </label>
        <label className="propose-services">
          <span>Services to plan for (optional)</span>
          <input
            type="text"
            inputMode="numeric"
            value={servicesText}
            placeholder="keep the service CIDR size"
            onChange={(e) => setServicesText(e.target.value)}
          />
        </label>
        <button type="button" className="propose-button" onClick={openProposal} aria-expanded={open}>
          Propose
        </button>
      </div>
      {last === null ? null : (
        <p className="propose-applied" role="status">
          Applied {last.label}.{' '}
          <button type="button" onClick={undo} aria-keyshortcuts="Control+Z">
            Undo
          </button>{' '}
          <span className="propose-hint">(or Ctrl+Z)</span>
        </p>
      )}
      {loadFailed ? (
        <p className="notice notice-warning" role="alert">
          The proposal could not be loaded (the connection may be down). Your plan is kept: reload the page to
          try again.
        </p>
      ) : null}
      {proposal === null ? null : (
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
                          onChange={() => togglePin(change)}
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
                          onChange={() => togglePin(change)}
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
            <button type="button" className="propose-apply" onClick={applyAll}>
              Apply {changes.length} change{changes.length === 1 ? '' : 's'}
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}
