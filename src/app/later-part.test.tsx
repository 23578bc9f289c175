// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState, type ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { LaterPart, type PartLoader } from './later-part.tsx';

let root: Root | null = null;
afterEach(() => {
  root?.unmount();
  root = null;
  document.body.replaceChildren();
});

/** Lets frames, tasks and React's scheduled work run. */
const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loader whose chunk arrives when the test says so. */
function heldLoader<T>() {
  let arrive: (value: T) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const promise = new Promise<T>((resolve, reject) => {
    arrive = resolve;
    fail = reject;
  });
  return { load: vi.fn(() => promise), arrive, fail };
}

/** Renders the app's shape: an urgent state (a field) beside a later part, both under one parent. */
function mount(load: PartLoader) {
  let setTyped: (text: string) => void = () => {};
  function Page() {
    const [typed, set] = useState('');
    setTyped = set;
    return (
      <>
        <p data-testid="typed">{typed}</p>
        <LaterPart load={load} />
      </>
    );
  }
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  root.render(<Page />);
  return { container, type: (text: string) => flushSync(() => setTyped(text)) };
}

describe('LaterPart', () => {
  it('loads its chunk once the first frame has painted, then shows the part', async () => {
    const held = heldLoader<ComponentType>();
    const { container } = mount(held.load);
    expect(held.load).not.toHaveBeenCalled(); // nothing before the first paint
    await settle();
    expect(held.load).toHaveBeenCalledTimes(1);
    held.arrive(() => <h2>Address map</h2>);
    await settle();
    expect(container.querySelector('h2')?.textContent).toBe('Address map');
  });

  it('never mounts the part in a key press’s urgent render: the part mounts in a transition after it', async () => {
    let urgent = false;
    const renderedUrgently: boolean[] = [];
    function Heavy() {
      renderedUrgently.push(urgent);
      return <h2>Headroom</h2>;
    }
    const held = heldLoader<typeof Heavy>();
    const page = mount(held.load);
    await settle();
    held.arrive(Heavy);
    await Promise.resolve(); // the chunk has arrived; its transition has not rendered yet
    urgent = true;
    page.type('X');
    urgent = false;
    expect(page.container.querySelector('[data-testid="typed"]')?.textContent).toBe('X');
    await settle();
    expect(page.container.querySelector('h2')?.textContent).toBe('Headroom');
    expect(renderedUrgently).not.toContain(true);
  });

  it('a chunk that cannot load says so in its place; the rest of the page stays', async () => {
    const held = heldLoader<ComponentType>();
    const page = mount(held.load);
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await settle();
    held.fail(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'));
    await settle();
    expect(page.container.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    page.type('still here');
    expect(page.container.querySelector('[data-testid="typed"]')?.textContent).toBe('still here');
    quiet.mockRestore();
  });

  it('a part shown again renders at once, without loading its chunk again', async () => {
    const held = heldLoader<ComponentType>();
    held.arrive(() => <h2>Plans in this browser</h2>);
    const first = mount(held.load);
    await settle();
    expect(first.container.querySelector('h2')).not.toBeNull();
    root?.unmount();
    const second = mount(held.load);
    expect(second.container.querySelector('h2')).toBeNull(); // not rendered yet: createRoot renders later
    flushSync(() => {});
    await Promise.resolve();
    await settle(0);
    expect(second.container.querySelector('h2')?.textContent).toBe('Plans in this browser');
    expect(held.load).toHaveBeenCalledTimes(1);
  });
});
