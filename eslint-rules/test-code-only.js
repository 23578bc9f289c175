// architecture/test-code-only: test libraries and the shared test code in src/testing are for tests.
// eslint.config.js applies this rule to every file except tests, src/testing, bench/ and e2e/.
import path from 'node:path';
import { isInside, isRelative, targetPath, visitModuleSources } from './module-sources.js';

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid test libraries and test helpers outside test code.' },
    schema: [
      {
        type: 'object',
        properties: {
          packages: { type: 'array', items: { type: 'string' } },
          folders: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      testLibrary:
        "'{{name}}' is a test library: import it only from a *.test.ts(x) file, src/testing, bench/ or e2e/.",
      testFolder:
        "'{{name}}' is test code ({{folder}}): import it only from a *.test.ts(x) file, src/testing, bench/ or e2e/.",
    },
  },
  create(context) {
    const { packages = [], folders = [] } = context.options[0] ?? {};
    const isTestPackage = (specifier) =>
      packages.some((name) =>
        name.endsWith('/')
          ? specifier.startsWith(name)
          : specifier === name || specifier.startsWith(`${name}/`),
      );
    const testFolders = folders.map((folder) => [folder, path.resolve(context.cwd, folder)]);
    return visitModuleSources((node, specifier) => {
      if (isTestPackage(specifier)) {
        context.report({ node, messageId: 'testLibrary', data: { name: specifier } });
      } else if (isRelative(specifier)) {
        const target = targetPath(context.filename, specifier);
        const hit = testFolders.find(([, absolute]) => isInside(target, absolute));
        if (hit) context.report({ node, messageId: 'testFolder', data: { name: specifier, folder: hit[0] } });
      }
    });
  },
};
