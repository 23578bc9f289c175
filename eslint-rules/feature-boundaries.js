// architecture/feature-boundaries: a folder in src/features may use another feature only through that
// feature's public file (its index.ts), never through the files inside it.
import path from 'node:path';
import { isInside, isRelative, targetPath, visitModuleSources } from './module-sources.js';

/** The feature folder name of a path under `featuresRoot` ('print' for src/features/print/x.tsx), else null. */
function featureOf(file, featuresRoot) {
  if (!isInside(file, featuresRoot)) return null;
  const [feature] = path.relative(featuresRoot, file).split(path.sep);
  return feature || null;
}

/** The feature's public face: the folder itself ('../headroom') or its index file ('../headroom/index.ts'). */
const PUBLIC_FILE = /^(?:index(?:\.[cm]?[jt]sx?)?)?$/;

export default {
  meta: {
    type: 'problem',
    docs: { description: "Forbid a feature folder from importing another feature folder's internals." },
    schema: [
      {
        type: 'object',
        properties: { featuresDir: { type: 'string' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ featuresDir: 'src/features' }],
    messages: {
      internal:
        "Feature '{{own}}' imports '{{inner}}' from inside feature '{{other}}'. Import it from " +
        "'{{other}}/index.ts', the feature's public file (export it there), or move a piece that several " +
        'features share to src/components (UI) or src/core (logic).',
    },
  },
  create(context) {
    const featuresRoot = path.resolve(context.cwd, context.options[0]?.featuresDir ?? 'src/features');
    const own = featureOf(context.filename, featuresRoot);
    if (own === null) return {};
    return visitModuleSources((node, specifier) => {
      if (!isRelative(specifier)) return;
      const target = targetPath(context.filename, specifier);
      const other = featureOf(target, featuresRoot);
      if (other === null || other === own) return;
      const inner = path.relative(path.join(featuresRoot, other), target).split(path.sep).join('/');
      if (PUBLIC_FILE.test(inner)) return;
      context.report({ node, messageId: 'internal', data: { own, other, inner } });
    });
  },
};
