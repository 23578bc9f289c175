import { expect, test } from '@playwright/test';

/**
 * Safe exports (issue 12): a plan the exporters cannot write faithfully gets their refusal in words,
 * never code; a stored draft's value that is not in its list is dropped on restore, so it never
 * reaches the code.
 */

const exportPanel = (page: import('@playwright/test').Page) =>
  page.getByRole('tabpanel').filter({ has: page.getByRole('alert') });

test('a plan without a System pool gets the refusal in words in every format, and no code', async ({
  page,
}) => {
  await page.goto(
    '/?v=1&title=No+system&plugin=overlay&vnet=vnet-a&space=10.10.0.0/16&subnet=snet-a~cidr:10.10.0.0/24&pool=apps~mode:User~count:2',
  );
  const tabs = page.getByRole('tablist', { name: 'Infrastructure code format' });
  await expect(tabs).toBeVisible();
  for (const name of ['Azure CLI', 'Bicep', 'Terraform']) {
    await tabs.getByRole('tab', { name }).click();
    const alert = exportPanel(page).getByRole('alert');
    await expect(alert).toContainText(`No ${name} code: the plan cannot be exported as it stands.`);
    await expect(alert).toContainText('The plan has no System node pool');
    await expect(alert.locator('[data-finding-code="EXPORT_NO_SYSTEM_POOL"]')).toHaveCount(1);
    await expect(page.getByLabel(`${name} code`)).toHaveCount(0);
  }
  await exportPanel(page).screenshot({ path: 'test-results/export-refusal.png' });
});

test('a stored draft with a command in a fixed-choice field is restored without it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Start from')).toBeVisible();
  await page.evaluate(() => {
    const draft = {
      title: 'Stored',
      cluster: { networkPolicy: 'calico\ntouch pwned\n#' },
      nodePools: [{ name: 'system', mode: 'System', count: '3' }],
    };
    localStorage.setItem(
      'aks-address-planner:current',
      JSON.stringify({ format: 1, savedAt: '2026-12-06T00:00:00Z', draft }),
    );
  });
  await page.reload();
  const tabs = page.getByRole('tablist', { name: 'Infrastructure code format' });
  await expect(tabs).toBeVisible();
  await tabs.getByRole('tab', { name: 'Azure CLI' }).click();
  const code = page.getByLabel('Azure CLI code');
  await expect(code).toContainText('az aks create');
  await expect(code).not.toContainText('touch pwned');
});
