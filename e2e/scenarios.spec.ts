import { expect, test, type Page } from '@playwright/test';
import { SCENARIOS } from '../src/testing/scenarios';
import { fillPlan, formatted } from './fill-plan';
import { trackRequests } from './helpers';

trackRequests();
// Typing a whole plan key by key, every panel following each keystroke, takes a while.
test.describe.configure({ timeout: 180_000 });

/** The codes of the findings the page shows, each once, sorted. */
async function shownCodes(page: Page): Promise<string[]> {
  const codes = await page
    .getByRole('region', { name: 'Findings' })
    .locator('[data-finding-code]')
    .evaluateAll((elements) => elements.map((e) => e.getAttribute('data-finding-code') ?? ''));
  return [...new Set(codes)].sort();
}

for (const scenario of SCENARIOS) {
  test(`scenario ${scenario.id}: ${scenario.title}`, async ({ page }) => {
    // From the app's initial state (the blank-overlay template), through the form only.
    await expect(page.getByRole('group', { name: 'Node pool 1: system' })).toBeVisible();
    await fillPlan(page, scenario.plan);
    const expected = scenario.expected;

    if (expected.podNodeBlocksIpv4 !== undefined)
      await expect(page.getByTestId('pod-node-blocks-ipv4')).toHaveText(
        formatted(expected.podNodeBlocksIpv4),
      );
    if (expected.podMaxNodesIpv4 !== undefined)
      await expect(page.getByTestId('pod-max-nodes-ipv4')).toHaveText(formatted(expected.podMaxNodesIpv4));
    if (expected.podNodeBlocksIpv6 !== undefined)
      await expect(page.getByTestId('pod-node-blocks-ipv6')).toHaveText(
        formatted(expected.podNodeBlocksIpv6),
      );
    await expect(page.getByTestId('service-allocatable-ipv4')).toHaveText(
      formatted(expected.serviceAllocatableIpv4),
    );
    if (expected.serviceAllocatableIpv6 !== undefined) {
      await expect(page.getByTestId('service-allocatable-ipv6')).toHaveText(
        formatted(expected.serviceAllocatableIpv6),
      );
    } else {
      await expect(page.getByTestId('service-allocatable-ipv6')).toHaveCount(0);
    }
    for (const [name, [usable, duringUpgrade]] of Object.entries(expected.subnets)) {
      await expect(page.getByTestId(`subnet-usable-${name}`)).toHaveText(formatted(usable));
      await expect(page.getByTestId(`subnet-upgrade-ips-${name}`)).toHaveText(formatted(duringUpgrade));
    }
    await expect(page.getByTestId('cluster-nodes')).toHaveText(formatted(expected.clusterNodes));
    await expect(page.getByTestId('cluster-nodes-upgrade')).toHaveText(
      formatted(expected.clusterNodesDuringUpgrade),
    );
    for (const pool of scenario.plan.nodePools) {
      await expect(page.getByTestId(`pool-nodes-${pool.name ?? ''}`)).toHaveCount(1);
    }

    for (const code of expected.codes) {
      await expect(page.locator(`[data-finding-code="${code}"]`).first()).toBeVisible();
    }
    if (expected.exactCodes === true) {
      await expect.poll(() => shownCodes(page)).toEqual([...new Set(expected.codes)].sort());
    }
    const errors = page.locator('[data-finding-code][data-severity="error"]');
    if (expected.valid) await expect(errors).toHaveCount(0);
    else await expect(errors).not.toHaveCount(0);
    const summary = page.getByRole('region', { name: 'Findings' }).getByRole('status');
    await expect(summary).toContainText(expected.valid ? /valid|No findings/ : /error/);
  });
}
