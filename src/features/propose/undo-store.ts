import { create } from 'zustand';
import type { PlanDraft } from '../../state/plan-draft.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import type { DraftField } from './apply-to-draft.ts';
import { undoFields } from './apply-to-draft.ts';

interface AppliedProposal {
  before: PlanDraft;
  touched: DraftField[];
  /** What was applied, in words ("3 proposed changes"). */
  label: string;
}

interface UndoStore {
  last: AppliedProposal | null;
  /** Puts a new draft in and remembers what to undo. */
  apply: (next: PlanDraft, touched: DraftField[], label: string) => void;
  undo: () => void;
}

/** The one step of undo a proposal offers: the fields it wrote go back; everything else stays. */
export const useProposalUndo = create<UndoStore>((set, get) => ({
  last: null,
  apply: (next, touched, label) => {
    const before = usePlanStore.getState().draft;
    usePlanStore.getState().loadDraft(next);
    set({ last: { before, touched, label } });
  },
  undo: () => {
    const last = get().last;
    if (last === null) return;
    const current = usePlanStore.getState().draft;
    usePlanStore.getState().loadDraft(undoFields(current, last.before, last.touched));
    set({ last: null });
  },
}));
