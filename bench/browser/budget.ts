/**
 * Issue 16: the gzip bytes a browser fetches before the first result is painted may be at most 110 KB
 * (React and react-dom alone are about 60 KB of it). Measured by `npm run size` (part of `npm test`).
 */
export const BUDGET_BEFORE_FIRST_RESULT = 110 * 1024;

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2)} KB`;

/**
 * The budget line: within, or over by how much.
 *
 * @example budgetLine(100 * 1024) // 'budget 110 KB gzip before the first result: within (100.00 KB, 10.00 KB to spare)'
 */
export function budgetLine(bytes: number, budget = BUDGET_BEFORE_FIRST_RESULT): string {
  const label = `budget ${budget / 1024} KB gzip before the first result`;
  return bytes > budget
    ? `${label}: OVER by ${kb(bytes - budget)} (${kb(bytes)})`
    : `${label}: within (${kb(bytes)}, ${kb(budget - bytes)} to spare)`;
}
