/**
 * `npm run fuzz`: at least 100,000 generated share links, plan documents, raw strings and Azure CLI
 * outputs through decodePlan, parsePlanDocument, importAzureJson and evaluatePlan (src/testing/fuzz-checks.ts
 * says what is checked). The inputs are split over one process per core (2 on the project's machines);
 * each call is timed in its own process. Prints one summary line; exits 1 with the counterexamples
 * on any violation.
 *
 *   npm run fuzz                                    100,000 of each, seed 20261123
 *   npm run fuzz -- --runs 5000 --seed 7            fewer, another seed
 *   npm run fuzz -- --only shareLinks --workers 1   one kind, one process
 *   npm run fuzz -- --only exports --exports 500    only the exports, 500 hostile plans
 *
 * Then (issue 12) --exports hostile plans (default 2,000) through the three exporters, checked by
 * src/testing/hostile-export-check.ts: bash -n, a run with a fake az that records argv, HashiCorp's
 * HCL parser, a Bicep lexer, and shellcheck on every 20th script.
 *
 * A counterexample names its seed and run; fc.sample(fuzzArbitrary(category, seeds), { seed, path: String(run) })
 * gives the input back.
 */
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import type { FuzzCategory, FuzzSummary } from '../src/testing/fuzz-checks.ts';
import { hostileCase } from '../src/testing/hostile-plan.ts';
import { hostileCaseProblems } from '../src/testing/hostile-export-check.ts';
import { shellcheckAvailable } from '../src/testing/export-safety.ts';
import {
  azureSeedsFrom,
  formatFuzzSummary,
  formatViolations,
  FUZZ_CATEGORIES,
  LIMIT_SIZE,
  mergeFuzzSummaries,
  runFuzz,
  violationTotal,
} from '../src/testing/fuzz-checks.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '20261123' },
    limit: { type: 'string', default: '50' },
    only: { type: 'string', default: FUZZ_CATEGORIES.join(',') },
    workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    exports: { type: 'string', default: '2000' },
    'no-warm-up': { type: 'boolean', default: false },
    // Internal: the index of this worker process.
    worker: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const limitMs = Number(values.limit);
const workers = Number(values.workers);
const onlyExports = values.only === 'exports';
const only = onlyExports ? [] : values.only.split(',');
const exportRuns = Number(values.exports);
if (
  !Number.isInteger(runs) ||
  runs < 0 ||
  !Number.isInteger(seed) ||
  !(limitMs > 0) ||
  !Number.isInteger(workers) ||
  !Number.isInteger(exportRuns) ||
  exportRuns < 0 ||
  workers < 1 ||
  only.some((c) => !FUZZ_CATEGORIES.includes(c as FuzzCategory))
) {
  console.error(
    `usage: npm run fuzz -- [--runs N] [--seed N] [--limit MS] [--workers N] [--exports N] [--only ${FUZZ_CATEGORIES.join(',')} | exports]`,
  );
  process.exit(2);
}

/** Worker `index` of `count`: its share of the runs of each category, and its own seeds. */
function runWorker(index: number, count: number): FuzzSummary {
  const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/core/import/fixtures');
  const azureSeeds = azureSeedsFrom(
    Object.fromEntries(
      readdirSync(fixtures)
        .filter((f) => f.endsWith('.json'))
        .map((f) => [f, readFileSync(path.join(fixtures, f), 'utf8')]),
    ),
  );
  const share = (total: number): number => Math.floor(total / count) + (index < total % count ? 1 : 0);
  return runFuzz({
    runs: Object.fromEntries(FUZZ_CATEGORIES.map((c) => [c, only.includes(c) ? share(runs) : 0])) as Record<
      FuzzCategory,
      number
    >,
    seed: seed + index * 1_000,
    limitMs,
    now: () => performance.now(),
    azureSeeds,
    // A minor collection: a full one (gc()) also shrinks the young generation, and the call timed
    // next then runs 3-4 times slower than it does in use (measured on 10,000-pool links).
    collectGarbage: () => void globalThis.gc?.({ type: 'minor' }),
    warmUp: !values['no-warm-up'],
    onCategory: (category, ms) =>
      console.log(`  worker ${index + 1}/${count}: ${category.padEnd(14)} ${(ms / 1000).toFixed(1)} s`),
  });
}

if (values.worker !== undefined) {
  // A worker: run, hand the summary to the parent, exit.
  const summary = runWorker(Number(values.worker), workers);
  process.send?.(summary, () => process.exit(0));
} else if (!onlyExports) {
  const started = performance.now();
  let summaries: FuzzSummary[];
  if (workers === 1) {
    summaries = [runWorker(0, 1)];
  } else {
    const script = fileURLToPath(import.meta.url);
    summaries = await Promise.all(
      Array.from(
        { length: workers },
        (_, index) =>
          new Promise<FuzzSummary>((resolve, reject) => {
            // execArgv carries tsx's loader, so the worker runs the same TypeScript; --expose-gc lets
            // it collect the previous call's garbage before it times a slow call again.
            const child = fork(script, [...process.argv.slice(2), '--worker', String(index)], {
              execArgv: [...process.execArgv, '--expose-gc'],
            });
            let result: FuzzSummary | undefined;
            child.on('message', (message) => {
              result = message as FuzzSummary;
            });
            child.on('error', reject);
            child.on('exit', (code) => {
              if (result !== undefined) resolve(result);
              else
                reject(new Error(`fuzz worker ${index + 1} exited with code ${String(code)} and no summary`));
            });
          }),
      ),
    );
  }
  const summary = { ...mergeFuzzSummaries(summaries), seed };
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (summary.retimed > 0)
    console.log(
      `  ${summary.retimed} calls were over ${limitMs} ms once but not when timed again (pauses, not hangs)`,
    );
  console.log(
    `  time limit per call: ${limitMs} ms, and ${limitMs} ms per ${LIMIT_SIZE.toLocaleString('en-US')} characters for larger inputs`,
  );
  console.log(`${formatFuzzSummary(summary)}; ${workers} processes, ${seconds} s`);
  if (violationTotal(summary) > 0) {
    console.error(formatViolations(summary));
    process.exit(1);
  }
}

/**
 * Hostile plans through the three exporters, in this process (each plan runs bash twice; HCL is
 * parsed by the WASM build of HashiCorp's parser). Exits 1 with the counterexample on a violation.
 */
async function fuzzExports(): Promise<void> {
  const started = performance.now();
  const shellcheck = shellcheckAvailable();
  if (!shellcheck) console.warn('  exports: shellcheck is missing (scripts/ensure-shellcheck.sh): not run');
  let run = 0;
  let refused = 0;
  const result = await fc.check(
    fc.asyncProperty(hostileCase, async (c) => {
      const checked = await hostileCaseProblems(c, { shellcheck: shellcheck && run++ % 20 === 0 });
      if (checked.refused) refused++;
      if (checked.problems.length > 0) throw new Error(checked.problems.join('\n'));
    }),
    { numRuns: exportRuns, seed, endOnFailure: true },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `exports: ${result.numRuns.toLocaleString('en-US')} hostile plans through az, Bicep and Terraform (${refused} refused as unwritable, shellcheck on ${shellcheck ? Math.ceil(result.numRuns / 20) : 0}), ${result.failed ? 1 : 0} violations; seed ${seed}, ${seconds} s`,
  );
  if (result.failed) {
    console.error(fc.defaultReportMessage(result));
    process.exit(1);
  }
}

if (values.worker === undefined && exportRuns > 0) await fuzzExports();
