import { expectHeadroomChart } from './helpers';
import { expect, test } from '@playwright/test';

/**
 * Writes the README's screenshots to docs/screenshots/ — run on purpose with
 * `SCREENSHOTS=1 npx playwright test e2e/screenshots.spec.ts`; skipped in the normal test run.
 */
test.skip(process.env['SCREENSHOTS'] !== '1', 'only when SCREENSHOTS=1');

async function loadTemplate(page: import('@playwright/test').Page, id: string): Promise<void> {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto('/');
  await page.getByLabel('Start from').selectOption(id);
  await page.getByRole('button', { name: 'Load template' }).click();
  await expect(page.locator('.am-svg').first()).toBeVisible();
  await page.waitForTimeout(800);
}

test.use({ viewport: { width: 1440, height: 1000 } });

test('main window, production plan', async ({ page }) => {
  await loadTemplate(page, 'production-autoscale');
  await page.screenshot({ path: 'docs/screenshots/planner.png' });
});

test('findings with an error', async ({ page }) => {
  await loadTemplate(page, 'production-autoscale');
  await page.getByLabel('Pod CIDR (IPv4)', { exact: true }).fill('10.224.0.0/16');
  await expect(page.locator('[data-finding-code="POD_CIDR_OVERLAPS_SUBNET"]').first()).toBeVisible();
  await page.locator('.findings-panel').screenshot({ path: 'docs/screenshots/findings.png' });
});

test('address map, headroom and comparison', async ({ page }) => {
  await loadTemplate(page, 'dual-stack');
  await page
    .locator('section[aria-labelledby="map-heading"]')
    .screenshot({ path: 'docs/screenshots/address-map.png' });
  await expectHeadroomChart(page);
  await page.locator('section.headroom').first().screenshot({ path: 'docs/screenshots/headroom.png' });
  await page.locator('section.cmp').first().screenshot({ path: 'docs/screenshots/compare.png' });
});

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });
  test('main window in dark mode', async ({ page }) => {
    await loadTemplate(page, 'kubenet-migration');
    await page.screenshot({ path: 'docs/screenshots/planner-dark.png' });
  });
});
