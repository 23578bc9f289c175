import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { trackRequests } from './helpers';

trackRequests();

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

test('prints a typical plan on one A4 page with inputs, results, findings, map, chart and the link', async ({
  page,
}) => {
  await page.getByLabel('Start from').selectOption('production-autoscale');
  await page.getByRole('button', { name: 'Load template' }).click();
  await expect(page.getByTestId('subnet-usable-snet-aks-nodes')).toHaveText('1,019');
  // The print view's chart is plain SVG (print-headroom-chart.tsx): drawn with the rest of the view.
  await expect(page.locator('.print-view .pv-headroom-svg').first()).toBeAttached();
  await expect(page.locator('.print-view h1')).toHaveText('Production platform');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-view')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();

  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/plan-a4.pdf';
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  expect(pdfPages(path)).toBe(1);
  const text = pdfText(path);
  for (const expected of [
    'Production platform',
    'Inputs',
    '100.64.0.0/16',
    'snet-aks-nodes',
    '1,019',
    'Findings',
    'Address map',
    'Cluster headroom',
    'Printed',
    '?v=1',
  ]) {
    expect(text).toContain(expected);
  }
  // No form controls or buttons are printed.
  expect(text).not.toContain('Load template');
  expect(text).not.toContain('how?');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', path, 'test-results/plan-a4']);

  const letter = 'test-results/plan-letter.pdf';
  writeFileSync(letter, await page.pdf({ format: 'Letter', printBackground: true }));
  expect(pdfPages(letter)).toBe(1);
});

test('prints the findings of a plan with errors', async ({ page }) => {
  await page.getByLabel('Pod CIDR (IPv4)', { exact: true }).fill('10.224.0.0/16');
  await expect(page.locator('[data-finding-code="POD_CIDR_OVERLAPS_SUBNET"]')).toBeVisible();
  // The print view follows edits with a deferred render: wait for it before printing.
  await expect(page.locator('.print-view')).toContainText('POD_CIDR_OVERLAPS_SUBNET');
  await page.emulateMedia({ media: 'print' });
  const path = 'test-results/plan-errors.pdf';
  mkdirSync('test-results', { recursive: true });
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  const text = pdfText(path);
  expect(text).toContain('POD_CIDR_OVERLAPS_SUBNET');
  expect(text).toContain('has errors');
});
