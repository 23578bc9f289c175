import { bottom } from './bottom.ts';

export const left = bottom + 1;
