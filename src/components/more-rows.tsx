import { useState } from 'react';
import { formatCount } from '../core/index.ts';

/**
 * Rows of one list the page renders until asked for more. A valid cluster has at most 100 node pools
 * (R31), but a link or plan file may carry 10,000 rows; rendering them all on every keystroke froze
 * the page, so the rest wait behind a button.
 */
export const ROWS_SHOWN = 100;

/** The first `limit` rows, how many are left out, and a way to show them all. */
export function useShownRows<T>(
  rows: readonly T[],
  limit = ROWS_SHOWN,
): { shown: readonly T[]; hidden: number; showAll: () => void } {
  const [all, setAll] = useState(false);
  if (all || rows.length <= limit) return { shown: rows, hidden: 0, showAll: () => setAll(true) };
  return { shown: rows.slice(0, limit), hidden: rows.length - limit, showAll: () => setAll(true) };
}

/** Says how many rows are not shown, with a button to show them (slow for thousands). */
export function MoreRows({
  hidden,
  what,
  onShowAll,
}: {
  hidden: number;
  what: string;
  onShowAll?: () => void;
}) {
  if (hidden <= 0) return null;
  return (
    <p className="more-rows muted">
      {formatCount(hidden)} more {what} {hidden === 1 ? 'is' : 'are'} not shown.{' '}
      {onShowAll === undefined ? null : (
        <button type="button" className="link-button" onClick={onShowAll}>
          Show all{hidden > 1_000 ? ' (slow)' : ''}
        </button>
      )}
    </p>
  );
}
