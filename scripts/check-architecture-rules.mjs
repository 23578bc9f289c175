// Proves that the architecture lint rules in eslint.config.js (eslint-rules/) work: each fails on planted
// violations and passes clean code, linted with the real config as if the code were a file of this repository.
//   - architecture/no-import-cycle: planted cycles of two and three files (lint-fixtures/import-cycle), and a
//     planted import that closes a cycle through the real src/core, fail, naming every file of the cycle;
//     a clean diamond passes.
//   - architecture/feature-boundaries: a feature importing another feature's internals fails; through its
//     public index.ts it passes.
//   - layers (no-restricted-imports/-syntax): src/state and src/components importing src/features or src/app
//     fail; the same imports from src/app pass.
//   - architecture/test-code-only: fast-check, vitest, @testing-library and src/testing fail in non-test files
//     and pass in tests, src/testing, bench/ and e2e/.
// Run by `npm run lint`. Exits 1 with a list of what went wrong.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { lintProof, root } from './lint-proof.mjs';

const CYCLE = 'architecture/no-import-cycle';
const BOUNDARY = 'architecture/feature-boundaries';
const TEST_ONLY = 'architecture/test-code-only';
const LAYER = new Set(['no-restricted-imports', 'no-restricted-syntax']);

// `ignore: false`: the planted cycles live in lint-fixtures/, which `eslint .` skips.
const proof = lintProof(new Set([CYCLE, BOUNDARY, TEST_ONLY, ...LAYER]), { ignore: false });
const { checkClean, checkFails, checkMarked, failures } = proof;
const counts = { cycles: 0, boundaries: 0, layers: 0, testOnly: 0 };

/** Each file of a planted cycle fails on its marked line, naming every file of the cycle; the clean folder passes. */
async function checkCycleFixtures() {
  const fixtures = path.join('lint-fixtures', 'import-cycle');
  for (const folder of ['two', 'three']) {
    const files = (await readdir(path.join(root, fixtures, folder))).map(
      (name) => `${fixtures}/${folder}/${name}`,
    );
    for (const file of files) {
      const { messages } = await checkMarked(await readFile(path.join(root, file), 'utf8'), file);
      for (const m of messages) {
        const missing = files.filter((other) => !m.message.includes(other));
        if (missing.length > 0)
          failures.push(`${file}:${m.line}: the message does not name ${missing.join(', ')}`);
      }
    }
    counts.cycles += 1;
  }
  for (const name of await readdir(path.join(root, fixtures, 'clean'))) {
    const file = `${fixtures}/clean/${name}`;
    await checkClean(await readFile(path.join(root, file), 'utf8'), file, file);
  }
}

/**
 * A planted import that closes a cycle through the real core: src/core/ip/address.ts (which the core's index
 * reaches) importing the core's index. The same code in a new file, which nothing imports, passes.
 */
async function checkPlantedCycleInSrc() {
  const code = "import { evaluatePlan } from '../index.ts';\nexport const e = evaluatePlan;\n";
  for (const m of await checkFails(code, 'src/core/ip/address.ts', new Set([CYCLE]))) {
    if (!m.message.includes('src/core/index.ts')) failures.push(`planted core cycle: ${m.message}`);
  }
  await checkClean(code, 'src/core/ip/snippet.ts');
  counts.cycles += 1;
}

/** Imports from src/features/print into other features' internals: each must fail there. */
const CROSS_FEATURE = [
  "import { chartScale } from '../headroom/headroom-scale.ts';\nexport const c = chartScale;\n",
  "export { AddressMap } from '../address-map/address-map.tsx';\n",
  "import type { PlanFileDrop } from '../plan-file/read-plan-file.ts';\nexport type P = PlanFileDrop;\n",
  "export const load = () => import('../saved-plans/saved-plans.tsx');\n",
  "import { RESOURCE_SHORT_NAMES } from '../../features/headroom/headroom-text.ts';\nexport const r = RESOURCE_SHORT_NAMES;\n",
];

