// `npm run lighthouse`: Lighthouse scores of the built app, mobile (the default) and desktop (--preset=desktop).
// Builds into a temporary folder (not dist/), serves it with `vite preview` on port 4175 (not 4173: both are
// used by the e2e tests), runs Lighthouse 12.8.2 through npx (it is not a devDependency: about 200 packages,
// 150 MB; 13.x needs Node 22), writes lighthouse/<config>.json, and prints the scores, the key metrics and the
// audits that score below 1. Exits non-zero only when the build, the server or Lighthouse itself fails.
// Needs Chromium: CHROME_PATH defaults to /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LIGHTHOUSE = 'lighthouse@12.8.2';
const PORT = 4175;
const URL = `http://localhost:${PORT}/`;
const REPORT_DIR = 'lighthouse';
/** Category id → its column in the table. */
const CATEGORIES = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'best', seo: 'seo' };
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
};
const CONFIGS = { mobile: [], desktop: ['--preset=desktop'] };
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage';
const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };

const outDir = mkdtempSync(path.join(os.tmpdir(), 'aks-lighthouse-'));
/** Commands still running. Each is started in its own process group, since npx runs the tool as a child. */
const running = new Set();
let server = null;

/** Starts a command in its own process group, so that stop() ends npx, the tool and Chromium together. */
function start(command, args, stdio) {
  const child = spawn(command, args, { env, stdio, detached: true });
  running.add(child);
  child.on('exit', () => running.delete(child));
  return child;
}

/** SIGINT, as Ctrl-C would send: Lighthouse's chrome-launcher then closes the Chromium it started. */
function stop(child, signal = 'SIGINT') {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops whatever still runs (the preview server, a timed-out command) and removes the build. */
function cleanUp() {
  running.forEach((child) => stop(child));
  rmSync(outDir, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/** Runs a command to the end, output captured; rejects on a non-zero exit or after `timeoutMs`. */
function run(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = start(command, args, ['ignore', 'pipe', 'pipe']);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop(child);
      setTimeout(() => stop(child, 'SIGKILL'), 5000).unref();
    }, timeoutMs);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else
        reject(
          new Error(
            `${command} ${args.join(' ')} failed (${timedOut ? 'timed out' : (signal ?? `exit ${code}`)}):\n${output}`,
          ),
        );
    });
  });
}

/** Polls the preview server until it answers, for up to `timeoutMs`. */
async function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(URL, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`vite preview did not answer on ${URL} within ${timeoutMs / 1000} s`);
}

const pad = (value, width) => String(value).padStart(width);

try {
  const started = Date.now();
  console.log(`Building into ${outDir} …`);
  await run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], 120_000);

  server = start(
    'npx',
    ['vite', 'preview', '--outDir', outDir, '--port', String(PORT), '--strictPort'],
    'ignore',
  );
  await waitForServer(30_000);

  mkdirSync(REPORT_DIR, { recursive: true });
  const reports = {};
  for (const [name, extraArgs] of Object.entries(CONFIGS)) {
    console.log(`Lighthouse, ${name} …`);
    const reportPath = path.join(REPORT_DIR, `${name}.json`);
    await run(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        URL,
        ...extraArgs,
        `--only-categories=${Object.keys(CATEGORIES).join(',')}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        '--output=json',
        `--output-path=${reportPath}`,
        '--quiet',
      ],
      240_000,
    );
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    if (report.runtimeError) throw new Error(`Lighthouse (${name}): ${report.runtimeError.message}`);
    reports[name] = report;
  }

  // Scores 0–100; CPU is Lighthouse's benchmark index of this machine (lower = slower or busier: a busy
  // machine inflates the simulated mobile TBT and LCP).
  const columns = [...Object.values(CATEGORIES), ...Object.keys(METRICS), 'CPU'];
  console.log(`\n${'config'.padEnd(8)}${columns.map((c) => pad(c, 10)).join('')}`);
  for (const [name, report] of Object.entries(reports)) {
    const scores = Object.keys(CATEGORIES).map((c) => Math.round(report.categories[c].score * 100));
    const metrics = Object.values(METRICS).map((id) => report.audits[id].displayValue);
    const cells = [...scores, ...metrics, Math.round(report.environment.benchmarkIndex)];
    console.log(`${name.padEnd(8)}${cells.map((cell) => pad(cell, 10)).join('')}`);
  }

  for (const [name, report] of Object.entries(reports)) {
    // Weight 0: the audit is listed by Lighthouse but does not change the category's score.
    const failing = Object.keys(CATEGORIES).flatMap((c) =>
      report.categories[c].auditRefs
        .map((ref) => ({ ...report.audits[ref.id], weight: ref.weight }))
        .filter(
          (audit) => audit.scoreDisplayMode !== 'informative' && audit.score !== null && audit.score < 1,
        )
        .map((audit) => `  ${c} ${audit.id}: score ${audit.score}, weight ${audit.weight}: ${audit.title}`),
    );
    console.log(`\nAudits below 1, ${name}:${failing.length === 0 ? ' none' : `\n${failing.join('\n')}`}`);
  }
  console.log(`\nReports in ${REPORT_DIR}/. Took ${Math.round((Date.now() - started) / 1000)} s.`);
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  cleanUp();
}
