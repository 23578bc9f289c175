import { useState } from 'react';
import type { Finding } from '../../core/index.ts';
import { useEvaluation } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { applyToDraft, changeAnswers, isFixableFinding } from './apply-to-draft.ts';
import { useProposalUndo } from './undo-store.ts';

/**
 * "Fix this" on a finding about a range that is too small or overlaps another: applies the proposed
 * value for that one field (the proposal code loads on the first click). Undo puts it back.
 */
export function FixThis({ finding }: { finding: Finding }) {
  const { plan } = useEvaluation();
  const apply = useProposalUndo((s) => s.apply);
  const [note, setNote] = useState<string | null>(null);
  const path = finding.path;
  if (path === undefined || !isFixableFinding(finding.code)) return null;
  const fix = async (): Promise<void> => {
    const { proposePlan } = await import('../../core/propose/propose-plan.ts');
    const proposal = proposePlan(plan);
    const changes = proposal.changes.filter((c) => changeAnswers(c, path));
    if (changes.length === 0) {
      setNote('No proposed value for this field; open "Propose a layout" for the whole picture.');
      return;
    }
    const { draft, touched } = applyToDraft(usePlanStore.getState().draft, changes, proposal.plan);
    apply(draft, touched, changes.map((c) => `${c.path} → ${c.to}`).join(', '));
  };
  return (
    <>
      {' · '}
      <button type="button" className="link-button" onClick={() => void fix()}>
        Fix this
      </button>
      {note === null ? null : (
        <span className="finding-fix-note" role="status">
          {' '}
          {note}
        </span>
      )}
    </>
  );
}
