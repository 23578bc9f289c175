import { expect, test, type Page } from '@playwright/test';
import { row } from './fill-plan';
import { expectNoAxeViolations, retype, trackRequests } from './helpers';

trackRequests();

/** Loads a starting template with the picker in the header (the page asks to confirm; trackRequests accepts). */
async function loadTemplate(page: Page, label: string): Promise<void> {
  await page.getByLabel('Start from', { exact: true }).selectOption({ label });
  await page.getByRole('button', { name: 'Load template', exact: true }).click();
}

/** An invalid pod CIDR and a max pods that is not a number: errors in the findings and at the fields. */
async function enterInvalidValues(page: Page): Promise<void> {
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/33');
  await retype(row(page, 'Node pool', 0).getByLabel('Max pods per node', { exact: true }), '', 'abc');
  await expect(page.locator('[data-finding-code="CIDR_INVALID"][data-severity="error"]')).toBeVisible();
  await expect(page.locator('[data-finding-code="FIELD_NOT_A_NUMBER"][data-severity="error"]')).toBeVisible();
  await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveAttribute('aria-invalid', 'true');
}

/** Opens every "how?" working of the results, and the defaults applied. */
async function openEveryWorking(page: Page): Promise<void> {
  const results = page.getByRole('region', { name: 'Results' });
  const closed = results.getByRole('button', { name: /^how\? working for / });
  const total = await closed.count();
  expect(total).toBeGreaterThan(5);
  for (let left = total; left > 0; left--) {
    await closed.first().click();
    await expect(closed).toHaveCount(left - 1);
  }
  await expect(results.getByRole('button', { name: /^hide working for / })).toHaveCount(total);
  await expect(results.locator('.working-formula').first()).toBeVisible();
  const defaults = results.getByText(/^Defaults applied/);
  if ((await defaults.count()) > 0) await defaults.click();
}

