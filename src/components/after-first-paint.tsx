import { useEffect, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

let painted = false;
let scheduled = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the page painted once the frame being prepared now has painted: scheduled once per page. */
function markPaintedAfterThisFrame(): void {
  if (painted || scheduled) return;
  scheduled = true;
  // The frame callback runs just before that paint; the task it queues runs after it.
  requestAnimationFrame(() =>
    setTimeout(() => {
      painted = true;
      for (const listener of listeners) listener();
    }, 0),
  );
}

/**
 * False until the page has painted its first frame with the results, then true: long lists render their
 * first rows in that frame and the rest right after it (more-rows.tsx), and later parts load then
 * (AfterFirstPaint).
 */
export function useFirstPaintDone(): boolean {
  const done = useSyncExternalStore(
    subscribe,
    () => painted,
    () => false,
  );
  useEffect(() => {
    if (!done) markPaintedAfterThisFrame();
  }, [done]);
  return done;
}

/**
 * Renders its children once the page has painted its first frame with the results, so whatever they
 * load (a lazy chunk) and render costs nothing before the first result (docs/decisions/0006).
 * Once the page has painted, later mounts render their children at once.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useFirstPaintDone() ? children : null;
}
