// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { LaterPart, showPartNow } from './later-part.tsx';

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

/** A loader whose chunk arrives when the test says so. */
function heldLoader() {
  let arrive: (part: ComponentType) => void = () => {};
  const promise = new Promise<ComponentType>((resolve) => (arrive = resolve));
  return { load: vi.fn(() => promise), arrive };
}

function mount(load: () => Promise<ComponentType>): HTMLElement {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  flushSync(() => root?.render(<LaterPart load={load} />));
  return container;
}

// This file's first test runs before the page's first paint (useFirstPaintDone is false until then).
describe('showPartNow (printing before the print view has loaded)', () => {
  it('mounts a part before the first result has painted: in the DOM when it settles, loaded once', async () => {
    const held = heldLoader();
    const container = mount(held.load);
    expect(held.load).not.toHaveBeenCalled(); // on its own, a later part waits for the first paint
    const shown = showPartNow(held.load);
    const again = showPartNow(held.load); // a second ask while the chunk is on its way
    expect(held.load).toHaveBeenCalledTimes(1);
    held.arrive(() => <h2>Print view</h2>);
    await shown;
    await again;
    expect(container.querySelector('h2')?.textContent).toBe('Print view');
    await new Promise((resolve) => setTimeout(resolve, 60)); // the first paint; the part's own load
    expect(held.load).toHaveBeenCalledTimes(1);
    expect(container.querySelectorAll('h2')).toHaveLength(1);
  });

  it('a part whose chunk has arrived but has not mounted yet mounts before it returns (as printing starts)', async () => {
    const held = heldLoader();
    const container = mount(held.load);
    await new Promise((resolve) => setTimeout(resolve, 60)); // painted: the part's own load has started
    expect(held.load).toHaveBeenCalledTimes(1);
    held.arrive(() => <h2>Print view</h2>);
    for (let tick = 0; tick < 5; tick++) await Promise.resolve(); // the chunk is in; its transition waits
    expect(container.querySelector('h2')).toBeNull();
    void showPartNow(held.load);
    expect(container.querySelector('h2')?.textContent).toBe('Print view');
  });
});
