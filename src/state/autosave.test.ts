import { describe, expect, it } from 'vitest';
import { CURRENT_KEY, writeCurrentDraft } from './browser-storage.ts';
import { readCurrent } from './local-save.ts';
import type { KeyValueStorage } from './browser-storage.ts';
import { planToDraft } from './plan-draft.ts';
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
