import { create } from 'zustand';

/** Why the browser last refused to keep the plan (quota, privacy mode); null once a save works again. */
export const useStorageProblem = create<{ problem: string | null }>(() => ({ problem: null }));

/** Autosave's report (autosave.ts `onProblem`): shown by StorageNotice until a save works again. */
export function reportStorageProblem(problem: string | null): void {
  if (useStorageProblem.getState().problem !== problem) useStorageProblem.setState({ problem });
}
