import { expect, test, type Page } from '@playwright/test';
import { retype, trackRequests, expectHeadroomChart } from './helpers';

/**
 * Offline (issue 6): the app needs nothing but its own static files. A whole session asks only the
 * page's origin, lazy chunks included; once loaded, the network can go away and every feature keeps
 * working. (A reload while offline would need a service worker; the app has none, by choice.)
 */

// Every request of the test, from the first navigation on (registered before trackRequests opens the page).
const requested: string[] = [];
test.beforeEach(({ page }) => {
  requested.length = 0;
  page.on('request', (request) => requested.push(request.url()));
});

trackRequests();

/** Everything the page loads lazily has been drawn: analysis sections, headroom chart, print view. */
async function waitForLazyParts(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Address map' })).toBeVisible();
  await expectHeadroomChart(page);
  await expect(page.locator('.print-view .pv-headroom-svg').first()).toBeAttached();
  await expect(page.getByRole('tablist', { name: 'Infrastructure code format' })).toBeVisible();
}

async function loadTemplate(page: Page, id: string): Promise<void> {
  await page.getByLabel('Start from').selectOption(id);
  await page.getByRole('button', { name: 'Load template' }).click();
}

test('a whole session asks only the page’s own origin, lazy chunks included', async ({ page }) => {
  await waitForLazyParts(page);
  const picker = page.getByLabel('Start from');
  const templates = await picker
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  for (const id of templates) {
    await loadTemplate(page, id);
    await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  }
  await page.getByLabel('Headroom for').selectOption('cluster');
  await expectHeadroomChart(page);
  await page.getByRole('tab', { name: 'Terraform' }).click();
  await expect(page.getByLabel('Terraform code')).toContainText('resource');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const origin = new URL(page.url()).origin;
  const foreign = requested.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  // The lazy chunks were fetched, and from this origin: recharts (the headroom chart),
  // the analysis sections below the results, the print view and the Azure import panel.
  const scripts = requested.filter((url) => /\/assets\/[^/]+\.js$/.test(url));
  for (const chunk of [/headroom-chart-/, /analysis-sections-/, /print-view-/, /azure-import-panel-/]) {
    const hits = scripts.filter((url) => chunk.test(url));
    expect(hits, `${String(chunk)} among ${scripts.join(', ')}`).not.toEqual([]);
    for (const url of hits) expect(new URL(url).origin).toBe(origin);
  }
  console.log(
    `one session: ${requested.length} requests, all to ${origin}; ${scripts.length} scripts (${scripts.map((u) => new URL(u).pathname.replace('/assets/', '')).join(', ')})`,
  );
});

test('with the network cut after the first load, every feature keeps working', async ({ page, context }) => {
  await waitForLazyParts(page);
  await context.setOffline(true);
  // The cut is real: the page can no longer fetch anything, not even from its own server.
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const fetched = await page.evaluate(() =>
    fetch(`/favicon.svg?offline-check=${Date.now()}`).then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(fetched).toBe('failed');
  const before = requested.length;

  // Typing: results and findings follow.
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  // Templates.
  await loadTemplate(page, 'production-autoscale');
  await expect(page.getByTestId('subnet-usable-snet-aks-nodes')).toHaveText('1,019');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('Production platform');
  // Charts: another pool's headroom, the whole cluster's, and a what-if.
  await page.getByLabel('Headroom for').selectOption('cluster');
  await expectHeadroomChart(page);
  await page.getByLabel('Headroom for').selectOption({ index: 1 });
  await expectHeadroomChart(page);
  // The export panel: every format.
  for (const [tab, text] of [
    ['Bicep', 'Microsoft.ContainerService'],
    ['Terraform', 'azurerm_kubernetes_cluster'],
    ['Azure CLI', 'az aks create'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByLabel(`${tab} code`)).toContainText(text);
  }
  // Print.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.locator('.print-view h1')).toHaveText('Production platform');
  await expect(page.locator('.print-view .pv-headroom-svg').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  // No error boundary showed, and the app asked nothing of the network while offline (the browser may
  // retry the tab's favicon on its own; that is not the app).
  await expect(page.getByText(/went wrong|could not be drawn/i)).toHaveCount(0);
  const whileOffline = requested
    .slice(before)
    .filter(
      (url) => !url.startsWith('data:') && !url.includes('offline-check') && !url.endsWith('/favicon.svg'),
    );
  expect(whileOffline).toEqual([]);
  await context.setOffline(false);
});
