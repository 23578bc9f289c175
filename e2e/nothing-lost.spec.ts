import { expect, test } from '@playwright/test';
import { retype, trackRequests } from './helpers';

trackRequests();

const AUTOSAVED_MS = 700; // autosave runs 400 ms after the last edit

test('opening a share link keeps the draft: saved aside under its title, offered back in one click', async ({
  page,
}) => {
  test.slow(); // four page loads
  await retype(page, 'Plan title', 'My own draft');
  await retype(page, 'Pod CIDR (IPv4)', '10.99.0.0/16');
  await page.waitForTimeout(AUTOSAVED_MS);
  await page.goto('/?v=1&title=Colleague&pool=system~count:3');
  await expect(page.getByLabel('Plan title')).toHaveValue('Colleague');
  const notice = page.getByRole('status').filter({ hasText: 'My own draft' });
  await expect(notice).toContainText('saved');
  await page.waitForTimeout(AUTOSAVED_MS);

  // Back at `/`, the draft is still there: in the saved plans, and one click brings it back.
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Open My own draft' })).toBeVisible();
  await page.goto('/?v=1&title=Another&pool=system~count:3');
  await page.getByRole('button', { name: /Reopen/ }).click();
  await expect(page.getByLabel('Plan title')).toHaveValue('Colleague');
  await page.getByRole('button', { name: 'Open My own draft' }).click();
  await expect(page.getByLabel('Plan title')).toHaveValue('My own draft');
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toHaveValue('10.99.0.0/16');
});

test('a query that is not a plan link is ignored: the draft stays', async ({ page }) => {
  await retype(page, 'Plan title', 'Kept through a newsletter link');
  await page.waitForTimeout(AUTOSAVED_MS);
  await page.goto('/?utm_source=newsletter');
  await expect(page.getByLabel('Plan title')).toHaveValue('Kept through a newsletter link');
});

test('when the browser refuses to store the draft, the page says so and keeps what it had', async ({
  page,
}) => {
  await retype(page, 'Plan title', 'Stored before the disk filled');
  await page.waitForTimeout(AUTOSAVED_MS);
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await retype(page, 'Plan title', 'Not stored');
  await expect(page.getByRole('alert').filter({ hasText: 'could not be kept' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('aks-address-planner:current') ?? '')).toContain(
    'Stored before the disk filled',
  );
});

test('a cut share link says it was cut and shows what was recovered', async ({ page }) => {
  // A template link as the page writes it (v=1.1 … &len=N), cut after `max:2` of `max:20`.
  const whole =
    'v=1.1&title=Cut+in+transit&pool=system~mode:System~count:3&pool=apps~mode:User~count:3~auto:true~min:3~max:20&len=99';
  const cut = whole.slice(0, whole.indexOf('max:2') + 'max:2'.length);
  await page.goto(`/?${cut}`);
  const notice = page.getByRole('status').filter({ hasText: 'This link was cut' });
  await expect(notice).toContainText('2 node pools');
  await expect(notice).toContainText('max:2');
  await expect(page.getByLabel('Plan title')).toHaveValue('Cut in transit');
});
