import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, retype, trackRequests } from './helpers';

trackRequests();

test('shows the default plan numbers and passes an accessibility scan', async ({ page }) => {
  await expect(page).toHaveTitle('AKS address planner');
  await expect(page.getByRole('heading', { level: 1, name: 'AKS address planner' })).toBeVisible();
  // 10.244.0.0/16 holds 2^(24−16) = 256 /24 node blocks; a /22 subnet has 1,024 − 5 = 1,019 usable;
  // 3 nodes + ceil(3 × 10 %) = 1 surge = 4 IPs during upgrade; 10.0.0.0/16 gives 65,536 − 2 = 65,534 ClusterIPs.
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
  await expect(page.getByTestId('pod-max-nodes-ipv4')).toHaveText('256');
  await expect(page.getByTestId('subnet-usable-nodes')).toHaveText('1,019');
  await expect(page.getByTestId('subnet-upgrade-ips-nodes')).toHaveText('4');
  await expect(page.getByTestId('service-allocatable-ipv4')).toHaveText('65,534');
  await expectNoAxeViolations(page);
});

test('typing a pod CIDR updates the numbers; an invalid value keeps every other input', async ({ page }) => {
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  const pool = page.getByRole('group', { name: 'Node pool 1: system' });
  await retype(pool.getByLabel('Node count'), '', '15'); // 15 + ceil(1.5) = 17 > 16 blocks
  await expect(page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_FOR_UPGRADE"]')).toBeVisible();

  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/33');
  const invalid = page.locator('[data-finding-code="CIDR_INVALID"][data-severity="error"]');
  await expect(invalid).toContainText('10.244.0.0/33');
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toHaveValue('10.244.0.0/33');
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toHaveAttribute('aria-invalid', 'true');
  await expect(pool.getByLabel('Node count')).toHaveValue('15');
  await expect(page.getByLabel('Address space')).toHaveValue('10.224.0.0/12');

  await invalid.getByRole('button', { name: /Go to/ }).click();
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toBeFocused();

  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/18');
  await expect(invalid).toHaveCount(0);
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('64');
  await expect(pool.getByLabel('Node count')).toHaveValue('15');
  await expectNoAxeViolations(page);
});
