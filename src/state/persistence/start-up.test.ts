import { beforeEach, describe, expect, it } from 'vitest';
import { encodePlan } from '../../core/index.ts';
import { writeCurrentDraft } from './current-draft.ts';
import { restoreCurrentPlan } from './start-up.ts';
import { usePlanStore } from '../plan-store.ts';
import { draftToPlan, planToDraft } from '../plan-draft.ts';
import { scenario } from '../../testing/scenarios.ts';
import { memoryStorage } from '../../testing/memory-storage.ts';

/** Which wins at start-up: the link in the address bar, or the draft saved in this browser. */

const saved = planToDraft(scenario('kubenet').plan);
const typed = { ...saved, nodePools: saved.nodePools.map((p) => ({ ...p, maxPods: 'abc' })) };
const savedPlan = draftToPlan(typed).plan;

beforeEach(() => usePlanStore.setState({ draft: planToDraft(scenario('small-dev').plan) }));

describe('restoreCurrentPlan with a link in the address bar', () => {
  it('restores the saved draft, as typed, when the link is that very plan (a reload)', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(restoreCurrentPlan(`?${encodePlan(savedPlan)}`, storage)).toEqual([]);
    expect(usePlanStore.getState().draft.nodePools.map((p) => p.maxPods)).toEqual(['abc', 'abc']);
  });

  it('leaves the saved draft alone when the link is another plan: the link wins', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(restoreCurrentPlan('?v=1&k8s=1.29', storage)).toEqual([]);
    expect(draftToPlan(usePlanStore.getState().draft).plan).toEqual(scenario('small-dev').plan);
  });

  it('restores the saved draft when there is no link', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    restoreCurrentPlan('', storage);
    expect(draftToPlan(usePlanStore.getState().draft).plan).toEqual(savedPlan);
  });
});

describe('opening a link never loses the draft (issue 13)', () => {
  it('sets the draft aside under its title, as typed, and offers it back in one click', async () => {
    const { readSavedList } = await import('./saved-plans.ts');
    const { useLinkNotice } = await import('../notices.ts');
    const storage = memoryStorage();
    writeCurrentDraft(storage, { ...typed, title: 'Mine' });
    restoreCurrentPlan('?v=1&k8s=1.29', storage);
    const aside = readSavedList(storage).plans;
    expect(aside.map((p) => p.name)).toEqual(['Mine']);
    expect(aside[0]?.draft?.nodePools.map((p) => p.maxPods)).toEqual(['abc', 'abc']);
    const notice = useLinkNotice.getState().setAside;
    expect(notice?.name).toBe('Mine');
    notice?.reopen();
    expect(usePlanStore.getState().draft.title).toBe('Mine');
    expect(useLinkNotice.getState().setAside).toBeNull();
  });

  it('ignores a query that is not a plan link: the draft is restored', () => {
    const storage = memoryStorage();
    writeCurrentDraft(storage, typed);
    expect(restoreCurrentPlan('?utm_source=newsletter', storage)).toEqual([]);
    expect(draftToPlan(usePlanStore.getState().draft).plan).toEqual(savedPlan);
  });
});

describe('a reload never deletes over-long values (issue 13)', () => {
  it('the kept draft wins when the address is the link this page wrote for it', async () => {
    const { encodeShareLink } = await import('../../core/index.ts');
    const storage = memoryStorage();
    const long = {
      ...typed,
      title: 't'.repeat(252),
      cluster: { ...typed.cluster, name: 'c'.repeat(74), kubernetesVersion: '1'.repeat(25) },
    };
    writeCurrentDraft(storage, long);
    restoreCurrentPlan(`?${encodeShareLink(draftToPlan(long).plan)}`, storage);
    expect(usePlanStore.getState().draft.title).toHaveLength(252);
    expect(usePlanStore.getState().draft.cluster.name).toHaveLength(74);
    expect(usePlanStore.getState().draft.cluster.kubernetesVersion).toHaveLength(25);
  });
});
