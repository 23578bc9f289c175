// A planted cycle of two files: a.ts imports a type from b.ts and b.ts imports a value from a.ts.
// Type-only imports count (scripts/check-architecture-rules.mjs).
import type { B } from './b.ts'; // expect: architecture/no-import-cycle

export const a = 1;
export type Bs = B[];