/** Imports from src/features/print that respect the boundaries: each must pass there. */
const WITHIN_BOUNDARIES = [
  "import { chartScale } from '../headroom/index.ts';\nexport const c = chartScale;\n",
  "import { chartScale } from '../headroom';\nexport const c = chartScale;\n",
  "export const load = () => import('../address-map/index.ts');\n",
  "import { PrintView } from './print-view.tsx';\nexport const p = PrintView;\n",
  "import { MoreRows } from '../../components/more-rows.tsx';\nexport const m = MoreRows;\n",
  "import { usePlanStore } from '../../state/plan-store.ts';\nexport const u = usePlanStore;\n",
];

async function checkFeatureBoundaries() {
  for (const code of CROSS_FEATURE) {
    await checkFails(code, 'src/features/print/snippet.tsx', new Set([BOUNDARY]));
    counts.boundaries += 1;
  }
  // Inside the feature that owns the file, the same import is the feature's own business.
  await checkClean(CROSS_FEATURE[0], 'src/features/headroom/snippet.tsx');
  for (const code of WITHIN_BOUNDARIES) await checkClean(code, 'src/features/print/snippet.tsx');
}

/** [file, code]: the store and the shared components never import a feature or the app; the app may. */
const LAYER_VIOLATIONS = [
  [
    'src/state/snippet.ts',
    "import { PlanForm } from '../features/plan-form/index.ts';\nexport const p = PlanForm;\n",
  ],
  ['src/state/snippet.ts', "import { App } from '../app/app.tsx';\nexport const a = App;\n"],
  ['src/state/snippet.ts', "export const load = () => import('../features/print/print-view.tsx');\n"],
  [
    'src/components/snippet.tsx',
    "import { AddressMap } from '../features/address-map/index.ts';\nexport const a = AddressMap;\n",
  ],
  [
    'src/components/snippet.tsx',
    "import { LaterPart } from '../app/later-part.tsx';\nexport const l = LaterPart;\n",
  ],
];

async function checkLayers() {
  for (const [file, code] of LAYER_VIOLATIONS) {
    await checkFails(code, file, LAYER);
    await checkClean(code, 'src/app/snippet.tsx');
    counts.layers += 1;
  }
}

/** Test libraries and src/testing, imported from src/core/rules/: each must fail in a non-test file. */
const TEST_IMPORTS = [
  "import fc from 'fast-check';\nexport const f = fc;\n",
  "export type { Arbitrary } from 'fast-check';\n",
  "export const load = () => import('fast-check');\n",
  "import { vi } from 'vitest';\nexport const v = vi;\n",
  "import { render } from '@testing-library/react';\nexport const r = render;\n",
  "import { scenario } from '../../testing/scenarios.ts';\nexport const s = scenario;\n",
];
const NON_TEST_FILES = [
  'src/core/rules/snippet.ts',
  'src/state/snippet.ts',
  'src/features/results/snippet.tsx',
  'scripts/snippet.mjs',
];
const TEST_FILES = [
  'src/core/rules/snippet.test.ts',
  'src/testing/snippet.ts',
  'bench/snippet.ts',
  'e2e/snippet.spec.ts',
];

async function checkTestCodeOnly() {
  for (const code of TEST_IMPORTS) {
    // Paths into src/testing are relative, so only the packages are tried from the other folders.
    const relative = code.includes("'../");
    for (const file of relative ? ['src/core/rules/snippet.ts'] : NON_TEST_FILES) {
      await checkFails(code, file, new Set([TEST_ONLY]));
      counts.testOnly += 1;
    }
    for (const file of relative ? ['src/core/rules/snippet.test.ts'] : TEST_FILES)
      await checkClean(code, file);
  }
}

await checkCycleFixtures();
await checkPlantedCycleInSrc();
await checkFeatureBoundaries();
await checkLayers();
await checkTestCodeOnly();

proof.finish(
  'Architecture lint rule check',
  `${counts.cycles} planted import cycles, ${counts.boundaries} cross-feature imports, ${counts.layers} layer ` +
    `violations and ${counts.testOnly} test-library imports fail; clean code and the same imports where they ` +
    'are allowed pass.',
);
