import { expect, test } from '@playwright/test';
import { retype, trackRequests } from './helpers';

trackRequests();

test('rules revision 2: a Windows System pool and Cilium policy on the azure data plane are errors', async ({
  page,
}) => {
  const form = page.getByRole('form', { name: 'Plan' });
  await form.getByLabel('Network policy', { exact: true }).selectOption('cilium');
  const mismatch = page.locator(
    '[data-finding-code="NETWORK_POLICY_DATAPLANE_MISMATCH"][data-severity="error"]',
  );
  await expect(mismatch).toBeVisible();

  const pool = page.getByRole('group', { name: 'Node pool 1: system' });
  await pool.getByLabel('OS', { exact: true }).selectOption('Windows');
  await expect(
    page.locator('[data-finding-code="SYSTEM_POOL_NOT_LINUX"][data-severity="error"]'),
  ).toBeVisible();

  // Choosing the Cilium data plane clears the policy mismatch (and Windows on Cilium is its own error, R61).
  await form.getByLabel('Data plane', { exact: true }).selectOption('cilium');
  await expect(mismatch).toHaveCount(0);
  await expect(page.locator('[data-finding-code="WINDOWS_CILIUM_UNSUPPORTED"]')).toBeVisible();
});

test('rules revision 2: "needs at least /N" beside the pod CIDR and each subnet, with its working', async ({
  page,
}) => {
  const pool = page.getByRole('group', { name: 'Node pool 1: system' });
  await retype(pool.getByLabel('Node count'), '', '124'); // 124 + ceil(12.4) = 137 blocks and IPs during upgrade
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/18'); // 64 blocks < 124
  const error = page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_BLOCKS"][data-severity="error"]');
  await expect(error).toContainText('/16 or larger'); // R70: not /17, which holds 128 < 137
  await expect(page.getByTestId('pod-min-prefix-ipv4')).toHaveText('16');
  await expect(page.getByText('needs at least', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: /working for the smallest pod CIDR IPv4/ }).click();
  await expect(page.getByText(/24 − ceil\(log2 137\) = \/16/)).toBeVisible();

  // The /22 node subnet holds the 137 IPs; a /24 (251 usable) is the smallest that does.
  await expect(page.getByTestId('subnet-min-prefix-nodes')).toHaveText('24');
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/16');
  await expect(error).toHaveCount(0);
  await expect(page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_FOR_UPGRADE"]')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/rules-revision-2.png', fullPage: true });
});
