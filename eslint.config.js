// ESLint flat config. No rule here needs type information (see docs/decisions/0001-typescript-6-and-eslint.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import architecture from './eslint-rules/index.js';

/** Packages the pure planning core must never import (architecture.md: "The core never imports"). */
const CORE_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'zustand', 'recharts'];

/**
 * no-restricted-imports patterns that forbid reaching the named folders under src/, however the path is
 * spelled: relative paths that climb out of a folder ('../../app/x', '../state', './../features/y') and
 * aliases or absolute paths ('@/app/x', '~/state', '#features/y', 'src/components/z', '/repo/src/app').
 */
function folderImportPatterns(folders, message) {
  const group = `(?:${folders.join('|')})`;
  return [
    { regex: `^(?:\\.{1,2}/)*\\.\\./(?:\\.{1,2}/)*${group}(?:/|$)`, message },
    { regex: `^(?:[@~#]/?|(?:.*/)?src/)${group}(?:/|$)`, message },
  ];
}

/** The same patterns for static imports (no-restricted-imports) and dynamic import() (no-restricted-syntax). */
function restrictImports(patterns) {
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      ...patterns.map(({ regex, message }) => ({
        // esquery regex literals cannot contain '/', so spell it \x2F.
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
        message,
      })),
    ],
  };
}

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
  ...folderImportPatterns(
    ['state', 'features', 'app', 'components'],
    'src/core must not import from src/state, src/features, src/app or src/components.',
  ),
];

/** Layers: the store and the shared components sit below the features and the app, and never import them. */
const LAYER_RULES = [
  {
    files: ['src/state/**'],
    rules: restrictImports(
      folderImportPatterns(
        ['features', 'app'],
        'src/state holds the plan and its storage for the whole app: it must not import src/features or src/app.',
      ),
    ),
  },
  {
    files: ['src/components/**'],
    rules: restrictImports(
      folderImportPatterns(
        ['features', 'app'],
        'src/components are shared by the features: they must not import src/features or src/app.',
      ),
    ),
  },
];

/** Test libraries: only tests, the shared test code (src/testing), benchmarks and e2e specs may import them. */
const TEST_PACKAGES = [
  'fast-check',
  'vitest',
  '@testing-library/',
  'happy-dom',
  '@playwright/test',
  '@axe-core/playwright',
];
const TEST_CODE = [
  '**/*.test.{js,mjs,cjs,ts,tsx}',
  '**/*.spec.{js,mjs,cjs,ts,tsx}',
  'src/testing/**',
  'bench/**',
  'e2e/**',
  // The test runners' own configuration files.
  'vitest.config.ts',
  'playwright.config.ts',
];

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
    files: [
      '*.{js,mjs,cjs,ts}',
      'scripts/**',
      'eslint-rules/**',
      'e2e/**',
      'bench/**',
      'bin/**',
      'src/cli/**',
    ],
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
      ...restrictImports(CORE_FORBIDDEN_IMPORT_PATTERNS),
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
  ...LAYER_RULES,
  {
    // Architecture rules (eslint-rules/), proven by scripts/check-architecture-rules.mjs.
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    plugins: { architecture },
    rules: { 'architecture/no-import-cycle': 'error' },
  },
  {
    files: ['src/features/**'],
    rules: { 'architecture/feature-boundaries': ['error', { featuresDir: 'src/features' }] },
  },
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx}'],
    ignores: TEST_CODE,
    rules: {
      'architecture/test-code-only': ['error', { packages: TEST_PACKAGES, folders: ['src/testing'] }],
    },
  },
);
