import { startTransition, useEffect, useState } from 'react';
import { useHydrated } from './use-hydrated.ts';

let painted = false;
let scheduled = false;
const listeners = new Set<() => void>();

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
 * (LaterPart). What follows the first paint renders as a transition, in slices a key press can
 * interrupt, not in one long task. False on the server and while hydrating: the first frame rendered
 * at build time (docs/decisions/0008) has only the first rows.
 */
export function useFirstPaintDone(): boolean {
  const hydrated = useHydrated();
  const [done, setDone] = useState(painted);
  useEffect(() => {
    if (done) return;
    const show = (): void => startTransition(() => setDone(true));
    if (painted) {
      show();
      return;
    }
    listeners.add(show);
    markPaintedAfterThisFrame();
    return () => {
      listeners.delete(show);
    };
  }, [done]);
  return hydrated && done;
}
