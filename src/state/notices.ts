import { create } from 'zustand';
import type { Finding } from '../core/index.ts';

/**
 * The notices the app shows about the plan's safekeeping, each a small zustand store made the same way
 * as the plan store: state plus the actions that change it, read by a component with a selector.
 * - the storage problem: why the browser last refused to keep the plan (StorageNotice);
 * - the link notice: what was wrong with the link the page opened with, and the draft it replaced
 *   (ShareNotice).
 */

interface StorageProblem {
  /** Why the browser last refused to keep the plan (quota, privacy mode); null once a save works again. */
  problem: string | null;
}

/** The storage problem, shown by StorageNotice until a save works again. */
export const useStorageProblem = create<StorageProblem>(() => ({ problem: null }));

/**
 * Autosave's report (persistence/autosave.ts `onProblem`): sets the storage problem, or clears it
 * with null. Stores nothing when it is unchanged, so the notice does not render again.
 *
 * @example reportStorageProblem('Your latest change could not be kept…') // StorageNotice shows it
 */
export function reportStorageProblem(problem: string | null): void {
  if (useStorageProblem.getState().problem !== problem) useStorageProblem.setState({ problem });
}

/** The draft a share link replaced: saved aside under `name` and offered back (persistence/start-up.ts). */
export interface SetAsideDraft {
  name: string;
  /** Why it could not be saved in the browser (then only this notice holds it), or null. */
  problem: string | null;
  /** Brings the draft back into the form (the link's plan, if edited, is saved aside in turn). */
  reopen: () => void;
}

interface LinkNotice {
  /** What was wrong with the link the page opened with; empty once dismissed. */
  findings: Finding[];
  /** The user's own draft that the link's plan replaced in the form, until reopened or dismissed. */
  setAside: SetAsideDraft | null;
  /**
   * True from opening a link until its plan's first evaluation has added the CIDRs that loaded but do
   * not read (CIDR_INVALID, kept in their fields so they can be corrected): the link is not evaluated
   * on its own, the page's one evaluation says which CIDRs don't read.
   */
  awaitingCidrs: boolean;
  show: (findings: Finding[], options?: { awaitingCidrs: boolean }) => void;
  /** Adds the first evaluation's CIDR_INVALID findings to the link's problems. */
  addCidrProblems: (cidrs: Finding[]) => void;
  dismiss: () => void;
  keepAside: (setAside: SetAsideDraft | null) => void;
}

/** The problems of the link the page opened with, shown by ShareNotice until dismissed. */
export const useLinkNotice = create<LinkNotice>((set) => ({
  findings: [],
  setAside: null,
  awaitingCidrs: false,
  show: (findings, options) => set({ findings, awaitingCidrs: options?.awaitingCidrs ?? false }),
  addCidrProblems: (cidrs) =>
    set((state) => ({ findings: [...state.findings, ...cidrs], awaitingCidrs: false })),
  dismiss: () => set({ findings: [] }),
  keepAside: (setAside) => set({ setAside }),
}));
