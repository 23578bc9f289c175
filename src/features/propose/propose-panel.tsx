import { useEffect, useMemo, useState } from 'react';
import type { ProposalChange } from '../../core/index.ts';
import { pinPathOf } from './pin-path.ts';
import { useEvaluation } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { applyToDraft } from './apply-to-draft.ts';
import { useProposalUndo } from './undo-store.ts';
import './propose.css';

type ProposeModule = typeof import('../../core/propose/propose-plan.ts');
/** The proposal's diff table: it loads with the proposal code, on the first "Propose". */
type ViewModule = typeof import('./proposal-view.tsx');

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
  const [view, setView] = useState<ViewModule | null>(null);
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
    if (propose !== null && view !== null) return;
    Promise.all([import('../../core/propose/propose-plan.ts'), import('./proposal-view.tsx')]).then(
      ([proposeModule, viewModule]) => {
        setPropose(proposeModule);
        setView(viewModule);
      },
      () => setLoadFailed(true),
    );
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
      {proposal === null || view === null ? null : (
        <view.ProposalView
          proposal={proposal}
          plan={plan}
          growth={growth}
          pinnedRows={pinnedRows}
          onTogglePin={togglePin}
          onApply={applyAll}
        />
      )}
    </section>
  );
}
