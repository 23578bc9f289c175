import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { RESULT_SELECTOR } from './page-probes.ts';

/** The floor pages bench/floors/ holds (<name>.ts), each built on its own (React, the core, no app). */
export const BUILT_FLOORS = ['react-core', 'react-input', 'plain-input'] as const;

/**
 * Builds bench/floors/<name>.ts with Vite (production, minified, no plugins) into `outDir` as
 * assets/main.js, and writes the page that runs it (index.html, a #root for it to fill).
 */
export async function buildFloor(floorsDir: string, name: string, outDir: string): Promise<void> {
  await build({
    root: floorsDir,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: {
        input: path.join(floorsDir, `${name}.ts`),
        output: { entryFileNames: 'assets/main.js' },
      },
    },
  });
  writeFileSync(
    path.join(outDir, 'index.html'),
    `<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><title>Floor: ${name}</title>` +
      '<script type="module" src="/assets/main.js"></script></head><body><div id="root"></div></body></html>\n',
  );
}

/**
 * The app's own page for `url` at the moment its first result is shown, written as static HTML with no
 * script into `outDir` (index.html, and the stylesheets the page had from its own build): what the browser
 * must do for that page if no script ran at all.
 */
export async function snapshotFirstResult(
  browser: Browser,
  url: string,
  appDist: string,
  outDir: string,
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript({
      content: `(() => {
  const check = () => {
    const el = document.querySelector(${JSON.stringify(RESULT_SELECTOR)});
    if (el !== null && /\\d/.test(el.textContent || '') && el.checkVisibility()) {
      window.__firstResultHtml = document.documentElement.outerHTML;
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`,
    });
    await page.goto(url);
    await page.waitForFunction(() => '__firstResultHtml' in window, null, { timeout: 30_000 });
    const html = await page.evaluate(
      () => (window as unknown as { __firstResultHtml: string }).__firstResultHtml,
    );
    const { html: copy, stylesheets } = staticCopy(html);
    mkdirSync(path.join(outDir, 'assets'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), copy);
    for (const sheet of stylesheets) copyFileSync(path.join(appDist, sheet), path.join(outDir, sheet));
  } finally {
    await context.close();
  }
}

/**
 * A page's HTML (its `outerHTML`) as a page with no script: scripts, module preloads and stylesheets
 * from another address (a later part's, appended by the loader) dropped, the stale-first-frame mark
 * removed; and the stylesheets of its own build it keeps.
 *
 * @example staticCopy('<html class="stale-first-frame"><head><script>x()</script></head></html>').html
 * // '<!doctype html>\n<html ><head></head></html>'
 */
export function staticCopy(outerHtml: string): { html: string; stylesheets: string[] } {
  const stylesheets = [
    ...outerHtml.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"/g),
  ].map((m) => m[1] ?? '');
  const html = outerHtml
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<link[^>]*rel="modulepreload"[^>]*>/g, '')
    .replace(/<link[^>]*href="https?:[^"]*"[^>]*>/g, '')
    .replace(/\bclass="stale-first-frame"/, '');
  return { html: `<!doctype html>\n${html}`, stylesheets };
}
