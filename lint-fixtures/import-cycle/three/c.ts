export const c = 3;
export const loadA = () => import('./a.ts'); // expect: architecture/no-import-cycle
