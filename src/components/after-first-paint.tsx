import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

let painted = false;

/**
 * Renders its children once the page has painted its first frame with the results, so whatever they
 * load (a lazy chunk) and render costs nothing before the first result (docs/decisions/0006).
 * The frame callback runs just before that paint; the task it queues runs after it. Once the page has
 * painted, later mounts render their children at once.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(painted);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setReady(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready]);
  return ready ? children : null;
}
