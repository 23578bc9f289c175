import { create } from 'zustand';
import type { Finding } from '../core/index.ts';

/** The draft a share link replaced: saved aside under `name` and offered back (persistence.ts). */
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
  show: (findings: Finding[]) => void;
  dismiss: () => void;
  keepAside: (setAside: SetAsideDraft | null) => void;
}

/** The problems of the link the page opened with, shown by ShareNotice until dismissed. */
export const useLinkNotice = create<LinkNotice>((set) => ({
  findings: [],
  setAside: null,
  show: (findings) => set({ findings }),
  dismiss: () => set({ findings: [] }),
  keepAside: (setAside) => set({ setAside }),
}));
