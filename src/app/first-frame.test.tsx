// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { App } from './app.tsx';
import { renderFirstFrame } from './first-frame.tsx';
import { replayEarlyEdits, takeEarlyEdits } from './early-edits.ts';
import { EARLY_EDITS, firstFrameGuard } from './first-frame-guard.ts';
import { usePlanStore } from '../state/plan-store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(async () => {
  // The later parts load once the first frame has painted (a frame, then a task): let them, inside act.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await vi.dynamicImportSettled();
  });
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  delete (window as unknown as Record<string, unknown>)[EARLY_EDITS];
});

/** The page as index.html serves it: #root holding the first frame. */
function servedPage(html: string) {
  const container = document.body.appendChild(document.createElement('div'));
  container.id = 'root';
  container.innerHTML = html;
  return { container };
}

/** Hydrates the page with the app, as main.tsx does; returns what React reported as recoverable. */
async function hydrate(page: ReturnType<typeof servedPage>): Promise<unknown[]> {
  const errors: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(page.container, <App pageEnd={document.body} />, {
      onRecoverableError: (error) => errors.push(error),
    });
  });
  return errors;
}

const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent;

describe('renderFirstFrame', () => {
  it('example: the default plan’s results are in the frame (a /16 pod CIDR: 65,536 / 256 = 256 nodes)', () => {
    const frame = renderFirstFrame();
    expect(frame.html).toMatch(/data-testid="pod-max-nodes-ipv4"[^>]*>256</);
    expect(JSON.parse(frame.draftJson)).toEqual(usePlanStore.getState().draft);
  });

  it('hydrates without a mismatch; the link is written once hydrated', async () => {
    const page = servedPage(renderFirstFrame().html);
    const link = () => page.container.querySelector<HTMLInputElement>('.share-link input')?.value;
    expect(link()).toBe('');
    const errors = await hydrate(page);
    expect(errors).toEqual([]);
    expect(text('pod-max-nodes-ipv4')).toBe('256');
    expect(link()).toMatch(/^http.*\?v=1/);
  });

  it('a field edited and a button clicked before hydration are handed to the app as they were', async () => {
    const frame = renderFirstFrame();
    const page = servedPage(frame.html);
    new Function(firstFrameGuard(frame))();
    const podCidr = page.container.querySelector<HTMLInputElement>('#field-cluster-podCidrs-0');
    expect(podCidr).not.toBeNull();
    if (podCidr === null) return;
    podCidr.value = '10.244.0.0/20';
    podCidr.dispatchEvent(new Event('input', { bubbles: true }));
    const addPool = [...page.container.querySelectorAll('button')].find(
      (b) => b.textContent === '+ Add node pool',
    );
    addPool?.click();
    const early = takeEarlyEdits(window);
    expect(early?.clicks).toEqual([addPool]);
    expect(await hydrate(page)).toEqual([]);
    // Hydration keeps what the field shows, but the plan is still the default one …
    expect(text('pod-max-nodes-ipv4')).toBe('256');
    // … until the early edit is replayed: a /20 holds 16 /24 blocks, so 16 nodes.
    const pools = usePlanStore.getState().draft.nodePools.length;
    let replayed = 0;
    await act(async () => {
      replayed = replayEarlyEdits(early);
    });
    expect(replayed).toBe(2);
    expect(podCidr.value).toBe('10.244.0.0/20');
    expect(text('pod-max-nodes-ipv4')).toBe('16');
    expect(usePlanStore.getState().draft.nodePools.length).toBe(pools + 1);
    // Replayed once: taken again, there is nothing left.
    expect(replayEarlyEdits(early)).toBe(0);
  });
});
