import { expect, test } from '@playwright/test';
import { retype, trackRequests } from './helpers';

trackRequests();

test('the plan being edited survives a reload, exactly as typed', async ({ page }) => {
  await retype(page, 'Plan title', 'Reload me');
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20');
  const pool = page.getByRole('group', { name: /^Node pool 1/ });
  await retype(pool.getByLabel('Max pods per node'), '', 'abc');
  await expect(page.locator('[data-finding-code="FIELD_NOT_A_NUMBER"]')).toBeVisible();
  await page.waitForTimeout(700); // autosave runs 400 ms after the last edit
  await page.reload();
  await expect(page.getByLabel('Plan title')).toHaveValue('Reload me');
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toHaveValue('10.244.0.0/20');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  await expect(page.getByRole('group', { name: /^Node pool 1/ }).getByLabel('Max pods per node')).toHaveValue(
    'abc',
  );
});

test('named plans: save, open, rename, delete', async ({ page }) => {
  await retype(page, 'Plan title', 'First');
  await page.getByLabel('Save the current plan as').fill('Plan A');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Saved plans' }).getByText('Plan A')).toBeVisible();

  await retype(page, 'Plan title', 'Changed');
  await page.getByRole('button', { name: 'Open Plan A' }).click();
  await expect(page.getByLabel('Plan title')).toHaveValue('First');

  await page.getByRole('button', { name: 'Rename Plan A' }).click();
  await page.getByLabel('New name for Plan A').fill('Plan B');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Open Plan B' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Open Plan B' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Plan B' }).click();
  await expect(page.getByText('No saved plans yet.')).toBeVisible();
});

test('corrupted stored data is recovered as far as possible and never blocks the app', async ({ page }) => {
  // Written before the app's scripts run (an evaluate-then-reload would be overwritten by the autosave on pagehide).
  await page.addInitScript(() => {
    localStorage.setItem('aks-address-planner:current', '{"format":1,"draft":');
    localStorage.setItem(
      'aks-address-planner:saved-plans',
      JSON.stringify({
        format: 1,
        plans: [{ name: 'Good', plan: { schemaVersion: 1, nodePools: [{ name: 'system' }] } }, 'junk'],
      }),
    );
  });
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'could not be restored' })).toContainText(
    'damaged',
  );
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
  await expect(page.getByRole('button', { name: 'Open Good' })).toBeVisible();
  await expect(page.getByText('Saved plan 2 could not be read; it is kept as it was')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export 1 unreadable entry' })).toBeVisible();
});
