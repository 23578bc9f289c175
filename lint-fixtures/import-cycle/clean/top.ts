// Clean: a diamond (top → left, right → bottom) with a type-only import, a re-export and a dynamic import()
// has no cycle and must pass (scripts/check-architecture-rules.mjs).
import type { Bottom } from './bottom.ts';
import { left } from './left.ts';
export { right } from './right.ts';

export const top: Bottom = { n: left };
export const loadRight = () => import('./right.ts');
