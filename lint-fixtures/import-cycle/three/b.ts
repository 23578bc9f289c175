import { c } from './c'; // expect: architecture/no-import-cycle

export const b = c + 1;
