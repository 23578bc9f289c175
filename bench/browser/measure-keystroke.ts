import type { Browser, Page } from '@playwright/test';

export interface KeystrokeSample {
  /** keydown → React has written the new result into the DOM, ms */
  commit: number;
  /** keydown → the frame after that begins (requestAnimationFrame, before style, layout and paint), ms */
  painted: number;
  /** keydown → that frame's styles and layout done (the callback asks for them), ms */
  laidOut: number;
}

/** The id the form gives a field (src/state/field-paths.ts fieldId). */
export const fieldIdOf = (path: string): string =>
  `field-${path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}`;

/**
 * Presses `key` in the field `fieldId` and measures, in the page, from the keydown's timestamp to the
 * moment the result `resultTestId` shows a new text (MutationObserver) and to the frame after it.
 */
export async function measureKeystroke(
  page: Page,
  fieldId: string,
  resultTestId: string,
  key: string,
): Promise<KeystrokeSample> {
  await page.evaluate(
    ([fieldId, resultId]) => {
      const field = document.getElementById(fieldId);
      const result = document.querySelector(`[data-testid="${resultId}"]`);
      if (field === null || result === null) throw new Error(`no #${fieldId} or ${resultId}`);
      const before = result.textContent;
      const w = window as unknown as { __sample: Promise<KeystrokeSample> };
      w.__sample = new Promise((resolve) => {
        let pressed = 0;
        field.addEventListener('keydown', (event) => (pressed = event.timeStamp), {
          once: true,
          capture: true,
        });
        const observer = new MutationObserver(() => {
          const now = document.querySelector(`[data-testid="${resultId}"]`)?.textContent;
          if (pressed === 0 || now === before) return;
          observer.disconnect();
          const commit = performance.now() - pressed;
          requestAnimationFrame(() => {
            const painted = performance.now() - pressed;
            document.body.getBoundingClientRect();
            resolve({ commit, painted, laidOut: performance.now() - pressed });
          });
        });
        observer.observe(document.querySelector('.results') ?? document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
      });
    },
    [fieldId, resultTestId] as const,
  );
  await page.locator(`#${fieldId}`).press(key);
  return page.evaluate(() => (window as unknown as { __sample: Promise<KeystrokeSample> }).__sample);
}

/** Where `typeKeys` types: a field, the result it changes, and the field's text before the keys. */
export interface KeyTarget {
  fieldId: string;
  resultTestId: string;
  start: string;
}

/** The app's "Max pods per node" of the first pool, and the cluster's pod total it changes. */
export const MAX_PODS: KeyTarget = {
  fieldId: fieldIdOf('nodePools[0].maxPods'),
  resultTestId: 'cluster-pods',
  start: '30',
};

/**
 * Opens `url` in a new browser context, waits until it has loaded and is idle, puts `start` in the field
 * and, after two keys to warm up, presses `count` keys at its end, alternating '0' and Backspace (30 →
 * 300 → 30 …), each measured with measureKeystroke.
 */
export async function typeKeys(
  browser: Browser,
  url: string,
  target: KeyTarget,
  count: number,
): Promise<{ painted: number[]; laidOut: number[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url);
    const field = page.locator(`#${target.fieldId}`);
    await page.getByTestId(target.resultTestId).waitFor();
    await page.waitForLoadState('networkidle');
    await field.fill(target.start);
    await field.focus();
    await field.press('End');
    for (const key of ['0', 'Backspace'])
      await measureKeystroke(page, target.fieldId, target.resultTestId, key);
    const painted: number[] = [];
    const laidOut: number[] = [];
    for (let i = 0; i < count; i++) {
      const key = i % 2 === 0 ? '0' : 'Backspace';
      const sample = await measureKeystroke(page, target.fieldId, target.resultTestId, key);
      painted.push(sample.painted);
      laidOut.push(sample.laidOut);
    }
    return { painted, laidOut };
  } finally {
    await context.close();
  }
}
