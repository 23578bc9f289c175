import { a } from './a.ts'; // expect: architecture/no-import-cycle

export interface B {
  n: number;
}
export const b = a + 1;
