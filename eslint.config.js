// ESLint flat config. No rule here needs type information (see docs/decisions/0001-typescript-6-and-eslint.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';

/** Packages the pure planning core must never import (architecture.md: "The core never imports"). */
const CORE_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts'];

/** UI and store folders under src/ that the core must never reach, however the path is spelled. */
const CORE_FORBIDDEN_FOLDERS = '(?:state|features|app|components)';

/** Browser globals the core must never touch: it runs unchanged in Node. */
const CORE_FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'location',
  'localStorage',
  'sessionStorage',
  'navigator',
  'history',
  'fetch',
];

const CORE_FORBIDDEN_IMPORT_PATTERNS = [
  {
    // react, react-dom, react/jsx-runtime, react-dom/client, zustand/middleware, recharts/...
    regex: `^(?:${CORE_FORBIDDEN_PACKAGES.join('|')})(?:/.*)?$`,
    message: 'src/core is the pure planning core: it must not import React, zustand or recharts.',
  },
  {
    // Relative paths that climb out of a folder: '../../app/x', '../state', './../features/y'.
    regex: `^(?:\\.{1,2}/)*\\.\\./(?:\\.{1,2}/)*${CORE_FORBIDDEN_FOLDERS}(?:/|$)`,
    message: 'src/core must not import from src/state, src/features, src/app or src/components.',
  },
  {
    // Aliases and absolute paths: '@/app/x', '~/state', '#features/y', 'src/components/z', '/repo/src/app'.
    regex: `^(?:[@~#]/?|(?:.*/)?src/)${CORE_FORBIDDEN_FOLDERS}(?:/|$)`,
    message: 'src/core must not import from src/state, src/features, src/app or src/components.',
  },
];

const coreDynamicImportSelectors = CORE_FORBIDDEN_IMPORT_PATTERNS.map(({ regex, message }) => ({
  // esquery regex literals cannot contain '/', so spell it \x2F.
  selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
  message,
}));

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'lint-fixtures/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Node-side files: configs, scripts, e2e specs, benchmarks, the CLI.
    files: ['*.{js,mjs,cjs,ts}', 'scripts/**', 'e2e/**', 'bench/**', 'bin/**', 'src/cli/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/cli/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // React code only: the core and the CLI have no components or hooks (a core helper may well be called `useX`).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**', 'src/cli/**'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Core purity: a lint error, not a review comment. Proven by scripts/check-core-purity-rule.mjs.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_FORBIDDEN_IMPORT_PATTERNS }],
      'no-restricted-syntax': ['error', ...coreDynamicImportSelectors],
      'no-restricted-globals': [
        'error',
        ...CORE_FORBIDDEN_GLOBALS.map((name) => ({
          name,
          message: `src/core runs unchanged in Node: do not use the browser global '${name}'.`,
        })),
      ],
      'no-restricted-properties': [
        'error',
        ...CORE_FORBIDDEN_GLOBALS.map((property) => ({
          object: 'globalThis',
          property,
          message: `src/core runs unchanged in Node: do not use the browser global '${property}'.`,
        })),
      ],
    },
  },
);
