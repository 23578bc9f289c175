import { useState } from 'react';
import { formatCount } from '../core/index.ts';
import { useFirstPaintDone } from './after-first-paint.tsx';

/**
 * Rows of one list the page renders until asked for more. A valid cluster has at most 100 node pools
 * (R31), but a link or plan file may carry 10,000 rows; rendering them all on every keystroke froze
 * the page, so the rest wait behind a button.
 */
export const ROWS_SHOWN = 100;

/**
 * Rows of one list in the page's first frame: a screen's worth. The rest (up to ROWS_SHOWN) render right
 * after that frame has painted, before anyone could scroll to them, so a 100-pool plan's first result
 * does not wait for 100 pools' forms and rows (issue 16).
 */
export const FIRST_FRAME_ROWS = 12;

/** The same for the form's row cards (a node pool's or a subnet's fields): a few fill a screen. */
export const FIRST_FRAME_CARDS = 3;

/**
 * The first `limit` rows, how many are left out, and a way to show them all. In the page's first frame
 * only `firstFrameRows` of them; the others follow once it has painted (they are not counted as hidden).
 */
export function useShownRows<T>(
  rows: readonly T[],
  limit = ROWS_SHOWN,
  firstFrameRows = FIRST_FRAME_ROWS,
): { shown: readonly T[]; hidden: number; showAll: () => void } {
  const [all, setAll] = useState(false);
  const firstFrame = !useFirstPaintDone();
  const showAll = () => setAll(true);
  const hidden = all ? 0 : Math.max(0, rows.length - limit);
  const count = firstFrame ? Math.min(firstFrameRows, rows.length - hidden) : rows.length - hidden;
  return { shown: count === rows.length ? rows : rows.slice(0, count), hidden, showAll };
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
