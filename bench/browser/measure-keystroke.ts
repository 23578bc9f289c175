import type { Page } from '@playwright/test';

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
