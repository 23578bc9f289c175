/**
 * What the browser benchmark and the first-result budget test inject into the page before any of its
 * scripts run (Playwright `addInitScript`). They run in the page, so they only use the DOM.
 *
 * - `__firstResult`: navigation start → the frame after the first result number is in the DOM. A result
 *   number is one of the stable hooks (plan-document.md §4): the pod CIDR's max nodes or a subnet's
 *   usable addresses, with digits in it. The MutationObserver sees the DOM change; the next
 *   requestAnimationFrame callback runs at the start of that frame (issue 16's "next frame"), before
 *   the browser computes styles, lays the page out and paints it.
 * - `__firstLaidOut`: navigation start → that frame's styles and layout done: the frame callback asks
 *   for the layout the browser was about to do anyway and reads the clock after it. Only the paint
 *   itself (a few ms) is left out. (A message posted from the callback would also wait for the page's
 *   own queued tasks, and the Element Timing API reports nothing for a number at the viewport's edge.)
 * - `__longTasks`: every long task (over 50 ms) the page ran, start and duration.
 */
export const RESULT_SELECTOR = '[data-testid="pod-max-nodes-ipv4"], [data-testid^="subnet-usable-"]';

export interface PageProbes {
  firstResult: number | null;
  firstLaidOut: number | null;
  longTasks: Array<{ start: number; duration: number }>;
}

/** The init script's source (a string, so it runs as written in the page). */
export function probeScript(resultSelector: string = RESULT_SELECTOR): string {
  return `(() => {
  const w = window;
  w.__firstResult = null;
  w.__firstLaidOut = null;
  w.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const selector = ${JSON.stringify(resultSelector)};
  const found = () => {
    const el = document.querySelector(selector);
    return el !== null && /\\d/.test(el.textContent || '');
  };
  const observer = new MutationObserver(() => {
    if (w.__firstResult !== null || !found()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      w.__firstResult = performance.now();
      document.body.getBoundingClientRect();
      w.__firstLaidOut = performance.now();
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})();`;
}

/** Reads the probes back (run with page.evaluate). */
export function readProbes(): PageProbes {
  const w = window as unknown as {
    __firstResult: number | null;
    __firstLaidOut: number | null;
    __longTasks: PageProbes['longTasks'];
  };
  return { firstResult: w.__firstResult, firstLaidOut: w.__firstLaidOut, longTasks: w.__longTasks };
}
