/**
 * `npm run bench:browser`: what a person waits for in the built app, in Debian's Chromium (issue 16).
 * Numbers, not pass/fail: median and p95 of cold runs (a new browser context each: empty cache and
 * storage), measured in the page from navigation start, or from the keydown, to the frame that paints
 * the answer (bench/browser/page-probes.ts, measure-keystroke.ts).
 *
 *   first result      navigation → the first result number in the next frame (the default plan)
 *   share link        a link's plan → its first result in the next frame (typical: production template; 100 pools)
 *   ready             navigation → the app has taken the page over and takes input (a first visit
 *                     paints the pre-rendered first frame before that, docs/decisions/0008)
 *   keystroke         a key in "Max pods per node" → the new cluster pod total in the next frame
 *
 * "Next frame" is issue 16's measure: the requestAnimationFrame callback of the frame that shows the
 * number, before the browser computes styles, lays out and paints. "Laid out" adds the styles and
 * layout of that frame (only the paint itself is left out), which a person waits for too.
 *   bytes, requests   gzip -9 of the files fetched before the first result, before ready, and by network idle
 *   long tasks        tasks over 50 ms before the first result, and by network idle
 *
 * `npm run bench:browser` builds first; RUNS=N sets the cold runs per case (default 7).
 *
 * BENCH_AGAINST=<another build's dist folder> measures that build too, served side by side, the runs of
 * the two alternating: a cold load varies by about ±50 ms from run to run on a 2-core machine, so a change
 * is judged against the build before it in the same run, not against yesterday's figure.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { openBuiltApp } from './browser/built-app.ts';
import { startStaticHost } from './browser/static-host.ts';
import { encodePlan } from '../src/core/index.ts';
import { hundredPoolPlan, productionPlan } from './browser/plans.ts';
import { measureLoad, type LoadSample } from './browser/measure-load.ts';
import { MAX_PODS, typeKeys } from './browser/measure-keystroke.ts';
import { median, percentile } from './browser/stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4176);
const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const AGAINST = process.env.BENCH_AGAINST;
const KEYSTROKES = 20;

const production = productionPlan();
const hundredPools = hundredPoolPlan();

/** A build being measured: its dist folder and where it is served. */
interface Build {
  name: string;
  dist: string;
  base: string;
}

const ms = (n: number): string => `${n.toFixed(0)} ms`;
const tenth = (n: number): string => `${n.toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const stat = (values: readonly number[], fmt: (n: number) => string): string =>
  `median ${fmt(median(values))}, p95 ${fmt(percentile(values, 95))}`;

function printLoad(name: string, samples: readonly LoadSample[]): void {
  const first = samples[0];
  if (first === undefined) return;
  console.log(`  ${name}`);
  console.log(
    `    → first result, next frame: ${stat(
      samples.map((s) => s.firstResult),
      ms,
    )}`,
  );
  console.log(
    `    → first result, laid out:   ${stat(
      samples.map((s) => s.firstLaidOut),
      ms,
    )}`,
  );
  const ready = samples.map((s) => s.ready);
  if (ready.every((n) => !Number.isNaN(n))) console.log(`    → ready for input:          ${stat(ready, ms)}`);
  console.log(
    `    before the first result: ${kb(first.beforeFirstResult.gzipBytes)} gzip (JS + CSS ${kb(first.beforeFirstResult.jsCssGzipBytes)}), ${first.beforeFirstResult.requests} requests`,
  );
  if (!Number.isNaN(first.ready))
    console.log(
      `    before ready for input:  ${kb(first.beforeReady.gzipBytes)} gzip (JS + CSS ${kb(first.beforeReady.jsCssGzipBytes)}), ${first.beforeReady.requests} requests`,
    );
  console.log(
    `    by network idle:         ${kb(first.byNetworkIdle.gzipBytes)} gzip (JS + CSS ${kb(first.byNetworkIdle.jsCssGzipBytes)}), ${first.byNetworkIdle.requests} requests`,
  );
  const longBefore = samples.map((s) => s.longTasksBeforeFirstResult.reduce((a, b) => a + b, 0));
  const longIdle = samples.map((s) => s.longTasksByNetworkIdle.reduce((a, b) => a + b, 0));
  const countIdle = samples.map((s) => s.longTasksByNetworkIdle.length);
  console.log(
    `    long tasks: before the first result ${stat(longBefore, ms)} in all; by network idle ${stat(longIdle, ms)} in all, median ${median(countIdle)} tasks`,
  );
}

/** Cold loads of `query` in every build, the builds' runs alternating. */
async function loadCase(
  browser: Browser,
  builds: readonly Build[],
  label: string,
  query: string,
): Promise<void> {
  const samples = builds.map((): LoadSample[] => []);
  // Warm-up: the server's and the OS's caches, not the page's.
  for (const build of builds) await measureLoad(browser, `${build.base}/${query}`, build.dist);
  for (let i = 0; i < RUNS; i++)
    for (const [k, build] of builds.entries())
      samples[k]?.push(await measureLoad(browser, `${build.base}/${query}`, build.dist));
  console.log(`${label} (${RUNS} cold runs)`);
  for (const [k, build] of builds.entries()) printLoad(build.name, samples[k] ?? []);
}

/** Keystrokes in every build: one page each, or two each, alternating, when comparing. */
async function keystrokeCase(
  browser: Browser,
  builds: readonly Build[],
  label: string,
  query: string,
): Promise<void> {
  const painted = builds.map((): number[] => []);
  const laidOut = builds.map((): number[] => []);
  for (let round = 0; round < (builds.length > 1 ? 2 : 1); round++)
    for (const [k, build] of builds.entries()) {
      const sample = await typeKeys(browser, `${build.base}/${query}`, MAX_PODS, KEYSTROKES);
      painted[k]?.push(...sample.painted);
      laidOut[k]?.push(...sample.laidOut);
    }
  for (const [k, build] of builds.entries())
    console.log(
      `${label}, ${build.name} (${painted[k]?.length ?? 0} keystrokes): keystroke → result next frame ${stat(painted[k] ?? [], tenth)}; laid out ${stat(laidOut[k] ?? [], tenth)}`,
    );
}

const { base, browser, close } = await openBuiltApp(ROOT, PORT);
const against = AGAINST === undefined ? null : await startStaticHost(path.resolve(AGAINST), PORT + 1);
const builds: Build[] = [{ name: 'this build', dist: DIST, base }];
if (AGAINST !== undefined)
  builds.push({
    name: `against ${AGAINST}`,
    dist: path.resolve(AGAINST),
    base: `http://localhost:${PORT + 1}`,
  });
try {
  await loadCase(browser, builds, 'First visit, default plan', '');
  await loadCase(
    browser,
    builds,
    'Share link, typical plan (production template)',
    `?${encodePlan(production)}`,
  );
  await loadCase(browser, builds, 'Share link, 100 pools', `?${encodePlan(hundredPools)}`);
  await keystrokeCase(browser, builds, 'Typical plan (production template)', `?${encodePlan(production)}`);
  await keystrokeCase(browser, builds, '100 pools', `?${encodePlan(hundredPools)}`);
} finally {
  await close();
  await new Promise<void>((resolve) => (against === null ? resolve() : against.close(() => resolve())));
}
