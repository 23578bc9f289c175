// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { decodePlan, encodeShareLink } from '../../core/index.ts';
import type { Finding, PlanDocument } from '../../core/index.ts';
import { EvaluationProvider } from '../../state/evaluation.tsx';
import { usePlanStore } from '../../state/plan-store.ts';
import { draftToPlan } from '../../state/plan-draft.ts';
import { LONG_SHARE_LINK } from '../../state/url-sync.ts';
import { useLinkNotice } from '../../state/notices.ts';
import { scenario } from '../../testing/scenarios.ts';
import { ShareLink } from './share-link.tsx';
import { LinkCidrProblems, ShareNotice } from './share-notice.tsx';

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true });
}

function renderShareLink(plan: PlanDocument): HTMLInputElement {
  usePlanStore.getState().loadPlan(plan);
  render(
    <EvaluationProvider>
      <ShareLink />
    </EvaluationProvider>,
  );
  return screen.getByTestId('share-link') as HTMLInputElement;
}

const currentPlan = (): PlanDocument => draftToPlan(usePlanStore.getState().draft).plan;

afterEach(() => {
  cleanup();
  setClipboard(undefined);
  useLinkNotice.getState().dismiss();
});

describe('ShareLink', () => {
  beforeEach(() => window.history.replaceState(null, '', '/planner/'));

  it('holds the full absolute URL of the current plan, read-only, labelled "Share link"', () => {
    const input = renderShareLink(scenario('production-autoscale').plan);
    expect(input).toBe(screen.getByRole('textbox', { name: 'Share link' }));
    expect(input.readOnly).toBe(true);
    expect(input.value).toBe(`${window.location.origin}/planner/?${encodeShareLink(currentPlan())}`);
    const url = new URL(input.value);
    expect(decodePlan(url.search).plan).toEqual(currentPlan());
    expect(decodePlan(url.search).plan).toEqual(scenario('production-autoscale').plan);
  });

  it('follows edits', () => {
    const input = renderShareLink(scenario('small-dev').plan);
    expect(input.value).toContain('k8s=1.33');
    act(() => usePlanStore.getState().setCluster({ kubernetesVersion: '1.29' }));
    expect(input.value).toContain('k8s=1.29');
  });

  it('copies with the clipboard API and announces "Link copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const input = renderShareLink(scenario('small-dev').plan);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect((await screen.findByText('Link copied')).getAttribute('aria-live')).toBe('polite');
    expect(writeText).toHaveBeenCalledWith(input.value);
  });

  it('without a clipboard (or when it refuses), selects the link and says how to copy it', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new Error('not allowed')) });
    const input = renderShareLink(scenario('small-dev').plan);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Link selected: press Ctrl\+C/)).toBeTruthy();
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, input.value.length]);

    setClipboard(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Link selected/)).toBeTruthy();
  });

  it(`puts a plan longer than ${LONG_SHARE_LINK.toLocaleString('en-US')} characters after # and says so`, () => {
    const big = scenario('production-autoscale').plan;
    const pools = Array.from({ length: 100 }, (_, i) => ({
      name: `user${i}`,
      mode: 'User' as const,
      count: 3,
      maxPods: 110,
      maxSurge: '33%',
      subnet: 'snet-aks-nodes',
    }));
    const input = renderShareLink({ ...big, nodePools: pools });
    expect(input.value.length).toBeGreaterThan(LONG_SHARE_LINK);
    expect(input.value).toContain('/planner/#v=1.1&');
    expect(input.value).not.toContain('?');
    expect(decodePlan(new URL(input.value).hash.slice(1)).plan).toEqual(currentPlan());
    expect(screen.getByText(/some chat and mail tools cut links this long/)).toBeTruthy();
  });
});

describe('ShareNotice', () => {
  const problems: Finding[] = [
    {
      code: 'SHARE_PARAM_UNKNOWN',
      severity: 'warning',
      path: 'colour',
      message: '"colour" is not a parameter of a plan link; it was ignored.',
    },
    {
      code: 'CIDR_INVALID',
      severity: 'error',
      path: 'cluster.podCidrs[0]',
      message: 'Pod CIDR "10.244.0.0/33" is not a valid CIDR.',
    },
  ];

  it('lists the problems of the link in a status region, and can be dismissed', () => {
    render(<ShareNotice />);
    const region = screen.getByRole('status');
    expect(region.textContent).toBe('');
    act(() => useLinkNotice.getState().show(problems));
    expect(region.textContent).toContain('This link had 2 problems; everything else was loaded:');
    expect([...region.querySelectorAll('li')].map((li) => li.dataset['shareCode'])).toEqual([
      'SHARE_PARAM_UNKNOWN',
      'CIDR_INVALID',
    ]);
    expect(region.textContent).toContain('10.244.0.0/33');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss the link problems' }));
    expect(region.textContent).toBe('');
  });

  it('says "1 problem", and shows notes alone as notes', () => {
    render(<ShareNotice />);
    act(() => useLinkNotice.getState().show(problems.slice(0, 1)));
    expect(screen.getByRole('status').textContent).toContain('This link had 1 problem;');
    act(() =>
      useLinkNotice.getState().show([
        {
          code: 'SHARE_VERSION_MISSING',
          severity: 'info',
          path: 'v',
          message: 'This link has no v= version; it was read as version 1.',
        },
      ]),
    );
    expect(screen.getByRole('status').textContent).toContain('About this link:');
  });
});

describe('LinkCidrProblems', () => {
  it("adds the CIDRs of the link's plan that do not read, from the page's one evaluation, once", () => {
    usePlanStore.getState().loadPlan({
      schemaVersion: 1,
      cluster: { podCidrs: ['10.244.0.0/33'] },
      nodePools: [{ name: 'system', count: 3 }],
    });
    act(() => useLinkNotice.getState().show([], { awaitingCidrs: true }));
    render(
      <EvaluationProvider>
        <LinkCidrProblems />
        <ShareNotice />
      </EvaluationProvider>,
    );
    const codes = () =>
      [...screen.getByRole('status').querySelectorAll('li')].map((li) => li.dataset['shareCode']);
    expect(codes()).toEqual(['CIDR_INVALID']);
    expect(screen.getByRole('status').textContent).toContain('10.244.0.0/33');
    expect(useLinkNotice.getState().awaitingCidrs).toBe(false);
  });
});
