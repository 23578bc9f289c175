import { create } from 'zustand';
import type { Finding } from '../../core/index.ts';
import { usePlanStore } from '../../state/plan-store.ts';
import type { PlanDraft } from '../../state/plan-draft.ts';
import { PLAN_FILE_MAX_BYTES, readPlanFile } from './read-plan-file.ts';

/** The outcome of the last import, shown beside the import control. */
export type PlanFileNotice =
  | { id: number; kind: 'error'; fileName: string; message: string }
  | {
      id: number;
      kind: 'loaded';
      fileName: string;
      findings: Finding[];
      /** The draft the import replaced, for "Undo". */
      previous: PlanDraft;
      via: 'picker' | 'drop';
    };

interface PlanFileNoticeStore {
  notice: PlanFileNotice | null;
  show: (notice: PlanFileNotice) => void;
  dismiss: () => void;
}

let nextNoticeId = 0;

/** The import notice, shared by the "Import plan" control and the page-wide drop zone. */
export const usePlanFileNotice = create<PlanFileNoticeStore>((set) => ({
  notice: null,
  show: (notice) => set({ notice }),
  dismiss: () => set({ notice: null }),
}));

function fail(fileName: string, message: string): void {
  nextNoticeId += 1;
  usePlanFileNotice.getState().show({ id: nextNoticeId, kind: 'error', fileName, message });
}

/**
 * Loads plan-file text into the store, replacing the plan, or, when the text cannot be a plan, leaves
 * the plan untouched and shows why.
 */
export function importPlanText(text: string, fileName: string, via: 'picker' | 'drop'): void {
  const read = readPlanFile(text);
  if (!read.ok) {
    fail(fileName, read.message);
    return;
  }
  const previous = usePlanStore.getState().draft;
  usePlanStore.getState().loadPlan(read.plan);
  nextNoticeId += 1;
  usePlanFileNotice
    .getState()
    .show({ id: nextNoticeId, kind: 'loaded', fileName, findings: read.findings, previous, via });
}

/** True for a file that may be a plan: a .json name or a JSON media type. */
export function looksLikePlanFile(file: File): boolean {
  return /\.json$/i.test(file.name) || /^application\/([\w.+-]+\+)?json$/i.test(file.type);
}

/** Reads a chosen or dropped file and imports it (see importPlanText). */
export async function importPlanFile(file: File, via: 'picker' | 'drop'): Promise<void> {
  if (via === 'drop' && !looksLikePlanFile(file)) {
    fail(file.name, 'Only plan files (.json) can be opened here.');
    return;
  }
  if (file.size > PLAN_FILE_MAX_BYTES) {
    fail(file.name, `The file is ${Math.ceil(file.size / 1024 / 1024)} MB; plan files are at most 5 MB.`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    fail(file.name, 'The browser could not read the file.');
    return;
  }
  importPlanText(text, file.name, via);
}

/** Puts back the plan an import replaced. */
export function undoPlanImport(): void {
  const notice = usePlanFileNotice.getState().notice;
  if (notice?.kind !== 'loaded') return;
  usePlanStore.setState({ draft: notice.previous });
  usePlanFileNotice.getState().dismiss();
}
