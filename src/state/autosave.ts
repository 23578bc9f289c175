import { usePlanStore } from './plan-store.ts';
import { browserStorage, writeCurrentDraft } from './browser-storage.ts';
import type { KeyValueStorage } from './browser-storage.ts';

const AUTOSAVE_DELAY_MS = 400;

/** Saves the draft as typed a moment after each edit. Returns the unsubscribe function. */
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
