import type { PlanDraft } from './plan-draft.ts';

/** The part of Web Storage we use, so tests can pass a fake and broken storage is just a value. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const CURRENT_KEY = 'aks-address-planner:current';
export const SAVED_KEY = 'aks-address-planner:saved-plans';
export const FORMAT = 1;

/** What was read back, and what had to be given up on the way (shown to the user, never thrown). */
export interface Restored<T> {
  value: T;
  problems: string[];
}

export function readJson(
  storage: KeyValueStorage,
  key: string,
): { ok: true; value: unknown } | { ok: false; problem: string | null } {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return {
      ok: false,
      problem: 'Local storage is not available in this browser; plans are not kept between visits.',
    };
  }
  if (text === null) return { ok: false, problem: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'The stored plan was damaged (not JSON) and was set aside.' };
  }
}

export function write(storage: KeyValueStorage, key: string, value: unknown): string | null {
  try {
    storage.setItem(key, JSON.stringify(value));
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.name : 'storage error';
    return `Your latest change could not be kept in this browser (${reason === 'QuotaExceededError' ? 'its storage is full' : reason}: ${reason}); what it kept before is unchanged. Use Export plan to keep this version as a file.`;
  }
}

/** Keeps what the user typed; returns a problem text when the browser refuses. */
export function writeCurrentDraft(storage: KeyValueStorage, draft: PlanDraft): string | null {
  return write(storage, CURRENT_KEY, { format: FORMAT, savedAt: new Date().toISOString(), draft });
}

/** The browser's localStorage, or null where it can't even be reached (privacy modes, sandboxed frames). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
