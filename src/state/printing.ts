import { useSyncExternalStore } from 'react';

let printing = false;
const listeners = new Set<() => void>();

/**
 * Whether the browser is printing the page: true from its `beforeprint` event to its `afterprint`
 * (src/app/print-plan.ts sets it). While true, what follows an edit "later" (the print view, the
 * analyses) is the current evaluation, so a page printed right after an edit shows that edit.
 *
 * @example setPrinting(true); isPrinting() // true
 */
export function setPrinting(value: boolean): void {
  if (printing === value) return;
  printing = value;
  for (const listener of listeners) listener();
}

/** Whether the browser is printing the page now (setPrinting). */
export function isPrinting(): boolean {
  return printing;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Whether the browser is printing the page; false when rendered at build time. */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