test.describe('axe scan of each main state', () => {
  test('default', async ({ page }) => {
    await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
    await expectNoAxeViolations(page);
  });

  test('with errors: a pod CIDR overlapping a peering', async ({ page }) => {
    await page.getByRole('button', { name: '+ Add connected network', exact: true }).click();
    const network = row(page, 'Connected network', 0);
    await retype(network.getByLabel('Name', { exact: true }), '', 'shared-services');
    await retype(network.getByLabel('Prefixes', { exact: true }), '', '10.244.0.0/20');
    await expect(
      page.locator('[data-finding-code="OVERLAPS_CONNECTED_NETWORK"][data-severity="error"]'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('with errors: invalid values at their fields', async ({ page }) => {
    await enterInvalidValues(page);
    await expectNoAxeViolations(page);
  });

  test('dual-stack', async ({ page }) => {
    await loadTemplate(page, 'Dual-stack IPv4/IPv6 with Cilium');
    await expect(page.getByLabel('Pod CIDR (IPv6)', { exact: true })).toBeVisible();
    await expect(page.getByTestId('pod-node-blocks-ipv6')).toHaveText('65,536');
    await expectNoAxeViolations(page);
  });

  test('flat Azure CNI', async ({ page }) => {
    await page.getByLabel('Network plugin', { exact: true }).selectOption('azureNodeSubnet');
    await retype(row(page, 'Node pool', 0).getByLabel('Max pods per node', { exact: true }), '', '30');
    await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveCount(0);
    await expect(page.getByTestId('subnet-upgrade-ips-nodes')).toHaveText('124'); // (3 + 1) × 31
    await expectNoAxeViolations(page);
  });

  test('kubenet', async ({ page }) => {
    await loadTemplate(page, 'Kubenet cluster to migrate');
    await expect(page.getByLabel('Custom routes in route table', { exact: true })).toBeVisible();
    await expect(page.locator('[data-finding-code="KUBENET_RETIRING"]')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('every "how?" working opened', async ({ page }) => {
    await loadTemplate(page, 'Production with autoscaling (3 pools)');
    await expect(page.getByRole('group', { name: /^Node pool 3/ })).toBeVisible();
    await openEveryWorking(page);
    await expect(page.getByRole('region', { name: 'Results' })).toContainText(
      '2^(24−16) = 256 blocks of /24',
    );
    await expectNoAxeViolations(page);
  });

  test.describe('dark colour scheme', () => {
    test.use({ colorScheme: 'dark' });

    test('default, errors and workings', async ({ page }) => {
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b, `dark background, got ${background}`).toBeLessThan(150);
      await expectNoAxeViolations(page);
      await enterInvalidValues(page);
      await openEveryWorking(page);
      await expectNoAxeViolations(page);
    });
  });

  test.describe('tablet, 820 × 1180', () => {
    test.use({ viewport: { width: 820, height: 1180 } });

    test('default and with errors, no sideways scrolling', async ({ page }) => {
      const overflow = () =>
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await expect(page.getByLabel('Plan title', { exact: true })).toBeInViewport();
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await enterInvalidValues(page);
      await openEveryWorking(page);
      expect(await overflow()).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  });
});

test('a field edited into an invalid value and back loses no other input', async ({ page }) => {
  const pool = row(page, 'Node pool', 0);
  const maxPods = pool.getByLabel('Max pods per node', { exact: true });
  await retype(page, 'Plan title', 'Payments');
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/18');
  await retype(page, 'Address space', '10.224.0.0/16');
  await retype(pool.getByLabel('Node count', { exact: true }), '', '5');
  await pool.getByLabel('Autoscaling', { exact: true }).check();
  await retype(pool.getByLabel('Max nodes', { exact: true }), '', '9');
  const kept = async () => {
    await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('Payments');
    await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveValue('10.244.0.0/18');
    await expect(page.getByLabel('Address space', { exact: true })).toHaveValue('10.224.0.0/16');
    await expect(pool.getByLabel('Node count', { exact: true })).toHaveValue('5');
    await expect(pool.getByLabel('Autoscaling', { exact: true })).toBeChecked();
    await expect(pool.getByLabel('Max nodes', { exact: true })).toHaveValue('9');
    await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('64');
    await expect(page.getByTestId('cluster-nodes')).toHaveText('9');
  };
  await kept();

  const notANumber = page.locator('[data-finding-code="FIELD_NOT_A_NUMBER"]');
  await retype(maxPods, '', 'abc');
  await expect(notANumber).toHaveCount(1);
  await expect(notANumber).toHaveAttribute('data-severity', 'error');
  await expect(notANumber).toContainText('"abc"');
  await expect(maxPods).toHaveValue('abc');
  await expect(maxPods).toHaveAttribute('aria-invalid', 'true');
  await expect(maxPods).toHaveAccessibleDescription(/"abc" is not a whole number/);
  await kept();

  await retype(maxPods, '', '110');
  await expect(notANumber).toHaveCount(0);
  await expect(maxPods).toHaveValue('110');
  await expect(maxPods).not.toHaveAttribute('aria-invalid');
  await kept();
});

test('row actions: duplicate, move up and down, remove', async ({ page }) => {
  const legends = () =>
    page
      .getByRole('form', { name: 'Plan' })
      .getByRole('group', { name: /^Node pool \d+/ })
      .locator('legend')
      .allTextContents();
  await expect.poll(legends).toEqual(['Node pool 1: system']);
  await retype(row(page, 'Node pool', 0).getByLabel('Node count', { exact: true }), '', '4');

  await page.getByRole('button', { name: 'Duplicate node pool system', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system', 'Node pool 2: system2']);
  const copy = row(page, 'Node pool', 1);
  await expect(copy.getByLabel('Node count', { exact: true })).toHaveValue('4');
  await expect(copy.getByLabel('Mode', { exact: true })).toHaveValue('User'); // one System pool stays System
  await expect(page.getByTestId('pool-nodes-system2')).toHaveText('4');
  await expect(page.getByTestId('cluster-nodes')).toHaveText('8');
  await expect(page.getByRole('button', { name: 'Move node pool system up', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Move node pool system2 down', exact: true })).toBeDisabled();

  await page.getByRole('button', { name: 'Move node pool system2 up', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system2', 'Node pool 2: system']);
  await expect(page.getByRole('button', { name: 'Move node pool system2 up', exact: true })).toBeDisabled();
  await page.getByRole('button', { name: 'Move node pool system2 down', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system', 'Node pool 2: system2']);

  await page.getByRole('button', { name: 'Duplicate node pool system2', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system', 'Node pool 2: system2', 'Node pool 3: system3']);
  await page.getByRole('button', { name: 'Remove node pool system2', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system', 'Node pool 2: system3']);
  await expect(page.getByTestId('pool-nodes-system2')).toHaveCount(0);
  await page.getByRole('button', { name: 'Remove node pool system3', exact: true }).click();
  await expect.poll(legends).toEqual(['Node pool 1: system']);
  await expect(page.getByTestId('cluster-nodes')).toHaveText('4');

  // Subnets and connected networks have the same actions.
  await page.getByRole('button', { name: 'Duplicate subnet nodes', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Subnet 2: nodes2' })).toBeVisible();
  await expect(row(page, 'Subnet', 1).getByLabel('Prefixes', { exact: true })).toHaveValue('10.224.0.0/22');
  await page.getByRole('button', { name: 'Remove subnet nodes2', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Subnet 2/ })).toHaveCount(0);
  await page.getByRole('button', { name: '+ Add connected network', exact: true }).click();
  await retype(row(page, 'Connected network', 0).getByLabel('Name', { exact: true }), '', 'hub');
  await page.getByRole('button', { name: 'Duplicate connected network hub', exact: true }).click();
  await expect(page.getByRole('group', { name: 'Connected network 2: hub2' })).toBeVisible();
  await page.getByRole('button', { name: 'Move connected network hub2 up', exact: true }).click();
  await expect(row(page, 'Connected network', 0).getByLabel('Name', { exact: true })).toHaveValue('hub2');
  await page.getByRole('button', { name: 'Remove connected network hub', exact: true }).click();
  await page.getByRole('button', { name: 'Remove connected network hub2', exact: true }).click();
  await expect(page.getByRole('group', { name: /^Connected network/ })).toHaveCount(0);
});
