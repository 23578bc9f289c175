/**
 * `npm run docs`: writes docs/finding-codes.md and docs/rules.md from the rule catalog
 * (src/core/rules/catalog). Rerun it after changing the catalog; a unit test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedRuleDocs } from './rule-docs.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const { file, text } of await generatedRuleDocs(ROOT)) {
  writeFileSync(path.join(ROOT, file), text);
  console.log(`wrote ${file}`);
}
