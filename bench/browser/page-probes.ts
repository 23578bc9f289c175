/**
 * What the browser benchmark and the first-result budget test inject into the page before any of its
 * scripts run (Playwright `addInitScript`). They run in the page, so they only use the DOM.
 *
 * - `__firstResult`: navigation start → the frame after the first result number is in the DOM. A result
 *   number is one of the stable hooks (plan-document.md §4): the pod CIDR's max nodes or a subnet's
 *   usable addresses, with digits in it, and shown (a hidden number, e.g. a pre-rendered frame that is
 *   not this visit's plan, does not count until a later change shows one). The MutationObserver sees the DOM change; the next
 *   requestAnimationFrame callback runs at the start of that frame (issue 16's "next frame"), before
 *   the browser computes styles, lays the page out and paints it.
 * - `__firstLaidOut`: navigation start → that frame's styles and layout done: the frame callback asks
 *   for the layout the browser was about to do anyway and reads the clock after it. Only the paint
 *   itself (a few ms) is left out. (A message posted from the callback would also wait for the page's
 *   own queued tasks, and the Element Timing API reports nothing for a number at the viewport's edge.)
 * - `__ready`: navigation start → the app has taken the page over and takes input: `#root` gets
 *   `data-ready` in the app's first commit (main.tsx). A first visit paints the pre-rendered first
 *   frame before that (docs/decisions/0008), so this is the wait a visitor who types at once has.
 * - `__longTasks`: every long task (over 50 ms) the page ran, start and duration.
 */
export const RESULT_SELECTOR = '[data-testid="pod-max-nodes-ipv4"], [data-testid^="subnet-usable-"]';

export interface PageProbes {
  firstResult: number | null;
  firstLaidOut: number | null;
  ready: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

/** The init script's source (a string, so it runs as written in the page). */
export function probeScript(resultSelector: string = RESULT_SELECTOR): string {
  return `(() => {
  const w = window;
  w.__firstResult = null;
  w.__firstLaidOut = null;
  w.__ready = null;
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const selector = ${JSON.stringify(resultSelector)};
  const found = () => {
    const el = document.querySelector(selector);
    return el !== null && /\\d/.test(el.textContent || '') ? el : null;
  };
  let waiting = false;
  const observer = new MutationObserver(() => {
    if (w.__firstResult !== null || waiting || found() === null) return;
    waiting = true;
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      waiting = false;
      // Shown, not only in the DOM: a pre-rendered frame that is not this visit's plan stays hidden.
      const el = found();
      if (el === null || !el.checkVisibility()) return;
      observer.disconnect();
      w.__firstResult = frameStart;
      document.body.getBoundingClientRect();
      w.__firstLaidOut = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  const readiness = new MutationObserver(() => {
    if (document.querySelector('#root[data-ready]') === null) return;
    w.__ready = performance.now();
    readiness.disconnect();
  });
  readiness.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
})();`;
}

/** Reads the probes back (run with page.evaluate). */
export function readProbes(): PageProbes {
  const w = window as unknown as {
    __firstResult: number | null;
    __firstLaidOut: number | null;
    __ready: number | null;
    __longTasks: PageProbes['longTasks'];
  };
  return {
    firstResult: w.__firstResult,
    firstLaidOut: w.__firstLaidOut,
    ready: w.__ready,
    longTasks: w.__longTasks,
  };
}
