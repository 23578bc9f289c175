import { usePlanStore } from './plan-store.ts';
import { browserStorage, readCurrent } from './local-save.ts';
import type { KeyValueStorage } from './local-save.ts';
import { draftMatchesQuery } from './url-sync.ts';

/**
 * At start-up, with the engine loaded (autosave.ts restores the usual case without it): restores the plan the user was editing unless the address bar carries a shared plan
 * (the link wins). Returns what could not be restored, for a notice; never throws.
 */
export function restoreCurrentPlan(
  search: string,
  storage: KeyValueStorage | null = browserStorage(),
): string[] {
  if (storage === null)
    return ['Local storage is not available in this browser; plans are not kept between visits.'];
  const linked = new URLSearchParams(search).size > 0;
  const { value, problems } = readCurrent(storage);
  // The link wins, unless the saved draft is that very plan: a reload of this page, whose address
  // follows edits (url-sync.ts). The draft then keeps what was typed exactly, e.g. "abc" in a number field.
  if (linked && !(value?.kind === 'draft' && draftMatchesQuery(value.draft, search))) return [];
  if (value?.kind === 'draft') usePlanStore.getState().loadDraft(value.draft);
  if (value?.kind === 'plan') usePlanStore.getState().loadPlan(value.plan);
  return problems;
}
