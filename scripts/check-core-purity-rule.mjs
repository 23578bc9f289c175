// Proves that the core-purity lint rules in eslint.config.js work: code that imports UI libraries, UI or
// store folders, or uses browser globals fails lint inside src/core, and clean core code passes.
// Run by `npm run lint`. Exits 1 with a list of what went wrong.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { lintProof, root } from './lint-proof.mjs';

const fixtures = path.join(root, 'lint-fixtures', 'core-purity');
const proof = lintProof(
  new Set([
    'no-restricted-imports',
    'no-restricted-syntax',
    'no-restricted-globals',
    'no-restricted-properties',
  ]),
);

/** Small snippets, each of which must fail in src/core and pass outside it (the rules are scoped to the core). */
const BAD_SNIPPETS = [
  "import React from 'react';\nexport const r = React;\n",
  "import { createRoot } from 'react-dom/client';\nexport const c = createRoot;\n",
  "import { create } from 'zustand';\nexport const c = create;\n",
  "import { BarChart } from 'recharts';\nexport const b = BarChart;\n",
  "import { App } from '../../app/x';\nexport const a = App;\n",
  "import { s } from '../../state/plan-store';\nexport const t = s;\n",
  "import { f } from '../../features/results/results';\nexport const g = f;\n",
  "import { n } from '../../components/number-value';\nexport const m = n;\n",
  'export const w = window.innerWidth;\n',
  'export const d = document.title;\n',
  'export const l = location.href;\n',
  "export const s = localStorage.getItem('x');\n",
  "export const s = sessionStorage.getItem('x');\n",
  'export const n = navigator.language;\n',
  'export const h = history.length;\n',
  "export const p = fetch('/x');\n",
];

async function checkSnippets() {
  for (const code of BAD_SNIPPETS) {
    await proof.checkFails(code, 'src/core/rules/snippet.ts');
    await proof.checkClean(code, 'src/features/snippet.ts');
  }
}

const { marked } = await proof.checkMarked(
  await readFile(path.join(fixtures, 'bad.ts'), 'utf8'),
  'src/core/rules/purity-fixture.ts',
);
await proof.checkClean(
  await readFile(path.join(fixtures, 'good.ts'), 'utf8'),
  'src/core/purity-fixture.ts',
  'good.ts',
);
await checkSnippets();

proof.finish(
  'Core purity lint rule check',
  `${marked} marked violations and ${BAD_SNIPPETS.length} snippets fail in src/core; clean core code and the ` +
    'same snippets outside src/core pass.',
);
