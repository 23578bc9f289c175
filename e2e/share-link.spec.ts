import { expect, test, type Browser, type Page } from '@playwright/test';
import { encodeShareLink } from '../src/core/index';
import { scenario } from '../src/testing/scenarios';
import { retype, trackRequests } from './helpers';

trackRequests();

const pool = (page: Page, index: number) =>
  page.getByRole('group', { name: new RegExp(`^Node pool ${index + 1}`) });
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** What a person reads off the page: the numbers, the finding codes and the values of the fields. */
async function readPage(page: Page) {
  const number = (id: string) => page.getByTestId(id).textContent();
  const codes = await page
    .locator('[data-finding-code]')
    .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('data-finding-code')))].sort());
  return {
    podNodeBlocks: await number('pod-node-blocks-ipv4'),
    podMaxNodes: await number('pod-max-nodes-ipv4'),
    subnetUsable: await number('subnet-usable-nodes'),
    subnetUpgradeIps: await number('subnet-upgrade-ips-nodes'),
    serviceAllocatable: await number('service-allocatable-ipv4'),
    codes,
    title: await field(page, 'Plan title').inputValue(),
    kubernetesVersion: await field(page, 'Kubernetes version').inputValue(),
    podCidr: await field(page, 'Pod CIDR (IPv4)').inputValue(),
    serviceCidr: await field(page, 'Service CIDR (IPv4)').inputValue(),
    nodeCount: await pool(page, 0).getByLabel('Node count', { exact: true }).inputValue(),
    maxPods: await pool(page, 0).getByLabel('Max pods per node', { exact: true }).inputValue(),
  };
}

