/**
 * `npm run size` (part of `npm test`): what a browser fetches before it paints the first result, and by
 * network idle, counted in gzip -9 bytes of the built files (issue 16). Serves dist/ (the npm script
 * builds first) as a static host does (bench/browser/static-host.ts), opens it cold in Debian's Chromium for a first visit and for a
 * share link, and prints each file. With --enforce, exits 1 when the bytes before the first result pass
 * their budgets (bench/browser/budget.ts): the scripts and styles, and the page with its first frame.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuiltApp } from '../bench/browser/built-app.ts';
import { encodePlan } from '../src/core/index.ts';
import { productionPlan } from '../bench/browser/plans.ts';
import { budgetLine, withinBudget, type BytesBeforeFirstResult } from '../bench/browser/budget.ts';
import { builtFileGzip } from '../bench/browser/load-cost.ts';
import { measureLoad, type LoadSample } from '../bench/browser/measure-load.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.SIZE_PORT ?? 4178);
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

const production = productionPlan();

function printCase(label: string, sample: LoadSample): void {
  console.log(
    `${label}: first result in the frame at ${sample.firstResult.toFixed(0)} ms, laid out at ${sample.firstLaidOut.toFixed(0)} ms`,
  );
  console.log(`  before the first result (${sample.beforeFirstResult.requests} requests):`);
  for (const file of sample.beforeFirstResult.files)
    console.log(`    ${file.padEnd(48)}${builtFileGzip(DIST, file).toLocaleString('en-US').padStart(10)} B`);
  console.log(
    `    total ${kb(sample.beforeFirstResult.gzipBytes)} (JS + CSS ${kb(sample.beforeFirstResult.jsCssGzipBytes)})`,
  );
  console.log(
    `  by network idle: ${kb(sample.byNetworkIdle.gzipBytes)} in ${sample.byNetworkIdle.requests} requests (JS + CSS ${kb(sample.byNetworkIdle.jsCssGzipBytes)})`,
  );
}

const { base, browser, close } = await openBuiltApp(ROOT, PORT);
const worst: BytesBeforeFirstResult = { page: 0, jsCss: 0 };
try {
  const cases: Array<[string, string]> = [
    ['First visit', `${base}/`],
    ['Share link (production template)', `${base}/?${encodePlan(production)}`],
  ];
  const fetched = new Set<string>();
  for (const [label, url] of cases) {
    const sample = await measureLoad(browser, url, DIST);
    printCase(label, sample);
    const { gzipBytes, jsCssGzipBytes } = sample.beforeFirstResult;
    worst.page = Math.max(worst.page, gzipBytes - jsCssGzipBytes);
    worst.jsCss = Math.max(worst.jsCss, jsCssGzipBytes);
    for (const file of sample.byNetworkIdle.files) fetched.add(file);
  }
  const lazy = readdirSync(path.join(DIST, 'assets'))
    .map((name) => `/assets/${name}`)
    .filter((file) => /\.(?:js|css)$/.test(file) && !fetched.has(file));
  const lazyBytes = lazy.reduce((sum, file) => sum + builtFileGzip(DIST, file), 0);
  console.log(`Fetched only when used (a click, a scroll): ${lazy.length} files, ${kb(lazyBytes)}`);
  console.log(budgetLine(worst));
} finally {
  await close();
}
if (process.argv.includes('--enforce') && !withinBudget(worst)) process.exit(1);
