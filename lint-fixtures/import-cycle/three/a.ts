// A planted cycle of three files, through a re-export, an import without an extension and a dynamic import():
// a.ts → b.ts → c.ts → a.ts (scripts/check-architecture-rules.mjs).
export { b } from './b.ts'; // expect: architecture/no-import-cycle

export const a = 1;
