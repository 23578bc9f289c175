// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCurrent, writeCurrentDraft } from './current-draft.ts';
import { AUTOSAVE_DELAY_MS, startAutosave } from './autosave.ts';
import { CURRENT_KEY } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';
import { STORAGE_UNAVAILABLE } from './messages.ts';
import { restoreCurrentPlan } from './start-up.ts';
import { usePlanStore } from '../plan-store.ts';
import { planToDraft } from '../plan-draft.ts';
import { scenario } from '../../testing/scenarios.ts';
import { memoryStorage } from '../../testing/memory-storage.ts';

const typed = { ...planToDraft(scenario('small-dev').plan), title: 'prod-weu ' };

describe('readCurrent (the kept draft at start-up)', () => {
  it('reads the draft as typed', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    const read = readCurrent(storage).value;
    expect(read?.kind === 'draft' ? read.draft.title : null).toBe('prod-weu ');
  });

  it('is empty without a stored plan, with a problem for damaged JSON', () => {
    expect(readCurrent(memoryStorage())).toEqual({ value: null, problems: [] });
    expect(readCurrent(memoryStorage({ [CURRENT_KEY]: '{"draft":' })).problems[0]).toMatch(/damaged/);
  });

  it('reads an older bare plan document as a plan', () => {
    const bare = JSON.stringify(scenario('small-dev').plan);
    expect(readCurrent(memoryStorage({ [CURRENT_KEY]: bare })).value?.kind).toBe('plan');
  });
});

describe('startAutosave (the draft is kept after each edit)', () => {
  afterEach(() => vi.useRealTimers());

  const titleKept = (storage: { data: Record<string, string> }): unknown =>
    (JSON.parse(storage.data[CURRENT_KEY] ?? 'null') as { draft?: { title?: unknown } } | null)?.draft?.title;

  it('writes once, a moment after the last of several edits', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const problems: (string | null)[] = [];
    const stop = startAutosave(storage, (p) => problems.push(p));
    usePlanStore.getState().setTop({ title: 'a' });
    usePlanStore.getState().setTop({ title: 'ab' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.data[CURRENT_KEY]).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(titleKept(storage)).toBe('ab');
    expect(problems).toEqual([null]);
    stop();
  });

  it('keeps the draft at once when the page is hidden, and stops when told', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const stop = startAutosave(storage);
    usePlanStore.getState().setTop({ title: 'leaving' });
    window.dispatchEvent(new Event('pagehide'));
    expect(titleKept(storage)).toBe('leaving');
    stop();
    usePlanStore.getState().setTop({ title: 'after stop' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(titleKept(storage)).toBe('leaving');
  });

  it('reports what the browser refused, as a problem for the notice', () => {
    vi.useFakeTimers();
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      },
      removeItem: () => undefined,
    };
    const problems: (string | null)[] = [];
    const stop = startAutosave(full, (p) => problems.push(p));
    usePlanStore.getState().setTop({ title: 'big' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(problems[0]).toMatch(
      /could not be kept in this browser \(its storage is full: QuotaExceededError\)/,
    );
    stop();
  });

  it('without storage: nothing to keep, and start-up says so once', () => {
    expect(() => startAutosave(null)()).not.toThrow();
    expect(restoreCurrentPlan('', null)).toEqual([STORAGE_UNAVAILABLE]);
  });
});
