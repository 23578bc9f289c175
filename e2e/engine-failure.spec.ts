import { expect, test } from '@playwright/test';

// The first load holds only the form; the planning core (the engine) follows it
// (docs/decisions/0005-first-load-without-the-core.md). When the engine cannot be loaded, the page says
// so and keeps the user's work.
test('when the engine cannot load, the page says so and keeps the plan being edited', async ({ page }) => {
  await page.goto('/');
  const title = page.getByLabel('Plan title', { exact: true });
  await title.fill('Kept while offline');
  await expect(page.getByTestId('cluster-nodes')).not.toBeEmpty();
  await page.waitForTimeout(600); // autosave runs 400 ms after the last edit

  await page.route(/\/assets\/engine-[^/]*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('could not load its engine');
  await expect(title).toHaveValue('Kept while offline');
  // The form still works, and nothing pretends to be a result.
  await title.fill('Still editable');
  await expect(title).toHaveValue('Still editable');
  await expect(page.getByTestId('cluster-nodes')).toHaveCount(0);
  await expect(page.getByTestId('share-link')).toHaveCount(0);
});
