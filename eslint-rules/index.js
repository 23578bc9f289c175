// The project's own ESLint rules about how files may import each other (see eslint.config.js). Each is proven
// to fail on planted violations and to pass clean code by scripts/check-architecture-rules.mjs.
import featureBoundaries from './feature-boundaries.js';
import noImportCycle from './no-import-cycle.js';
import testCodeOnly from './test-code-only.js';

export default {
  meta: { name: 'architecture' },
  rules: {
    'no-import-cycle': noImportCycle,
    'feature-boundaries': featureBoundaries,
    'test-code-only': testCodeOnly,
  },
};
