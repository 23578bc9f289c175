// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodePlan } from '../core/index.ts';
import { decodePlan } from '../core/share/plan-codec.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan, planToDraft } from './plan-draft.ts';
import { restoreCurrentPlan, writeCurrentDraft } from './persistence/index.ts';
import { decodeLink, planQueryOf, startUrlSync } from './url-sync.ts';
import { scenario } from '../testing/scenarios.ts';

// Count the link's decodings, wherever start-up does them.
vi.mock('../core/share/plan-codec.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../core/share/plan-codec.ts')>();
  return { ...real, decodePlan: vi.fn(real.decodePlan) };
});
const decoded = vi.mocked(decodePlan);

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

/** What main.tsx does at start-up with the page's address. */
function startUp(): void {
  restoreCurrentPlan(planQueryOf(window.location) ?? '');
  stop = startUrlSync();
}

describe('start-up reads a share link once (a 10,000-pool link takes 20–50 ms to decode)', () => {
  const link = scenario('production-autoscale').plan;

  it('a first visit with a link', () => {
    window.history.replaceState(null, '', `/?${encodePlan(link)}`);
    decoded.mockClear();
    startUp();
    expect(decoded).toHaveBeenCalledTimes(1);
    expect(encodePlan(draftToPlan(usePlanStore.getState().draft).plan)).toBe(encodePlan(link));
  });

  it('a visit with a link and another plan kept in the browser (set aside)', () => {
    const link = scenario('dual-stack').plan; // another link: a new page decodes afresh
    writeCurrentDraft(window.localStorage, planToDraft(scenario('small-dev').plan));
    window.history.replaceState(null, '', `/?${encodePlan(link)}`);
    decoded.mockClear();
    startUp();
    expect(decoded).toHaveBeenCalledTimes(1);
    expect(encodePlan(draftToPlan(usePlanStore.getState().draft).plan)).toBe(encodePlan(link));
  });
});

describe('decodeLink', () => {
  it('the doc comment example', () => {
    expect(decodeLink('v=1&title=A').plan.title).toBe('A');
    expect(decodeLink('v=1&title=A')).toBe(decodeLink('v=1&title=A')); // decoded once
  });
});
