import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Without `include`, vitest also collects e2e/*.spec.ts (Playwright specs).
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.mjs',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
  },
});
