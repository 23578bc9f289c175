import { expect, test } from '@playwright/test';
import { retype, trackRequests } from './helpers';

trackRequests();

test('a pool shows the max surge the core applies: 1 node below Kubernetes 1.32, 10 % from 1.32', async ({
  page,
}) => {
  const surge = page.getByRole('group', { name: 'Node pool 1: system' }).getByLabel('Max surge');
  await expect(surge).toHaveValue('');
  await expect(surge).toHaveAttribute('placeholder', '10% (default)'); // the template's 1.33

  await retype(page, 'Kubernetes version', '1.31');
  await expect(surge).toHaveAttribute('placeholder', '1 node (default)');
  // The results agree: 3 nodes with one surge node take 4 IPs during an upgrade.
  await expect(page.getByTestId('subnet-upgrade-ips-nodes')).toHaveText('4');
  await surge.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/default-placeholders-1.31.png' });

  await retype(page, 'Kubernetes version', '1.32');
  await expect(surge).toHaveAttribute('placeholder', '10% (default)');
});
