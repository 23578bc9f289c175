import path from 'node:path';

export interface Bottom {
  n: number;
}
export const bottom = path.sep.length;
