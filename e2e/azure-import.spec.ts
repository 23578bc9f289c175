import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, trackRequests } from './helpers';

trackRequests();

/** The project's `az … -o json` fixtures (src/core/import/fixtures). */
function fixture(name: string): Promise<string> {
  return readFile(new URL(`../src/core/import/fixtures/${name}`, import.meta.url), 'utf8');
}

function azureImport(page: Page) {
  return page.getByRole('region', { name: 'Import from Azure' });
}

test('pasting the overlay cluster, its VNet and its node pools fills the plan with their numbers', async ({
  page,
}) => {
  const panel = azureImport(page);
  await panel.getByLabel('az network vnet show output').fill(await fixture('vnet-show-overlay-spoke.json'));
  await panel.getByLabel('az aks show output').fill(await fixture('aks-show-overlay-ipv4.json'));
  await panel.getByLabel('az aks nodepool list output').fill(await fixture('aks-nodepool-list-overlay.json'));
  await panel.getByRole('button', { name: 'Import into the plan' }).click();

  const status = panel.getByRole('status');
  await expect(status).toContainText('Imported into the plan.');
  await expect(status.locator('[data-finding-code="AZURE_IMPORT_READ"]')).toHaveCount(3);
  await expect(status.locator('[data-severity="error"], [data-severity="warning"]')).toHaveCount(0);

  // The form holds what Azure says.
  await expect(page.getByLabel('Pod CIDR (IPv4)')).toHaveValue('100.64.0.0/16');
  await expect(page.getByLabel('Address space')).toHaveValue('10.224.0.0/12');
  // snet-aks-nodes is a /22: 1,024 − 5 = 1,019 usable. plannedNodes 6 + 20 + 2 = 28; surge 1 + 7 + 1 = 9.
  await expect(page.getByTestId('subnet-usable-snet-aks-nodes')).toHaveText('1,019');
  await expect(page.getByTestId('subnet-upgrade-ips-snet-aks-nodes')).toHaveText('37');
  await expect(page.getByTestId('cluster-nodes')).toHaveText('28');
  await expect(page.getByTestId('cluster-nodes-upgrade')).toHaveText('37');
  // The API server subnet is a /28: 16 − 5 = 11 usable.
  await expect(page.getByTestId('subnet-usable-snet-aks-apiserver')).toHaveText('11');
  // 100.64.0.0/16 holds 256 /24 node blocks; 172.16.0.0/16 gives 65,536 − 2 ClusterIPs.
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
  await expect(page.getByTestId('service-allocatable-ipv4')).toHaveText('65,534');
  await expect(page.getByRole('region', { name: 'Findings' }).locator('[data-severity="error"]')).toHaveCount(
    0,
  );
  await expectNoAxeViolations(page);
});

test('loading az aks show from a file imports a kubenet cluster on an AKS-managed VNet', async ({ page }) => {
  const panel = azureImport(page);
  await panel.getByLabel('Load az aks show JSON file').setInputFiles({
    name: 'aks-show.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await fixture('aks-show-kubenet.json')),
  });
  await expect(panel.getByLabel('az aks show output')).toHaveValue(/"networkPlugin": "kubenet"/);
  await panel.getByRole('button', { name: 'Import into the plan' }).click();
  await expect(panel.getByRole('status')).toContainText('Imported into the plan.');
  // 3 + 10 planned nodes on the Free tier.
  await expect(page.getByTestId('cluster-nodes')).toHaveText('13');
  await expect(
    page.getByRole('region', { name: 'Findings' }).locator('[data-finding-code="FREE_TIER_OVER_10_NODES"]'),
  ).toBeVisible();
});

test('input that is not az output leaves the plan as it was and says why', async ({ page }) => {
  await expect(page.getByTestId('cluster-nodes')).toHaveText('3');
  const panel = azureImport(page);
  await panel.getByLabel('az aks show output').fill('{"schemaVersion": 1, "nodePools": []}');
  await panel.getByLabel('az network vnet show output').fill('not json');
  await panel.getByRole('button', { name: 'Import into the plan' }).click();
  const status = panel.getByRole('status');
  await expect(status).toContainText('Nothing could be imported, so the plan was not changed');
  await expect(
    status.locator('[data-finding-code="AZURE_IMPORT_NOT_JSON"][data-severity="error"]'),
  ).toBeVisible();
  await expect(status.locator('[data-finding-code="AZURE_IMPORT_UNRECOGNIZED"]')).toContainText(
    'Import plan',
  );
  await expect(page.getByTestId('cluster-nodes')).toHaveText('3');
});
