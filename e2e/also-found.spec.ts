import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { trackRequests } from './helpers';

trackRequests();

test('a 390 px phone never scrolls sideways, with the workings open', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toBeVisible();
  const widths = await page.evaluate(() => {
    const view = document.documentElement.clientWidth;
    // What sticks out, for the message: the innermost elements past the right edge.
    const out = [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > view + 0.5 &&
          (e.parentElement?.getBoundingClientRect().right ?? 0) <= view + 0.5,
      )
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}.${e.className} “${(e.textContent ?? '').slice(0, 30)}”`);
    return { page: document.documentElement.scrollWidth, view, out };
  });
  expect(widths.page, widths.out.join('\n')).toBeLessThanOrEqual(widths.view);
});

test('"Skip to results" lands on the results column, findings first', async ({ page }) => {
  await expect(page.getByTestId('pod-node-blocks-ipv4')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to results' })).toBeFocused();
  await page.keyboard.press('Enter');
  const focused = await page.evaluate(() => document.activeElement?.id ?? '');
  expect(focused).toBe('results');
  // The next Tab goes into the findings, not past them.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.closest('.workspace-outputs') !== null)).toBe(
    true,
  );
});

function pdf(path: string): { pages: number; text: string; urls: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    text: execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }),
    urls: execFileSync('pdfinfo', ['-url', path], { encoding: 'utf8' }),
  };
}

test('print: notes keep their line breaks, map labels are legible, the link is clickable and short', async ({
  page,
}) => {
  await page.getByLabel('Start from').selectOption('production-autoscale');
  await page.getByRole('button', { name: 'Load template' }).click();
  await page.getByLabel('Notes').fill('First line of the notes\nSecond line of the notes');
  await expect(page.locator('.print-view .pv-notes')).toContainText('Second line');
  // An A4 page's width (210 mm at 96 dpi), as the PDF lays the print view out.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  // Address-map text as drawn: its font size times the SVG's scale (viewBox to drawn width, zoom included).
  const smallestPt = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll<SVGSVGElement>('.print-view .pv-map svg')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map(
        (t) => parseFloat(getComputedStyle(t).fontSize) * scale * 0.75,
      );
    });
    return Math.min(...sizes);
  });
  expect(smallestPt).toBeGreaterThanOrEqual(6);
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/also-found-print.pdf';
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  const { text, urls } = pdf(path);
  expect(text).toMatch(/First line of the notes\s*\n\s*Second line of the notes/);
  expect(urls).toContain('v=1.1&');
  const linkLines = await page.evaluate(() => {
    const link = document.querySelector<HTMLElement>('.print-view .pv-link');
    if (link === null) return 0;
    return Math.round(link.getBoundingClientRect().height / parseFloat(getComputedStyle(link).lineHeight));
  });
  expect(linkLines).toBeLessThanOrEqual(8);
});

test('print: a plan with errors never puts only the footer on a page of its own', async ({ page }) => {
  await page.getByLabel('Pod CIDR (IPv4)', { exact: true }).fill('10.224.0.0/16');
  await expect(page.locator('.print-view')).toContainText('POD_CIDR_OVERLAPS_SUBNET');
  await page.emulateMedia({ media: 'print' });
  mkdirSync('test-results', { recursive: true });
  const path = 'test-results/also-found-errors.pdf';
  writeFileSync(path, await page.pdf({ format: 'A4', printBackground: true }));
  const { pages, text } = pdf(path);
  const lastPage =
    text
      .split('\f')
      .filter((p) => p.trim() !== '')
      .at(-1) ?? '';
  expect(pages === 1 || !/^\s*Printed [^\n]*\s*$/.test(lastPage), lastPage).toBe(true);
});
