import { usePlanStore } from './plan-store.ts';
import { browserStorage, readStoredDraft, writeCurrentDraft } from './browser-storage.ts';
import type { KeyValueStorage } from './browser-storage.ts';

const AUTOSAVE_DELAY_MS = 400;

/**
 * At start-up, without the planning core: reopens the draft the user was editing, when the address
 * carries no plan and the browser keeps a draft (the usual case). Returns what could not be restored,
 * or null when the engine must decide (a link, or an older stored plan document): then call the
 * engine's restoreCurrentPlan. Never throws.
 */
export function restoreStoredDraft(
  place: Pick<Location, 'search' | 'hash'>,
  storage: KeyValueStorage | null = browserStorage(),
): string[] | null {
  if (place.search.length > 1 || place.hash.length > 1) return null;
  if (storage === null)
    return ['Local storage is not available in this browser; plans are not kept between visits.'];
  const read = readStoredDraft(storage);
  if (read === null) return null;
  if (read.value !== null) usePlanStore.getState().loadDraft(read.value);
  return read.problems;
}

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
