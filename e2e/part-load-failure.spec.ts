import { expect, test } from '@playwright/test';

// The first load holds the form, the planning core, the findings and the results; the parts below them
// (address map, headroom, comparison, plan files, exports), Azure import, saved plans and the print view
// load once the first result has painted (docs/decisions/0006-first-result-in-one-go.md). When such a
// part cannot load, its place says so and the user's plan and results stay.
test('when a later part cannot load, its place says so and the plan and results stay', async ({ page }) => {
  await page.goto('/');
  const title = page.getByLabel('Plan title', { exact: true });
  await title.fill('Kept while offline');
  await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  await page.waitForTimeout(600); // autosave runs 400 ms after the last edit

  await page.route(/\/assets\/analysis-sections-[^/]*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(title).toHaveValue('Kept while offline');
  // The results and the form still work.
  await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  await expect(page.getByTestId('share-link')).toHaveCount(1);
  await title.fill('Still editable');
  await expect(title).toHaveValue('Still editable');
  await expect(page.getByRole('heading', { name: 'Address map' })).toHaveCount(0);
});
