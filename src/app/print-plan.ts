import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import { setPrinting } from '../state/printing.ts';
import { showPartNow } from './later-part.tsx';
import type { PartLoader } from './later-part.tsx';

/** The print view: a later part, loaded once the first result has painted (app.tsx places it). */
export const loadPrintView: PartLoader = () =>
  import('../features/print/print-view.tsx').then((m) => m.PrintView);

let asked = false;

/**
 * Prints the plan: once the print view is in the page (its chunk loads after the first result, so a
 * print asked for at once waits for it), the browser's print of the plan as it is now. A second ask
 * while the first waits is the same print. (docs/decisions/0010-printing-before-the-print-view-loads.md)
 *
 * @example printPlan() // the browser's print dialog, with the one-page print view
 */
export function printPlan(): void {
  if (asked) return;
  asked = true;
  void showPartNow(loadPrintView).then(() => {
    asked = false;
    window.print();
  });
}

/** Ctrl+P or ⌘P, without Shift or Alt (Shift+Ctrl+P is another browser command). */
export function isPrintShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (
    (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p'
  );
}

/**
 * The page's print requests: Ctrl+P prints the plan (printPlan), and whatever starts a print (the
 * browser's menu too) renders the print view and the analyses with the current plan before the browser
 * lays the page out for paper.
 */
export function usePrintRequests(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.repeat || !isPrintShortcut(event)) return;
      event.preventDefault();
      printPlan();
    };
    const before = (): void => {
      // A chunk that has arrived but not yet mounted mounts now; one still on its way cannot: the
      // page's print-only note says so (app.css, .print-pending).
      void showPartNow(loadPrintView);
      flushSync(() => setPrinting(true));
    };
    const after = (): void => setPrinting(false);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
