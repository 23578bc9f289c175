import { create } from 'zustand';
import type { Finding } from '../core/index.ts';

interface LinkNotice {
  /** What was wrong with the link the page opened with; empty once dismissed. */
  findings: Finding[];
  show: (findings: Finding[]) => void;
  dismiss: () => void;
}

/** The problems of the link the page opened with, shown by ShareNotice until dismissed. */
export const useLinkNotice = create<LinkNotice>((set) => ({
  findings: [],
  show: (findings) => set({ findings }),
  dismiss: () => set({ findings: [] }),
}));
