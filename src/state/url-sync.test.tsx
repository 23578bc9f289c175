// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { decodePlan, encodePlan, encodeShareLink } from '../core/index.ts';
import type { PlanDocument } from '../core/index.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan, planToDraft } from './plan-draft.ts';
import {
  draftMatchesQuery,
  LONG_SHARE_LINK,
  planQueryOf,
  readPlanFromUrl,
  shareUrl,
  URL_WRITE_DELAY_MS,
  useUrlSync,
} from './url-sync.ts';
import { useLinkNotice } from './notices.ts';
import { scenario } from '../testing/scenarios.ts';

const place = (search: string, hash = '') => ({
  origin: 'https://planner.example',
  pathname: '/',
  search,
  hash,
});
const currentPlan = (): PlanDocument => draftToPlan(usePlanStore.getState().draft).plan;

function UrlSync() {
  useUrlSync();
  return null;
}

const START = scenario('small-dev').plan;

beforeEach(() => {
  usePlanStore.setState({ draft: planToDraft(START) });
  useLinkNotice.getState().dismiss();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('readPlanFromUrl', () => {
  it('is null when the address carries no plan', () => {
    expect(readPlanFromUrl(place(''))).toBeNull();
    expect(readPlanFromUrl(place('?utm_source=mail', '#results-heading'))).toBeNull();
  });

  it('reads the query, and lists the link problems (the CIDRs that do not read are for the evaluation: LinkCidrProblems)', () => {
    const read = readPlanFromUrl(
      place('?v=1&title=Broken&pod=10.244.0.0/33&colour=blue&pool=system~count:3'),
    );
    expect(read?.plan).toEqual({
      schemaVersion: 1,
      title: 'Broken',
      cluster: { podCidrs: ['10.244.0.0/33'] },
      nodePools: [{ name: 'system', count: 3 }],
    });
    expect(read?.findings.map((f) => `${f.code}@${f.path ?? ''}`)).toEqual(['SHARE_PARAM_UNKNOWN@colour']);
  });

  it('reads a plan kept after # (long links), when the query has none', () => {
    expect(planQueryOf(place('?utm_source=mail', '#v=1&k8s=1.29'))).toBe('v=1&k8s=1.29');
    expect(planQueryOf(place('?v=1&k8s=1.33', '#v=1&k8s=1.29'))).toBe('v=1&k8s=1.33');
    expect(readPlanFromUrl(place('', '#v=1&k8s=1.29'))?.plan.cluster).toEqual({ kubernetesVersion: '1.29' });
  });
});

describe('shareUrl', () => {
  it('is origin + path + ? + the encoded plan', () => {
    expect(shareUrl(START, place(''))).toBe(`https://planner.example/?${encodeShareLink(START)}`);
  });

  it(`keeps the plan after # above ${LONG_SHARE_LINK.toLocaleString('en-US')} characters`, () => {
    const long: PlanDocument = { ...START, notes: 'n'.repeat(LONG_SHARE_LINK) };
    expect(shareUrl(long, place(''))).toBe(`https://planner.example/#${encodeShareLink(long)}`);
  });
});

describe('useUrlSync', () => {
  it('opens the plan of the link at start and shows what was wrong with it', () => {
    window.history.replaceState(null, '', '/?v=1&k8s=1.29&pool=apps~count:2&bogus=1');
    render(<UrlSync />);
    expect(currentPlan()).toEqual({
      schemaVersion: 1,
      cluster: { kubernetesVersion: '1.29' },
      nodePools: [{ name: 'apps', count: 2 }],
    });
    expect(useLinkNotice.getState().findings.map((f) => f.code)).toEqual(['SHARE_PARAM_UNKNOWN']);
  });

  it('keeps the draft as typed when it already is the plan of the link (a reload)', () => {
    const draft = planToDraft(START);
    const typed = { ...draft, nodePools: draft.nodePools.map((p) => ({ ...p, maxPods: 'abc' })) };
    usePlanStore.setState({ draft: typed });
    expect(draftMatchesQuery(typed, encodePlan(currentPlan()))).toBe(true);
    window.history.replaceState(null, '', `/?${encodePlan(currentPlan())}`);
    render(<UrlSync />);
    expect(usePlanStore.getState().draft).toBe(typed);
    expect(draftMatchesQuery(typed, 'v=1&k8s=1.29')).toBe(false);
  });

  it('keeps the current start when there is no link', () => {
    window.history.replaceState(null, '', '/');
    render(<UrlSync />);
    expect(currentPlan()).toEqual(START);
    expect(useLinkNotice.getState().findings).toEqual([]);
  });

  it(`writes the address bar ${URL_WRITE_DELAY_MS} ms after the last edit, not before, and not without an edit`, () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/?v=1&K8S=1.29&pool=apps');
    render(<UrlSync />);
    vi.advanceTimersByTime(1_000);
    expect(window.location.search).toBe('?v=1&K8S=1.29&pool=apps'); // the link as opened, untouched

    act(() => usePlanStore.getState().setCluster({ kubernetesVersion: '1.30' }));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 100);
    act(() => usePlanStore.getState().setCluster({ kubernetesVersion: '1.31' }));
    vi.advanceTimersByTime(URL_WRITE_DELAY_MS - 1);
    expect(window.location.search).toBe('?v=1&K8S=1.29&pool=apps');
    vi.advanceTimersByTime(1);
    expect(window.location.search).toBe(`?${encodeShareLink(currentPlan())}`);
    expect(decodePlan(window.location.search).plan.cluster).toEqual({ kubernetesVersion: '1.31' });
  });

  it('writes a pending edit at once when the page is hidden (reload, close)', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    render(<UrlSync />);
    act(() => usePlanStore.getState().setTop({ title: 'Before reload' }));
    window.dispatchEvent(new Event('pagehide'));
    expect(decodePlan(window.location.search).plan.title).toBe('Before reload');
  });

  it('puts a long plan back after # when an in-page anchor replaced it', () => {
    const long: PlanDocument = { ...START, notes: 'n'.repeat(LONG_SHARE_LINK) };
    window.history.replaceState(null, '', `/#${encodePlan(long)}`);
    render(<UrlSync />);
    expect(currentPlan().notes).toBe(long.notes);
    window.history.replaceState(null, '', '/#results-heading');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(window.location.hash).toBe(`#${encodeShareLink(currentPlan())}`);
  });

  it('leaves an anchor alone while the plan fits in the query', () => {
    window.history.replaceState(null, '', '/?v=1&k8s=1.29');
    render(<UrlSync />);
    window.history.replaceState(null, '', '/?v=1&k8s=1.29#results-heading');
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(window.location.hash).toBe('#results-heading');
  });

  it('stops writing when unmounted', () => {
    vi.useFakeTimers();
    window.history.replaceState(null, '', '/');
    const { unmount } = render(<UrlSync />);
    act(() => usePlanStore.getState().setTop({ title: 'Gone' }));
    unmount();
    vi.advanceTimersByTime(1_000);
    expect(window.location.search).toBe('');
  });
});
