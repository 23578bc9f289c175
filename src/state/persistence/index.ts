/**
 * The persistence module: what the app keeps in this browser and how it comes back.
 * - storage.ts: Web Storage access (keys, JSON read/write, refusals as problems);
 * - messages.ts: every sentence it says to the user, once;
 * - current-draft.ts: the draft being edited, as typed (and older stored plan documents);
 * - saved-plans.ts: the named plans (read-modify-write, nothing unreadable is ever dropped);
 * - autosave.ts: keeps the draft after each edit;
 * - start-up.ts: restores the draft at start-up, or sets it aside for a shared link.
 * Code outside src/state/persistence imports from this file.
 */
export { startAutosave } from './autosave.ts';
export { readCurrent, writeCurrentDraft } from './current-draft.ts';
export type { StoredCurrent } from './current-draft.ts';
export { SAVED_PLANS_INSTEAD, STORAGE_UNAVAILABLE } from './messages.ts';
export { addSavedPlan, DAMAGED_KEY, deleteSavedPlan, readSavedList, renameSavedPlan } from './saved-plans.ts';
export type { DamagedEntry, SavedList, SavedPlan } from './saved-plans.ts';
export { restoreCurrentPlan, setDraftAside } from './start-up.ts';
export { browserStorage, CURRENT_KEY, SAVED_KEY } from './storage.ts';
export type { KeyValueStorage, Restored } from './storage.ts';
