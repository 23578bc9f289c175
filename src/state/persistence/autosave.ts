import { usePlanStore } from '../plan-store.ts';
import { writeCurrentDraft } from './current-draft.ts';
import { browserStorage } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';

/** Edits closer together than this are kept once. */
export const AUTOSAVE_DELAY_MS = 400;

/**
 * Saves the draft as typed a moment after each edit, and at once when the page is hidden; tells
 * `onProblem` what the browser refused (or null once a save works). Returns the function that stops it.
 *
 * @example startAutosave(browserStorage(), reportStorageProblem) // main.tsx, once
 */
export function startAutosave(
  storage: KeyValueStorage | null = browserStorage(),
  onProblem: (problem: string | null) => void = () => undefined,
): () => void {
  if (storage === null) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = usePlanStore.subscribe((state, previous) => {
    if (state.draft === previous.draft) return;
    clearTimeout(timer);
    timer = setTimeout(() => onProblem(writeCurrentDraft(storage, state.draft)), AUTOSAVE_DELAY_MS);
  });
  const flush = (): void => {
    clearTimeout(timer);
    onProblem(writeCurrentDraft(storage, usePlanStore.getState().draft));
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
  };
}
