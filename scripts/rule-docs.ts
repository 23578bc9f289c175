/**
 * The generated rule pages as they are committed: the catalog's markdown (src/core/rules/catalog/
 * render-docs.ts) formatted with the project's prettier settings, so `prettier --check` passes on them.
 * Used by `npm run docs` and by the unit test that keeps the committed pages in step with the catalog.
 */
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { renderFindingCodesDoc, renderRulesDoc } from '../src/core/rules/catalog/render-docs.ts';

/** Each generated page: its path from the repository root and its formatted text. */
export async function generatedRuleDocs(root: string): Promise<Array<{ file: string; text: string }>> {
  const pages = [
    { file: 'docs/finding-codes.md', markdown: renderFindingCodesDoc() },
    { file: 'docs/rules.md', markdown: renderRulesDoc() },
  ];
  return Promise.all(
    pages.map(async ({ file, markdown }) => {
      const filepath = path.join(root, file);
      const options = (await resolveConfig(filepath)) ?? {};
      return { file, text: await format(markdown, { ...options, filepath }) };
    }),
  );
}
