import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';

let painted = false;
const listeners = new Set<() => void>();

function markPainted(): void {
  if (painted) return;
  painted = true;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the page painted once the frame being prepared now has painted. */
function afterThisFrame(done: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The frame callback runs just before that paint; the task it queues runs after it.
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(done, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * False until the page has painted its first frame with the results, then true: long lists render their
 * first rows in that frame and the rest right after it (more-rows.tsx).
 */
export function useFirstPaintDone(): boolean {
  const done = useSyncExternalStore(
    subscribe,
    () => painted,
    () => false,
  );
  useEffect(() => (done ? undefined : afterThisFrame(markPainted)), [done]);
  return done;
}

/**
 * Renders its children once the page has painted its first frame with the results, so whatever they
 * load (a lazy chunk) and render costs nothing before the first result (docs/decisions/0006).
 * Once the page has painted, later mounts render their children at once.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(painted);
  useEffect(
    () =>
      ready
        ? undefined
        : afterThisFrame(() => {
            markPainted();
            setReady(true);
          }),
    [ready],
  );
  return ready ? children : null;
}
