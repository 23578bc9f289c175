/**
 * The plan document (schema version 1) and the report the core computes from it: one name to import
 * them by. Names and fields follow `plan-document.md` §1–§2; fields may be added, never renamed.
 */
export type * from './plan/plan-types.ts';
export type * from './report/report-types.ts';
