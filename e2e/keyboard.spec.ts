import { expect, test, type Page } from '@playwright/test';
import { trackRequests } from './helpers';

trackRequests();

interface Focused {
  tag: string;
  /** The accessible label: aria-label, the <label for> text, or the text of a button or link. */
  name: string;
  /** The legend of the fieldset the element is in ('' when none). */
  legend: string;
  focusVisible: boolean;
  style: string;
}

/** What has keyboard focus and whether the focus is drawn (an outline or a box-shadow). */
async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null || element === document.body) return null;
    const labelFor = element.id === '' ? null : document.querySelector(`label[for="${element.id}"]`);
    const name = (
      element.getAttribute('aria-label') ??
      labelFor?.textContent ??
      element.textContent ??
      ''
    ).trim();
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    return {
      tag: element.tagName.toLowerCase(),
      name,
      legend: element.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '',
      focusVisible: outline || shadow,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

async function expectFocusVisible(page: Page): Promise<Focused> {
  const now = await focused(page);
  expect(now, 'something has focus').not.toBeNull();
  expect(now?.focusVisible, `focus is visible on ${now?.tag} "${now?.name}" (${now?.style})`).toBe(true);
  return now as Focused;
}

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; focus must show at every stop. */
async function tabTo(
  page: Page,
  wanted: (f: Focused) => boolean,
  { backwards = false, max = 200 }: { backwards?: boolean; max?: number } = {},
): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await expectFocusVisible(page);
    if (wanted(now)) return now;
  }
  throw new Error(`no element matching after ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

const labelled = (name: string, legend?: string) => (f: Focused) =>
  f.name === name && (legend === undefined || f.legend.startsWith(legend));

/** Replaces the text of the focused input by typing, as a person would: select all, type over it. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

test('the whole edit works with the keyboard alone, and focus always shows', async ({ page }) => {
  const podCidr = page.getByLabel('Pod CIDR (IPv4)', { exact: true });
  await expect(podCidr).toHaveValue('');

  // The pod CIDR: from the top of the page, Tab to it and type a smaller range.
  await tabTo(page, labelled('Pod CIDR (IPv4)'));
  await typeOver(page, '10.244.0.0/20');
  await expect(podCidr).toHaveValue('10.244.0.0/20');
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('16');

  // "+ Add node pool" with Enter; the new pool's fields come just before the button.
  await tabTo(page, labelled('+ Add node pool'));
  await page.keyboard.press('Enter');
  const pool = page.getByRole('group', { name: /^Node pool 2/ });
  await expect(pool).toBeVisible();
  await tabTo(page, labelled('Name', 'Node pool 2'), { backwards: true });
  await typeOver(page, 'apps');
  await expect(page.getByRole('group', { name: 'Node pool 2: apps' })).toBeVisible();

  // A select with the arrow keys: OS from "Default (Linux)" to Linux, then Windows, and back to Linux.
  await tabTo(page, labelled('OS', 'Node pool 2'));
  await page.keyboard.press('ArrowDown');
  await expect(pool.getByLabel('OS', { exact: true })).toHaveValue('Linux');
  await page.keyboard.press('ArrowDown');
  await expect(pool.getByLabel('OS', { exact: true })).toHaveValue('Windows');
  await page.keyboard.press('ArrowUp');
  await expect(pool.getByLabel('OS', { exact: true })).toHaveValue('Linux');

  await tabTo(page, labelled('Node count', 'Node pool 2'));
  await typeOver(page, '4');
  await expect(pool.getByLabel('Node count', { exact: true })).toHaveValue('4');
  await expect(page.getByTestId('cluster-nodes')).toHaveText('7');

  // Autoscaling with Space, then the maximum it may reach.
  await tabTo(page, labelled('Autoscaling', 'Node pool 2'));
  await page.keyboard.press('Space');
  await expect(pool.getByLabel('Autoscaling', { exact: true })).toBeChecked();
  await tabTo(page, labelled('Max nodes', 'Node pool 2'));
  await typeOver(page, '20');
  await expect(pool.getByLabel('Max nodes', { exact: true })).toHaveValue('20');
  await expect(page.getByTestId('cluster-nodes')).toHaveText('23'); // 3 + autoscaler maximum 20

  // 23 nodes need 23 /24 blocks, the /20 holds 16; and the autoscaler has no minimum yet.
  const range = page.locator('[data-finding-code="AUTOSCALE_RANGE_INVALID"]');
  await expect(range).toBeVisible();
  await expect(page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_BLOCKS"]')).toBeVisible();

  // On to the findings: the "Go to" button of the autoscaler finding, activated with Enter.
  await tabTo(page, labelled('Go to Min nodes (Node pool 2: apps)'));
  await page.keyboard.press('Enter');
  const minNodes = pool.getByLabel('Min nodes', { exact: true });
  await expect(minNodes).toBeFocused();
  await expectFocusVisible(page);
  await page.keyboard.type('2');
  await expect(minNodes).toHaveValue('2');
  await expect(range).toHaveCount(0);

  // And the pod CIDR finding's button with Space leads back to the pod CIDR.
  await tabTo(page, labelled('Go to Pod CIDR (IPv4)'));
  await page.keyboard.press('Space');
  await expect(podCidr).toBeFocused();
  await expectFocusVisible(page);
  await typeOver(page, '10.244.0.0/18');
  await expect(page.locator('[data-finding-code="POD_CIDR_INSUFFICIENT_BLOCKS"]')).toHaveCount(0);
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText('64');

  // Nothing typed along the way was lost.
  await expect(pool.getByLabel('Name', { exact: true })).toHaveValue('apps');
  await expect(pool.getByLabel('Node count', { exact: true })).toHaveValue('4');
  await expect(pool.getByLabel('Max nodes', { exact: true })).toHaveValue('20');
});
