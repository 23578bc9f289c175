/**
 * `npm run bench:floors`: how near the app is to the least any page could do here, for a share link and a
 * keystroke (issue 16's targets; docs/decisions/0011-what-the-targets-would-take.md). Numbers, not
 * pass/fail, on this machine, in Debian's Chromium, with the measures of the browser benchmark
 * (bench/browser/page-probes.ts, measure-keystroke.ts):
 *
 *   no script      the app's own page at its first result for the typical link, as static HTML
 *                  with its stylesheet and no script: the browser's part alone
 *   React + core   React, the link's decoder and the planning core's evaluation, one number rendered:
 *                  what any React page that shows the link's result must fetch and run
 *   the app        this build
 *
 * and a key in a field one number follows: a plain field with no framework, a React-controlled field,
 * and the app's "Max pods per node". Cold loads alternate between the pages (RUNS each, default 7).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBuiltApp } from './browser/built-app.ts';
import { startStaticHost } from './browser/static-host.ts';
import { BUILT_FLOORS, buildFloor, snapshotFirstResult } from './browser/floor-pages.ts';
import { measureLoad, type LoadSample } from './browser/measure-load.ts';
import { MAX_PODS, typeKeys, type KeyTarget } from './browser/measure-keystroke.ts';
import { productionPlan } from './browser/plans.ts';
import { median, percentile } from './browser/stats.ts';
import { encodePlan } from '../src/core/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4186);
const RUNS = Math.max(5, Number(process.env.RUNS ?? 7));
const KEYSTROKES = 20;
const QUERY = `?${encodePlan(productionPlan())}`;

/** A page measured: its build folder and where it is served. */
interface Served {
  name: string;
  dist: string;
  base: string;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'aks-floors-'));
for (const name of BUILT_FLOORS)
  await buildFloor(path.join(ROOT, 'bench', 'floors'), name, path.join(work, name));

const { base, browser, close } = await openBuiltApp(ROOT, PORT);
const servers = [await startStaticHost(path.join(work, 'static'), PORT + 1)];
try {
  await snapshotFirstResult(browser, `${base}/${QUERY}`, DIST, path.join(work, 'static'));
  for (const [i, name] of BUILT_FLOORS.entries())
    servers.push(await startStaticHost(path.join(work, name), PORT + 2 + i));
  const at = (name: string): string => `http://localhost:${PORT + 2 + BUILT_FLOORS.indexOf(name as never)}`;

  const loads: Served[] = [
    {
      name: 'no script (the first-result page as static HTML)',
      dist: path.join(work, 'static'),
      base: `http://localhost:${PORT + 1}`,
    },
    {
      name: 'React + core (decode, evaluate, one number)',
      dist: path.join(work, 'react-core'),
      base: at('react-core'),
    },
    { name: 'the app', dist: DIST, base },
  ];
  const samples = loads.map((): LoadSample[] => []);
  for (let i = 0; i <= RUNS; i++)
    for (const [k, page] of loads.entries()) {
      const sample = await measureLoad(browser, `${page.base}/${QUERY}`, page.dist);
      if (i > 0) samples[k]?.push(sample); // the first round warms the server's and the OS's caches
    }
  console.log(`Share link, typical plan (production template), ${RUNS} cold runs each, alternating:`);
  for (const [k, page] of loads.entries()) {
    const s = samples[k] ?? [];
    const next = s.map((x) => x.firstResult);
    const laidOut = median(s.map((x) => x.firstLaidOut));
    const bytes = s[0]?.beforeFirstResult.gzipBytes ?? Number.NaN;
    const figures = `next frame median ${median(next).toFixed(0)} ms (p95 ${percentile(next, 95).toFixed(0)})`;
    console.log(
      `  ${page.name.padEnd(52)} ${figures}, laid out ${laidOut.toFixed(0)} ms; ${(bytes / 1024).toFixed(1)} KB gzip before it`,
    );
  }

  const field: KeyTarget = { fieldId: 'field-x', resultTestId: 'result', start: '30' };
  const keys: Array<[string, string, KeyTarget]> = [
    ['plain field, no framework', `${at('plain-input')}/`, field],
    ['React-controlled field', `${at('react-input')}/`, field],
    ['the app, "Max pods per node" (typical plan)', `${base}/${QUERY}`, MAX_PODS],
  ];
  console.log(`Keystroke → result in the next frame, ${KEYSTROKES * 2} keys each (two pages, alternating):`);
  const painted = keys.map((): number[] => []);
  for (let round = 0; round < 2; round++)
    for (const [k, [, url, target]] of keys.entries())
      painted[k]?.push(...(await typeKeys(browser, url, target, KEYSTROKES)).painted);
  for (const [k, [name]] of keys.entries())
    console.log(
      `  ${name.padEnd(52)} median ${median(painted[k] ?? []).toFixed(1)} ms, p95 ${percentile(painted[k] ?? [], 95).toFixed(1)} ms`,
    );
} finally {
  await close();
  for (const server of servers) await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
}
