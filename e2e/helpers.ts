import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Clears a field and types into it with the keyboard, as a person would. `target` is a label or a locator. */
export async function retype(page: Page | Locator, target: string, text: string): Promise<void>;
export async function retype(field: Locator, _unused: '', text: string): Promise<void>;
export async function retype(where: Page | Locator, target: string, text: string): Promise<void> {
  const input = target === '' ? (where as Locator) : where.getByLabel(target, { exact: true });
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  if (text !== '') await input.pressSequentially(text);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
}

/**
 * Opens the app before each test and checks after it that nothing was requested from another origin
 * and that the page threw no errors.
 */
export function trackRequests(path = '/'): void {
  const requests: string[] = [];
  const pageErrors: string[] = [];
  test.beforeEach(async ({ page }) => {
    requests.length = 0;
    pageErrors.length = 0;
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(path);
    // The header is static HTML and paints first; the form renders a moment later (a transition).
    // Tests start once it is there, as a person starts once they see it.
    await expect(page.getByLabel('Start from')).toBeVisible();
  });
  test.afterEach(async ({ page }) => {
    const origin = new URL(page.url()).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
}

/**
 * The headroom chart loads (recharts) when it nears the viewport: scroll to it, as a person would,
 * and wait for it to be drawn.
 */
export async function expectHeadroomChart(page: Page): Promise<void> {
  await page.locator('.headroom-chart-area').first().scrollIntoViewIfNeeded();
  await expect(page.locator('.headroom .recharts-surface').first()).toBeVisible();
}
