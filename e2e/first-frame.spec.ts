import { expect, test, type Page } from '@playwright/test';
import { encodeShareLink } from '../src/core/index';
import { scenario } from '../src/testing/scenarios';
import { retype } from './helpers';

// index.html holds the default plan's first frame, rendered at build time; the app takes it over
// (hydrates it) once its script has run (docs/decisions/0008-pre-rendered-first-frame.md).

const podMaxNodes = (page: Page) => page.getByTestId('pod-max-nodes-ipv4');
const ready = (page: Page) => expect(page.locator('#root[data-ready]')).toBeAttached();

/** Holds every script of the app until the returned function is called: the page as it is before they run. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = (): void => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The default plan's frame is hidden before it paints; only its header shows until the app renders. */
async function expectOnlyTheHeader(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'AKS address planner' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Plan' })).toBeHidden();
  await expect(podMaxNodes(page)).toBeHidden();
  await expect(page.locator('#root[data-ready]')).toHaveCount(0);
}

/** Page errors and console errors (React reports a hydration that does not match there). */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('a first visit shows the default plan’s results before any script has run', async ({ page }) => {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(podMaxNodes(page)).toHaveText('256');
  await expect(page.getByTestId('subnet-usable-nodes')).toHaveText('1,019');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('New AKS cluster');
  await expect(page.getByRole('heading', { name: 'Findings' })).toBeVisible();
});

test('the app takes the first frame over without a mismatch, and it works', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await ready(page);
  await expect(page.getByLabel('Start from')).toBeVisible();
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20');
  await expect(podMaxNodes(page)).toHaveText('16');
  expect(errors).toEqual([]);
});

test('what is typed, chosen and clicked before the app takes over is kept and counted', async ({ page }) => {
  const errors = collectErrors(page);
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(podMaxNodes(page)).toHaveText('256');
  await page.getByLabel('Pod CIDR (IPv4)', { exact: true }).fill('10.244.0.0/20');
  await page.getByLabel('Plan title', { exact: true }).fill('Typed early');
  await page.getByLabel('Network plugin', { exact: true }).selectOption('kubenet');
  await page.getByRole('button', { name: '+ Add node pool' }).click();
  release();
  await ready(page);
  await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveValue('10.244.0.0/20');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('Typed early');
  await expect(page.getByLabel('Network plugin', { exact: true })).toHaveValue('kubenet');
  // The plan now is the one typed: a /24 per node from the /20 gives 16 nodes, and the link carries it.
  await expect(podMaxNodes(page)).toHaveText('16');
  await expect(page).toHaveURL(/kubenet/i);
  await expect(page.getByRole('group', { name: /^Node pool 2/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Node pool 3/ })).toHaveCount(0);
  // And typing goes on as usual.
  await retype(page, 'Plan title', 'Typed later');
  await expect(page).toHaveURL(/Typed(%20|\+)later/);
  expect(errors).toEqual([]);
});

test('typing on while the app takes over loses no key', async ({ page }) => {
  const errors = collectErrors(page);
  const release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  const title = page.getByLabel('Plan title', { exact: true });
  await expect(title).toHaveValue('New AKS cluster');
  await title.click();
  await title.press('End');
  await title.pressSequentially(' typed');
  release();
  // The keys go on as the scripts arrive, run and hydrate the page: some land before, some during,
  // some after.
  await title.pressSequentially(' while it loaded', { delay: 15 });
  await ready(page);
  await expect(title).toHaveValue('New AKS cluster typed while it loaded');
  await expect(page).toHaveURL(/typed(%20|\+)while(%20|\+)it(%20|\+)loaded/);
  expect(errors).toEqual([]);
});

test('a share link never shows the default plan’s frame, not even before the script runs', async ({
  page,
}) => {
  const link = encodeShareLink(scenario('production-autoscale').plan);
  const release = await holdScripts(page);
  await page.goto(`/?${link}`, { waitUntil: 'commit' });
  await expectOnlyTheHeader(page);
  release();
  await ready(page);
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue(
    scenario('production-autoscale').plan.title ?? '',
  );
});

test('a draft kept in the browser opens as it was; the default draft keeps the fast first frame', async ({
  page,
}) => {
  await page.goto('/');
  await ready(page);
  // Edited and put back: local save keeps the default draft, and the bare address still opens the frame.
  await retype(page, 'Plan title', 'Briefly mine');
  await retype(page, 'Plan title', 'New AKS cluster');
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('aks-address-planner:current')))
    .toContain('"title":"New AKS cluster"');
  let release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(podMaxNodes(page)).toHaveText('256');
  release();
  await ready(page);
  // Edited: the bare address opens the edited draft, and the default frame never shows.
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20');
  await expect(podMaxNodes(page)).toHaveText('16');
  await page.waitForTimeout(600); // local save and the address bar follow edits after 300 ms
  await page.unrouteAll();
  release = await holdScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expectOnlyTheHeader(page);
  release();
  await ready(page);
  await expect(podMaxNodes(page)).toHaveText('16');
});

test.describe('with scripts turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page says it needs JavaScript and shows no plan, not even for a share link', async ({ page }) => {
    for (const address of ['/', `/?${encodeShareLink(scenario('production-autoscale').plan)}`]) {
      await page.goto(address);
      // Playwright's text matching skips <noscript>: the message is found by its place.
      const message = page.locator('noscript > p');
      await expect(message).toBeVisible();
      expect(await message.textContent()).toBe('The planner runs in your browser and needs JavaScript.');
      await expect(page.getByRole('heading', { name: 'AKS address planner' })).toBeVisible();
      await expect(page.getByRole('form', { name: 'Plan' })).toBeHidden();
      await expect(podMaxNodes(page)).toBeHidden();
    }
  });
});
