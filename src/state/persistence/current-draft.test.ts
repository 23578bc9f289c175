import { describe, expect, it } from 'vitest';
import { readCurrent, writeCurrentDraft } from './current-draft.ts';
import { CURRENT_KEY } from './storage.ts';
import type { KeyValueStorage } from './storage.ts';
import { draftToPlan, planToDraft } from '../plan-draft.ts';
import { restoreDraft } from '../restore-draft.ts';
import { SCENARIOS, scenario } from '../../testing/scenarios.ts';
import { memoryStorage } from '../../testing/memory-storage.ts';

const throwing: KeyValueStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  },
  removeItem: () => undefined,
};

describe('current plan', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.plan] as const))(
    '%s survives write and read as typed',
    (_id, plan) => {
      const storage = memoryStorage();
      const draft = planToDraft(plan);
      expect(writeCurrentDraft(storage, draft)).toBeNull();
      const read = readCurrent(storage);
      expect(read.problems).toEqual([]);
      expect(read.value?.kind).toBe('draft');
      if (read.value?.kind !== 'draft') return;
      expect(draftToPlan(read.value.draft).plan).toEqual(draftToPlan(draft).plan);
    },
  );

  it('keeps invalid text the user typed (bad input never loses work)', () => {
    const storage = memoryStorage();
    const draft = planToDraft(scenario('small-dev').plan);
    const edited = { ...draft, nodePools: draft.nodePools.map((p) => ({ ...p, maxPods: 'abc' })) };
    writeCurrentDraft(storage, edited);
    const read = readCurrent(storage);
    expect(read.value?.kind === 'draft' && read.value.draft.nodePools[0]?.maxPods).toBe('abc');
  });

  it('nothing stored: nothing restored, no problem', () => {
    expect(readCurrent(memoryStorage())).toEqual({ value: null, problems: [] });
  });

  it('damaged JSON is set aside with a problem, never thrown', () => {
    const read = readCurrent(memoryStorage({ [CURRENT_KEY]: '{"format":1,"draft":' }));
    expect(read.value).toBeNull();
    expect(read.problems[0]).toMatch(/damaged/);
  });

  it('an older bare plan document is migrated through the parser', () => {
    const stored = JSON.stringify({ schemaVersion: 1, nodePools: [{ name: 'system', count: 'x' }] });
    const read = readCurrent(memoryStorage({ [CURRENT_KEY]: stored }));
    expect(read.value?.kind).toBe('plan');
    expect(read.problems.some((p) => p.includes('nodePools[0].count'))).toBe(true);
  });

  it('a draft with wrong types keeps what it can', () => {
    const draft = restoreDraft({
      title: 'T',
      cluster: { podCidrIpv4: '10.1.0.0/16', tier: 5 },
      nodePools: [{ name: 'a', count: 7 }, 'junk'],
    });
    expect(draft?.title).toBe('T');
    expect(draft?.cluster.podCidrIpv4).toBe('10.1.0.0/16');
    expect(draft?.cluster.tier).toBe('');
    expect(draft?.nodePools).toHaveLength(1);
    expect(draft?.nodePools[0]?.name).toBe('a');
    expect(draft?.nodePools[0]?.count).toBe('');
    expect(restoreDraft('nonsense')).toBeNull();
  });

  it('unknown format is set aside', () => {
    expect(readCurrent(memoryStorage({ [CURRENT_KEY]: '[1,2,3]' })).problems[0]).toMatch(/unknown format/);
  });

  it('a browser that refuses storage gives problems, not exceptions', () => {
    expect(readCurrent(throwing).problems[0]).toMatch(/not available/);
    expect(writeCurrentDraft(throwing, planToDraft(scenario('small-dev').plan))).toMatch(
      /QuotaExceededError/,
    );
  });
});
