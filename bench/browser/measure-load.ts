import type { Browser } from '@playwright/test';
import { loadCost, type LoadCost, type PageRequest } from './load-cost.ts';
import { probeScript, readProbes } from './page-probes.ts';

export interface LoadSample {
  /** navigation start → the frame that shows the first result number begins (requestAnimationFrame), ms */
  firstResult: number;
  /** navigation start → that frame's styles and layout done (page-probes.ts), ms */
  firstLaidOut: number;
  /** navigation start → the app takes input (page-probes.ts `__ready`), ms; NaN for a build without the hook */
  ready: number;
  beforeFirstResult: LoadCost;
  /** what was fetched before the app took input */
  beforeReady: LoadCost;
  byNetworkIdle: LoadCost;
  /** long tasks (> 50 ms) before the first result, and by network idle */
  longTasksBeforeFirstResult: number[];
  longTasksByNetworkIdle: number[];
}

/**
 * Opens `url` in a new browser context (empty cache and storage: a cold first visit) and measures
 * how long until the first result is painted, what was fetched before it and by network idle, and the
 * long tasks. `distDir` is the build being served (the gzip sizes are counted on its files).
 */
export async function measureLoad(browser: Browser, url: string, distDir: string): Promise<LoadSample> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript() });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => (window as unknown as { __firstLaidOut: unknown }).__firstLaidOut !== null,
      null,
      {
        timeout: 30_000,
        polling: 50,
      },
    );
    // Network idle, counted from the page's own resource list: no new request for 500 ms after the first
    // result (Playwright's 'networkidle' can fire during a long task, before the later parts are requested).
    for (let seen = -1, now = 0; seen !== now;) {
      seen = now;
      await page.waitForTimeout(500);
      now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    }
    const probes = await page.evaluate(readProbes);
    const requests: PageRequest[] = await page.evaluate(() => [
      { url: location.href, start: 0 },
      ...performance.getEntriesByType('resource').map((e) => ({ url: e.name, start: e.startTime })),
    ]);
    const firstResult = probes.firstResult ?? Number.NaN;
    return {
      firstResult,
      firstLaidOut: probes.firstLaidOut ?? Number.NaN,
      ready: probes.ready ?? Number.NaN,
      beforeFirstResult: loadCost(requests, distDir, firstResult),
      beforeReady: loadCost(requests, distDir, probes.ready ?? Infinity),
      byNetworkIdle: loadCost(requests, distDir),
      longTasksBeforeFirstResult: probes.longTasks
        .filter((t) => t.start < firstResult)
        .map((t) => t.duration),
      longTasksByNetworkIdle: probes.longTasks.map((t) => t.duration),
    };
  } finally {
    await context.close();
  }
}
