import { expect, test, type Page, type Route } from '@playwright/test';
import { retype } from './helpers';

// The print view is a later part: its chunk loads once the first result has painted
// (docs/decisions/0006-first-result-in-one-go.md). A person who prints at once (Ctrl+P, or the Print
// button) still gets the print view of the plan as it is then, never the screen's layout
// (docs/decisions/0010-printing-before-the-print-view-loads.md).

/** Holds the print view's chunk until `release` is called. */
async function holdPrintView(
  page: Page,
): Promise<{ requested: () => Promise<void>; release: () => Promise<void> }> {
  let held: Route | null = null;
  await page.route(/\/assets\/print-view-[^/]*\.js$/, (route) => {
    held = route;
  });
  const requested = () => expect.poll(() => held !== null).toBe(true);
  return {
    requested,
    release: async () => {
      await requested();
      await (held as Route | null)?.continue();
    },
  };
}

/**
 * `window.print` does what the browser's does up to its dialog (the `beforeprint` event, then the page
 * as printed) and notes the print view's title then, instead of opening the dialog.
 */
async function notePrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __printed: Array<string | null> };
    w.__printed = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      w.__printed.push(document.querySelector('.print-view h1')?.textContent ?? null);
      window.dispatchEvent(new Event('afterprint'));
    };
  });
}

const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { __printed: Array<string | null> }).__printed);

test.beforeEach(async ({ page }) => {
  await notePrints(page);
});

test('Ctrl+P before the print view has loaded prints the print view of the plan as typed', async ({
  page,
}) => {
  const chunk = await holdPrintView(page);
  await page.goto('/');
  await retype(page, 'Plan title', 'Printed at once');
  await page.keyboard.press('ControlOrMeta+p');
  await page.waitForTimeout(200);
  expect(await printed(page)).toEqual([]); // not the screen's layout while the view loads
  await chunk.release();
  await expect.poll(() => printed(page)).toEqual(['Printed at once']);
});

test('the Print button before the print view has loaded prints the print view', async ({ page }) => {
  const chunk = await holdPrintView(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await chunk.release();
  await expect.poll(() => printed(page)).toEqual(['New AKS cluster']);
});

test('Ctrl+P and the Print button, right after an edit, print the plan with that edit', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.print-view h1')).toHaveText('New AKS cluster');
  await retype(page, 'Plan title', 'Edited');
  await page.keyboard.press('ControlOrMeta+p');
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await printed(page)).toEqual(['Edited', 'Edited']);
});

test('printing from the browser menu before the print view has loaded says so on the page', async ({
  page,
}) => {
  const chunk = await holdPrintView(page);
  await page.goto('/');
  await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  // Its stylesheet is requested with its script and arrives: the page still prints, with the note.
  await chunk.requested();
  await expect(page.locator('link[rel="stylesheet"][href*="print-view-"]')).toHaveCount(1);
  await page.waitForTimeout(300);
  const note = page.getByText('The one-page print view was still loading');
  await expect(note).toBeHidden(); // on screen
  await page.emulateMedia({ media: 'print' });
  await expect(note).toBeVisible();
  await expect(page.getByTestId('cluster-nodes')).toBeVisible();
  await chunk.release();
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(note).toBeHidden(); // the print view is what prints now
});
