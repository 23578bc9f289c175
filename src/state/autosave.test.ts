import { beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_KEY, readStoredDraft, writeCurrentDraft } from './browser-storage.ts';
import type { KeyValueStorage } from './browser-storage.ts';
import { restoreStoredDraft } from './autosave.ts';
import { planToDraft } from './plan-draft.ts';
import { usePlanStore } from './plan-store.ts';
import { scenario } from '../testing/scenarios.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const data = { ...initial };
  return {
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
    removeItem: (key) => {
      delete data[key];
    },
  };
}

const noLink = { search: '', hash: '' };
const typed = { ...planToDraft(scenario('small-dev').plan), title: 'prod-weu ' };

describe('readStoredDraft (start-up without the planning core)', () => {
  it('reads the draft as typed (the doc example)', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(readStoredDraft(storage)?.value?.title).toBe('prod-weu ');
  });

  it('is empty without a stored plan, with a problem for damaged JSON', () => {
    expect(readStoredDraft(memoryStorage())).toEqual({ value: null, problems: [] });
    expect(readStoredDraft(memoryStorage({ [CURRENT_KEY]: '{"draft":' }))?.problems[0]).toMatch(/damaged/);
  });

  it('leaves an older bare plan document (or an unknown shape) to the engine: null', () => {
    const bare = JSON.stringify(scenario('small-dev').plan);
    expect(readStoredDraft(memoryStorage({ [CURRENT_KEY]: bare }))).toBeNull();
    expect(readStoredDraft(memoryStorage({ [CURRENT_KEY]: '[1,2]' }))).toBeNull();
  });
});

describe('restoreStoredDraft', () => {
  beforeEach(() => usePlanStore.getState().loadDraft(planToDraft(scenario('production-autoscale').plan)));

  it('opens the stored draft when the address carries nothing', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(restoreStoredDraft(noLink, storage)).toEqual([]);
    expect(usePlanStore.getState().draft.title).toBe('prod-weu ');
  });

  it('defers to the engine (null) when the address has a query or a fragment', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(restoreStoredDraft({ search: '?v=1', hash: '' }, storage)).toBeNull();
    expect(restoreStoredDraft({ search: '', hash: '#v=1' }, storage)).toBeNull();
    expect(usePlanStore.getState().draft.title).not.toBe('prod-weu ');
  });

  it('says when the browser keeps no storage', () => {
    expect(restoreStoredDraft(noLink, null)?.[0]).toMatch(/not available/);
  });
});
