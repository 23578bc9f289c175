import { describe, expect, it } from 'vitest';
import { SAVED_KEY } from './storage.ts';
import {
  addSavedPlan,
  DAMAGED_KEY,
  deleteSavedPlan,
  readSavedList,
  renameSavedPlan,
  uniqueName,
} from './saved-plans.ts';
import { memoryStorage } from '../../testing/memory-storage.ts';
import { scenario } from '../../testing/scenarios.ts';
import { planToDraft } from '../plan-draft.ts';

const plan = scenario('small-dev').plan;
const stored = (storage: { data: Record<string, string> }) =>
  JSON.parse(storage.data[SAVED_KEY] ?? 'null') as { plans: Record<string, unknown>[]; [k: string]: unknown };

describe('saved plans: nothing lost (issue 13)', () => {
  it('two tabs merge: B saves after A, then A deletes its own; both saves and only the delete happen', () => {
    const storage = memoryStorage();
    const a = addSavedPlan(storage, { name: 'From tab A', plan });
    // Tab B loaded the (empty) list before A saved; its save reads afresh, so A's entry stays.
    addSavedPlan(storage, { name: 'From tab B', plan });
    const aId = a.list.plans[0]?.id ?? '';
    const after = deleteSavedPlan(storage, aId);
    expect(after.list.plans.map((p) => p.name)).toEqual(['From tab B']);
  });

  it('damaged entries are kept in storage, reported and exportable, never dropped by a later save', () => {
    const storage = memoryStorage({
      [SAVED_KEY]: JSON.stringify({
        format: 1,
        plans: [{ id: 'a', name: 'Good', plan }, 'junk', { name: 'No plan' }],
      }),
    });
    const read = readSavedList(storage);
    expect(read.plans.map((p) => p.name)).toEqual(['Good']);
    expect(read.damaged.map((d) => d.raw)).toEqual(['junk', { name: 'No plan', id: 'saved~3' }]);
    expect(read.problems).toHaveLength(2);
    addSavedPlan(storage, { name: 'New', plan });
    expect(stored(storage).plans).toHaveLength(4);
    expect(stored(storage).plans).toContain('junk');
  });

  it('unknown fields of an entry, of its plan and of the list are written back unchanged', () => {
    const storage = memoryStorage({
      [SAVED_KEY]: JSON.stringify({
        format: 1,
        owner: 'kept',
        plans: [{ id: 'a', name: 'A', colour: 'blue', plan: { ...plan, future: { x: 1 } } }],
      }),
    });
    renameSavedPlan(storage, 'a', 'A2');
    addSavedPlan(storage, { name: 'B', plan });
    const list = stored(storage);
    expect(list['owner']).toBe('kept');
    expect(list.plans[1]).toMatchObject({ id: 'a', name: 'A2', colour: 'blue', plan: { future: { x: 1 } } });
  });

  it('two entries with the same id are deleted one at a time', () => {
    const storage = memoryStorage({
      [SAVED_KEY]: JSON.stringify({
        format: 1,
        plans: [
          { id: 'same', name: 'First', plan },
          { id: 'same', name: 'Second', plan },
        ],
      }),
    });
    const ids = readSavedList(storage).plans.map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
    expect(deleteSavedPlan(storage, ids[0] ?? '').list.plans.map((p) => p.name)).toEqual(['Second']);
  });

  it('names are unique: a save or rename onto a taken name gets (2)', () => {
    const storage = memoryStorage();
    addSavedPlan(storage, { name: 'Prod', plan });
    expect(addSavedPlan(storage, { name: 'Prod', plan }).name).toBe('Prod (2)');
    const other = addSavedPlan(storage, { name: 'Dev', plan });
    const devId = other.list.plans.find((p) => p.name === 'Dev')?.id ?? '';
    expect(renameSavedPlan(storage, devId, 'Prod').name).toBe('Prod (3)');
    expect(uniqueName('x', ['x', 'x (2)'])).toBe('x (3)');
  });

  it('an unreadable list is moved aside before a new one is started, and stays exportable', () => {
    const storage = memoryStorage({ [SAVED_KEY]: '{"plans": [ broken' });
    expect(readSavedList(storage).damaged[0]?.raw).toBe('{"plans": [ broken');
    addSavedPlan(storage, { name: 'After', plan });
    expect(JSON.parse(storage.data[DAMAGED_KEY] ?? '[]')).toEqual(['{"plans": [ broken']);
    const read = readSavedList(storage);
    expect(read.plans.map((p) => p.name)).toEqual(['After']);
    expect(read.damaged.map((d) => d.raw)).toEqual(['{"plans": [ broken']);
  });

  it('a refused write leaves the stored list as it was and says why', () => {
    const storage = memoryStorage();
    addSavedPlan(storage, { name: 'Kept', plan });
    const before = storage.data[SAVED_KEY];
    storage.setItem = () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    const result = addSavedPlan(storage, { name: 'Too much', plan });
    expect(result.problem).toMatch(/QuotaExceededError/);
    expect(storage.data[SAVED_KEY]).toBe(before);
    expect(result.list.plans.map((p) => p.name)).toEqual(['Kept']);
  });

  it('keeps a draft exactly as typed beside its plan', () => {
    const storage = memoryStorage();
    const draft = { ...planToDraft(plan), title: 'typed ' };
    addSavedPlan(storage, { name: 'Draft', plan, draft });
    expect(readSavedList(storage).plans[0]?.draft?.title).toBe('typed ');
  });

  it('a damaged list never blocks the app, nor does a browser that refuses storage', () => {
    expect(readSavedList(memoryStorage({ [SAVED_KEY]: '{"plans":5}' })).problems[0]).toMatch(
      /could not be read/,
    );
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    expect(readSavedList(refusing).plans).toEqual([]);
  });
});
