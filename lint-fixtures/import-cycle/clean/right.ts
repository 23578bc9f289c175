import { bottom } from './bottom';

export const right = bottom + 2;
