import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { scenario } from '../src/testing/scenarios';
import { expectNoAxeViolations, retype, trackRequests } from './helpers';

trackRequests();

/** The card that holds the plan file controls and the infrastructure code. */
function planFiles(page: Page) {
  return page.getByRole('region', { name: 'Plan file and infrastructure code' });
}

/** The default template with a pod CIDR of 10.100.0.0/18: 2^(24−18) = 64 node blocks. */
async function setPodCidr(page: Page, cidr: string, blocks: string): Promise<void> {
  await retype(page, 'Pod CIDR (IPv4)', cidr);
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText(blocks);
}

test('exports the plan file, and importing it brings the exported numbers back', async ({ page }) => {
  await setPodCidr(page, '10.100.0.0/18', '64');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    planFiles(page).getByRole('button', { name: 'Export plan (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('new-aks-cluster.plan.json');
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('}\n')).toBe(true);
  const document = JSON.parse(text) as Record<string, unknown>;
  expect(Object.keys(document)).toEqual([
    '$schema',
    'schemaVersion',
    'title',
    'cluster',
    'vnet',
    'nodePools',
  ]);
  expect(document['$schema']).toBe(new URL('/plan.schema.json', page.url()).href);
  expect(document).toMatchObject({
    schemaVersion: 1,
    title: 'New AKS cluster',
    cluster: {
      kubernetesVersion: '1.33',
      tier: 'Standard',
      networkPlugin: 'overlay',
      podCidrs: ['10.100.0.0/18'],
    },
    vnet: {
      addressSpace: ['10.224.0.0/12'],
      subnets: [{ name: 'nodes', addressPrefixes: ['10.224.0.0/22'] }],
    },
    nodePools: [{ name: 'system', mode: 'System', count: 3 }],
  });

  await setPodCidr(page, '10.100.0.0/20', '16');
  await page.getByLabel('Import plan').setInputFiles(path);
  await expect(planFiles(page).getByRole('status')).toContainText('Every value in it was read.');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('64');
  await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveValue('10.100.0.0/18');
  await expect(page.getByTestId('subnet-usable-nodes')).toHaveText('1,019');
  await expectNoAxeViolations(page);
});

test('a broken file shows an alert and leaves the plan as it was', async ({ page }) => {
  await setPodCidr(page, '10.100.0.0/18', '64');
  await page.getByLabel('Import plan').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "schemaVersion": 1, "nodePools": ['),
  });
  const alert = planFiles(page).getByRole('alert');
  await expect(alert).toContainText('Could not open “broken.json”.');
  await expect(alert).toContainText('not valid JSON');
  await expect(alert).toContainText('Your current plan is unchanged.');
  await expect(page.getByLabel('Pod CIDR (IPv4)', { exact: true })).toHaveValue('10.100.0.0/18');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('64');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('New AKS cluster');
});

test('a file that loads with bad values lists them by path, and Undo puts the plan back', async ({
  page,
}) => {
  await page.getByLabel('Import plan').setInputFiles({
    name: 'partly-broken.plan.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        schemaVersion: 1,
        title: 'Partly broken',
        cluster: { podCidrs: ['10.50.0.0/20'], tier: 'Gold' },
        nodePools: [{ name: 'system', count: 3, maxPods: 'lots' }],
      }),
    ),
  });
  const status = planFiles(page).getByRole('status');
  await expect(status).toContainText('2 values were left out or ignored');
  await expect(status.locator('code')).toHaveText(['cluster.tier', 'nodePools[0].maxPods']);
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  await status.getByRole('button', { name: 'Undo: put back the previous plan' }).click();
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('New AKS cluster');
});

test('dropping a plan file anywhere on the page opens it', async ({ page }) => {
  const plan = scenario('dual-stack').plan;
  const dataTransfer = await page.evaluateHandle((json) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([json], 'dual-stack.plan.json', { type: 'application/json' }));
    return transfer;
  }, JSON.stringify(plan));
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a plan file to open it')).toBeVisible();
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a plan file to open it')).toHaveCount(0);
  await expect(planFiles(page).getByRole('status')).toContainText('Opened “dual-stack.plan.json”.');
  // 100.80.0.0/16 holds 256 /24 blocks; the IPv6 /64 holds 2^(80−64) = 65,536 /80 blocks.
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('256');
  await expect(page.getByTestId('pod-node-blocks-ipv6')).toHaveText('65,536');
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('Web, North Europe (dual-stack)');
});

test('the export panel shows az, Bicep and Terraform code with the pod CIDR, and copies it', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setPodCidr(page, '10.100.0.0/18', '64');
  const card = planFiles(page);
  const panel = card.getByRole('tabpanel');
  const expected = {
    'Azure CLI': ['az aks create', '--pod-cidr 10.100.0.0/18', '--network-plugin-mode overlay'],
    Bicep: [
      "resource aks 'Microsoft.ContainerService/managedClusters@",
      "'10.100.0.0/18'",
      "networkPluginMode: 'overlay'",
    ],
    Terraform: ['resource "azurerm_kubernetes_cluster" "aks"', 'pod_cidrs           = ["10.100.0.0/18"]'],
  };
  for (const [tab, snippets] of Object.entries(expected)) {
    await card.getByRole('tab', { name: tab }).click();
    await expect(card.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    for (const snippet of snippets) await expect(panel).toContainText(snippet);
  }
  // Keyboard: arrows move between the tabs.
  await card.getByRole('tab', { name: 'Terraform' }).press('ArrowRight');
  await expect(card.getByRole('tab', { name: 'Azure CLI' })).toBeFocused();
  await expect(panel).toContainText('az aks create');

  await panel.getByRole('button', { name: 'Copy' }).click();
  await expect(panel.locator('[aria-live="polite"]')).toHaveText('Copied the Azure CLI code.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('--pod-cidr 10.100.0.0/18');
  // The script's header: the interpreter, shellcheck's note on the single-quoted values, the plan title.
  expect(copied.startsWith('#!/usr/bin/env bash\n# shellcheck disable=')).toBe(true);
  expect(copied).toContain('\n# New AKS cluster\n');
});