/** Opens `url` in a fresh browser context (no storage, no history): what the person you sent it to gets. */
async function openElsewhere(
  browser: Browser,
  url: string,
): Promise<{ other: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const other = await context.newPage();
  const origin = new URL(url).origin;
  const foreign: string[] = [];
  const errors: string[] = [];
  other.on('request', (r) => {
    if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  other.on('pageerror', (e) => errors.push(e.message));
  await other.goto(url);
  return {
    other,
    close: async () => {
      expect(foreign).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
  };
}

test('the copied link opens the same plan, numbers and findings in a new browser context', async ({
  page,
  browser,
}) => {
  await retype(page, 'Plan title', 'Shared plan, R&D #1 – Zürich');
  await retype(page, 'Kubernetes version', '1.31');
  await retype(page, 'Pod CIDR (IPv4)', '10.244.0.0/20'); // 2^(24−20) = 16 node blocks
  await retype(page, 'Service CIDR (IPv4)', '172.16.0.0/20'); // 4,096 − 2 = 4,094 ClusterIPs
  await retype(page, 'DNS service IP', '172.16.0.10');
  // Below 1.32 the default surge is 1 node (R35): 16 + 1 = 17 nodes during upgrade > 16 blocks.
  await retype(pool(page, 0).getByLabel('Node count', { exact: true }), '', '16');
  await retype(pool(page, 0).getByLabel('Max pods per node', { exact: true }), '', '60');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  await expect(page.getByTestId('service-allocatable-ipv4')).toHaveText('4,094');
  await expect(page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_FOR_UPGRADE"]').first()).toBeVisible();

  const link = await page.getByTestId('share-link').inputValue();
  expect(link).toMatch(new RegExp(`^${new URL(page.url()).origin}/\\?v=1\\.1&`));
  expect(link).toContain('pod=10.244.0.0/20'); // CIDRs stay literal
  expect(link).toContain('pool=system~');
  const here = await readPage(page);
  expect(here).toMatchObject({
    podNodeBlocks: '16',
    subnetUsable: '1,019',
    subnetUpgradeIps: '17',
    nodeCount: '16',
  });

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/^Link (copied|selected)/)).toBeVisible();

  const { other, close } = await openElsewhere(browser, link);
  await expect(other.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');
  expect(await readPage(other)).toEqual(here);
  expect(await other.getByTestId('share-link').inputValue()).toBe(link);
  await expect(other.getByText('This link had')).toHaveCount(0);
  await close();
});

test('a broken link loads every other value and lists what was wrong', async ({ page }) => {
  await page.goto(
    '/?v=1&title=Broken+link&k8s=1.31&pod=10.244.0.0/33&colour=blue&vnet=vnet-x&space=10.10.0.0/16' +
      '&subnet=nodes~cidr:10.10.0.0/24&pool=system~mode:System~count:5~maxPods:50',
  );
  const notice = page.getByRole('status').filter({ hasText: 'This link had' });
  await expect(notice).toContainText('This link had 2 problems; everything else was loaded:');
  await expect(notice.locator('[data-share-code="SHARE_PARAM_UNKNOWN"]')).toContainText('colour');
  await expect(notice.locator('[data-share-code="CIDR_INVALID"]')).toContainText('10.244.0.0/33');

  // Everything else was loaded; the bad CIDR is kept in its field so it can be corrected.
  await expect(field(page, 'Plan title')).toHaveValue('Broken link');
  await expect(field(page, 'Kubernetes version')).toHaveValue('1.31');
  await expect(field(page, 'Pod CIDR (IPv4)')).toHaveValue('10.244.0.0/33');
  await expect(field(page, 'Address space')).toHaveValue('10.10.0.0/16');
  await expect(pool(page, 0).getByLabel('Node count', { exact: true })).toHaveValue('5');
  await expect(pool(page, 0).getByLabel('Max pods per node', { exact: true })).toHaveValue('50');
  await expect(page.getByTestId('subnet-usable-nodes')).toHaveText('251'); // /24: 256 − 5
  await expect(page.getByTestId('subnet-upgrade-ips-nodes')).toHaveText('6'); // 5 + ceil(5 × 10 %)
  await expect(
    page.locator('[data-finding-code="CIDR_INVALID"][data-severity="error"]').first(),
  ).toBeVisible();
  // Opening a link leaves the address bar as it was until the plan is edited.
  expect(page.url()).toContain('colour=blue');

  await notice.getByRole('button', { name: 'Dismiss the link problems' }).click();
  await expect(page.getByText('This link had')).toHaveCount(0);
  await expect(field(page, 'Kubernetes version')).toHaveValue('1.31');
});

test('the address bar follows edits, and a reload keeps the plan', async ({ page }) => {
  await retype(page, 'Kubernetes version', '1.30');
  await retype(pool(page, 0).getByLabel('Node count', { exact: true }), '', '7');
  await expect.poll(() => new URL(page.url()).searchParams.get('k8s')).toBe('1.30');
  await expect.poll(() => new URL(page.url()).searchParams.get('pool')).toMatch(/^system~.*count:7/);
  await expect.poll(async () => page.url()).toBe(await page.getByTestId('share-link').inputValue());

  await page.reload();
  await expect(field(page, 'Kubernetes version')).toHaveValue('1.30');
  await expect(pool(page, 0).getByLabel('Node count', { exact: true })).toHaveValue('7');
});

test('a 100-pool plan travels after # and opens in a new context', async ({ page, browser }) => {
  const base = scenario('production-autoscale').plan;
  const pools = Array.from({ length: 100 }, (_, i) => ({
    name: i === 0 ? 'system' : `user${String(i).padStart(2, '0')}`,
    mode: i === 0 ? ('System' as const) : ('User' as const),
    osType: 'Linux' as const,
    subnet: 'snet-aks-nodes',
    count: 3,
    enableAutoScaling: true,
    minCount: 1,
    maxCount: 10,
    maxSurge: '33%',
    maxPods: 110,
  }));
  const link = `${new URL(page.url()).origin}/#${encodeShareLink({ ...base, nodePools: pools })}`;
  expect(link.length).toBeGreaterThan(11_000);

  const { other, close } = await openElsewhere(browser, link);
  await expect(other.getByRole('group', { name: /^Node pool \d+/ })).toHaveCount(100);
  await expect(pool(other, 99).getByLabel('Max pods per node', { exact: true })).toHaveValue('110');
  // 100 pools × 10 nodes = 1,000 nodes; upgrade adds ceil(10 × 33 %) = 4 per pool → 1,400 + 6 ILBs.
  await expect(other.getByTestId('subnet-upgrade-ips-snet-aks-nodes')).toHaveText('1,406');
  const shown = await other.getByTestId('share-link').inputValue();
  expect(shown).toBe(link);
  await expect(other.getByText(/some chat and mail tools cut links this long/)).toBeVisible();
  await close();
  // The page the tests opened first is untouched by all this.
  await expect(page.getByTestId('share-link')).toHaveValue(/\?v=1\.1&/);
});
