import { startTransition, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { useFirstPaintDone } from '../components/after-first-paint.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

/** Loads a later part's module (a lazy chunk) and gives its component. */
export type PartLoader = () => Promise<ComponentType>;

/** What each loader gave: a part shown again (or a second time) renders at once. */
const loaded = new Map<PartLoader, { Part: ComponentType } | { error: unknown }>();

/**
 * A part of the page below the first result or behind a click (a lazy chunk): it starts loading once the
 * first result has painted, and if it cannot load or render, it says so in its place while the form,
 * the findings and the results keep working (docs/decisions/0006-first-result-in-one-go.md).
 *
 * The chunk is loaded first and the part then mounts in a transition, without a Suspense boundary: a
 * boundary that showed its fallback is revealed by the next render that passes it, and that may be a
 * key press's urgent render, which would then mount every later part (seconds with 10,000 pools)
 * before the typed character paints (docs/decisions/0009-later-parts-never-urgent.md).
 */
export function LaterPart({ load }: { load: PartLoader }) {
  return (
    <ErrorBoundary>
      <LoadedPart load={load} />
    </ErrorBoundary>
  );
}

function LoadedPart({ load }: { load: PartLoader }) {
  const painted = useFirstPaintDone();
  const [part, setPart] = useState(() => (painted ? loaded.get(load) : undefined));
  useEffect(() => {
    if (!painted || part !== undefined) return undefined;
    let live = true;
    const settle = (result: { Part: ComponentType } | { error: unknown }): void => {
      loaded.set(load, result);
      if (live) startTransition(() => setPart(result));
    };
    load().then(
      (Part) => settle({ Part }),
      (error: unknown) => settle({ error }),
    );
    return () => {
      live = false;
    };
  }, [painted, part, load]);
  if (!painted || part === undefined) return null;
  // A chunk that could not load: the error boundary says so in this part's place.
  if ('error' in part) throw part.error;
  return <part.Part />;
}
