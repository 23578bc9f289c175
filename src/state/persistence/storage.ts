import { notKept, STORAGE_UNAVAILABLE, STORED_PLAN_DAMAGED } from './messages.ts';

/**
 * Storage access: the only place that touches Web Storage. Everything is read and written as JSON
 * under a fixed key; a refusal or damaged text becomes a problem for the user, never an exception.
 */

/** The part of Web Storage we use, so tests can pass a fake and broken storage is just a value. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Where the draft being edited is kept (current-draft.ts). */
export const CURRENT_KEY = 'aks-address-planner:current';
/** Where the named plans are kept (saved-plans.ts). */
export const SAVED_KEY = 'aks-address-planner:saved-plans';
/** The format written under both keys; readers also take what older versions wrote. */
export const FORMAT = 1;

/** What was read back, and what had to be given up on the way (shown to the user, never thrown). */
export interface Restored<T> {
  value: T;
  problems: string[];
}

/**
 * The text stored under `key`, or null when there is none or the browser refuses to be read.
 *
 * @example readText(memoryStorage({ k: '1' }), 'k') // '1'
 */
export function readText(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * The JSON value stored under `key`; otherwise a problem (null when nothing is stored). Never throws.
 *
 * @example readJson(memoryStorage({ k: '{' }), 'k') // { ok: false, problem: STORED_PLAN_DAMAGED }
 */
export function readJson(
  storage: KeyValueStorage,
  key: string,
): { ok: true; value: unknown } | { ok: false; problem: string | null } {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return { ok: false, problem: STORAGE_UNAVAILABLE };
  }
  if (text === null) return { ok: false, problem: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: STORED_PLAN_DAMAGED };
  }
}

/**
 * Stores `value` as JSON under `key`; the problem when the browser refuses (quota, privacy mode), else null.
 *
 * @example write(memoryStorage(), 'k', [1]) // null
 */
export function write(storage: KeyValueStorage, key: string, value: unknown): string | null {
  try {
    storage.setItem(key, JSON.stringify(value));
    return null;
  } catch (error) {
    return notKept(error instanceof Error ? error.name : 'storage error');
  }
}

/**
 * The browser's localStorage, or null where it can't even be reached (privacy modes, sandboxed frames).
 *
 * @example browserStorage() === null // true only where storage is blocked
 */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
