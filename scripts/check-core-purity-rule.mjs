// Proves that the core-purity lint rules in eslint.config.js work: code that imports UI libraries, UI or
// store folders, or uses browser globals fails lint inside src/core, and clean core code passes.
// Run by `npm run lint`. Exits 1 with a list of what went wrong.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = path.join(root, 'lint-fixtures', 'core-purity');
const PURITY_RULES = new Set([
  'no-restricted-imports',
  'no-restricted-syntax',
  'no-restricted-globals',
  'no-restricted-properties',
]);

const eslint = new ESLint({ cwd: root });
const failures = [];

async function lint(code, filePath) {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath), warnIgnored: true });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${filePath}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages;
}

/** Lines marked `// expect: RULE` must be reported by RULE; no other line may be reported by a purity rule. */
async function checkMarkedFixture(fileName, asPath) {
  const code = await readFile(path.join(fixtures, fileName), 'utf8');
  const expected = new Map();
  code.split('\n').forEach((line, index) => {
    const match = /\/\/ expect: ([\w-]+)\s*$/.exec(line);
    if (match) expected.set(index + 1, match[1]);
  });
  if (expected.size === 0) failures.push(`${fileName}: no "// expect:" markers found`);
  const messages = (await lint(code, asPath)).filter((m) => PURITY_RULES.has(m.ruleId ?? ''));
  for (const [line, ruleId] of expected) {
    if (!messages.some((m) => m.line === line && m.ruleId === ruleId && m.severity === 2)) {
      failures.push(`${fileName}:${line} as ${asPath}: expected an error from ${ruleId}, got none`);
    }
  }
  for (const m of messages) {
    if (expected.get(m.line) !== m.ruleId) {
      failures.push(`${fileName}:${m.line} as ${asPath}: unexpected ${m.ruleId}: ${m.message}`);
    }
  }
  return expected.size;
}

/** A file that must produce no lint message of any kind. */
async function checkClean(code, asPath, label) {
  const messages = await lint(code, asPath);
  for (const m of messages)
    failures.push(`${label} as ${asPath}:${m.line}: unexpected ${m.ruleId}: ${m.message}`);
}

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
    const inCore = (await lint(code, 'src/core/rules/snippet.ts')).filter(
      (m) => PURITY_RULES.has(m.ruleId ?? '') && m.severity === 2,
    );
    if (inCore.length === 0) failures.push(`snippet should fail in src/core but passed:\n  ${code.trim()}`);
    await checkClean(code, 'src/features/snippet.ts', `snippet ${JSON.stringify(code.split('\n')[0])}`);
  }
}

const markedLines = await checkMarkedFixture('bad.ts', 'src/core/rules/purity-fixture.ts');
await checkClean(
  await readFile(path.join(fixtures, 'good.ts'), 'utf8'),
  'src/core/purity-fixture.ts',
  'good.ts',
);
await checkSnippets();

if (failures.length > 0) {
  console.error(`Core purity lint rule check FAILED (${failures.length}):`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(
  `Core purity lint rule check passed: ${markedLines} marked violations and ${BAD_SNIPPETS.length} snippets ` +
    'fail in src/core; clean core code and the same snippets outside src/core pass.',
);
