import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackRequests } from './helpers';

trackRequests();

/** Types into a field with the keyboard only: focus it, select all, type. */
async function typeInto(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

/** Presses a key on an element reached without the mouse. */
async function press(page: Page, locator: ReturnType<Page['locator']>, key: string): Promise<void> {
  await locator.focus();
  await page.keyboard.press(key);
}

test('propose, review the diff, pin, apply, undo and share the link: keyboard only, axe clean', async ({
  page,
}) => {
  // The default template with a service CIDR typed over the node subnet (SERVICE_CIDR_OVERLAPS_SUBNET).
  await typeInto(page, 'Service CIDR (IPv4)', '10.224.0.0/16');
  await expect(page.locator('[data-finding-code="SERVICE_CIDR_OVERLAPS_SUBNET"]').first()).toBeVisible();

  const panel = page.locator('.propose-panel');
  await expect(panel.getByRole('heading', { name: 'Propose a layout' })).toBeVisible();
  // Plan for +20 %: the slider moves with the arrow keys (step 5).
  const slider = panel.getByRole('slider');
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(panel.locator('.propose-growth-value')).toHaveText('20');
  await press(page, panel.getByRole('button', { name: 'Propose' }), 'Enter');

  const diff = panel.getByRole('table');
  await expect(diff).toBeVisible();
  const service = diff.locator('tr[data-change-path="cluster.serviceCidrs[0]"]');
  await expect(service.locator('td').nth(0)).toHaveText('10.224.0.0/16');
  // 10.224.0.0/16 overlaps the VNet; 10.0.0.0/16 is the lowest free /16 of RFC 1918 space.
  await expect(service.locator('td').nth(1)).toHaveText('10.0.0.0/16');
  await expect(service.locator('td').nth(2)).toContainText('overlaps');
  // 3 nodes +20 % = 4, + 1 surge = 5 node IPs: a /29 has 3, so /28 (11).
  await expect(diff.locator('tr[data-change-path="vnet.subnets[0].addressPrefixes"] td').nth(1)).toHaveText(
    '10.224.0.0/28',
  );
  await panel.screenshot({ path: 'test-results/propose-diff.png' });
  await expectNoAxeViolations(page);

  // 250 Services to plan for: the service CIDR shrinks to a /24 (256 − 2 − 2 = 252 ClusterIPs); cleared again.
  await typeInto(page, 'Services to plan for (optional)', '250');
  await expect(service.locator('td').nth(1)).toHaveText('10.0.0.0/24');
  await typeInto(page, 'Services to plan for (optional)', '');
  await expect(service.locator('td').nth(1)).toHaveText('10.0.0.0/16');

  // Pin the subnet: it stays as it is; unpin it again.
  const pin = page.getByRole('checkbox', { name: "Pin Subnet nodes: address prefixes: don't change it" });
  await press(page, pin, 'Space');
  await expect(pin).toBeChecked();
  await expect(diff.locator('tr.propose-pinned')).toHaveCount(1);
  await press(page, pin, 'Space');
  await expect(pin).not.toBeChecked();

  // Apply in one step.
  const apply = panel.getByRole('button', { name: /^Apply \d+ changes?$/ });
  await press(page, apply, 'Enter');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.0.0.0/16');
  await expect(page.locator('[data-finding-code="SERVICE_CIDR_OVERLAPS_SUBNET"]')).toHaveCount(0);
  await expect(panel.locator('.propose-applied')).toContainText('Applied');
  await expect(page.getByTestId('share-link')).toHaveValue(/10\.0\.0\.0\/16/);

  // Undo with Ctrl+Z (focus outside a text field): what was typed comes back.
  await panel.getByRole('heading', { name: 'Propose a layout' }).focus();
  await page.locator('body').press('Control+z');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.224.0.0/16');
  await expect(page.locator('[data-finding-code="SERVICE_CIDR_OVERLAPS_SUBNET"]').first()).toBeVisible();

  // Apply again, undo with the button, re-apply, and open the shared link elsewhere: the proposal travels.
  await press(page, apply, 'Enter');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.0.0.0/16');
  await press(page, panel.getByRole('button', { name: 'Undo' }), 'Enter');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.224.0.0/16');
  await press(page, apply, 'Enter');
  const link = await page.getByTestId('share-link').inputValue();
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.0.0.0/16');
  await expect(other.locator('[data-severity="error"]')).toHaveCount(0);
  await other.close();
});

test('"Fix this" on an overlap finding applies the proposed value for that field only', async ({ page }) => {
  await typeInto(page, 'Service CIDR (IPv4)', '10.224.0.0/16');
  const finding = page.locator('[data-finding-code="SERVICE_CIDR_OVERLAPS_SUBNET"]').first();
  await press(page, finding.getByRole('button', { name: 'Fix this' }), 'Enter');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.0.0.0/16');
  // Only that field: the node subnet keeps what was typed.
  await expect(page.locator('[data-finding-code="SERVICE_CIDR_OVERLAPS_SUBNET"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await press(page, page.locator('.propose-panel').getByRole('button', { name: 'Undo' }), 'Enter');
  await expect(page.getByLabel('Service CIDR (IPv4)', { exact: true })).toHaveValue('10.224.0.0/16');
});
