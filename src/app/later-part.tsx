import { startTransition, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { flushSync } from 'react-dom';
import { useFirstPaintDone } from '../components/after-first-paint.tsx';
import { ErrorBoundary } from './error-boundary.tsx';

/** Loads a later part's module (a lazy chunk) and gives its component. */
export type PartLoader = () => Promise<ComponentType>;

type Loaded = { Part: ComponentType } | { error: unknown };

/** What each loader gave: a part shown again (or a second time) renders at once. */
const loaded = new Map<PartLoader, Loaded>();
/** Each loader's one load, while it is on its way. */
const loading = new Map<PartLoader, Promise<Loaded>>();
/** Parts asked for now (showPartNow): they mount even before the first result has painted. */
const wanted = new Set<PartLoader>();
/** The mounted places of each part, told when it must show at once. */
const places = new Map<PartLoader, Set<(part: Loaded) => void>>();

function loadOnce(load: PartLoader): Promise<Loaded> {
  const done = loaded.get(load);
  if (done !== undefined) return Promise.resolve(done);
  let pending = loading.get(load);
  if (pending === undefined) {
    const settle = (part: Loaded): Loaded => {
      loaded.set(load, part);
      loading.delete(load);
      return part;
    };
    pending = load().then(
      (Part) => settle({ Part }),
      (error: unknown) => settle({ error }),
    );
    loading.set(load, pending);
  }
  return pending;
}

function mountEverywhere(load: PartLoader, part: Loaded): void {
  for (const place of places.get(load) ?? []) place(part);
}

/**
 * Shows a later part now, not in its own time: loads its chunk if it has not arrived and mounts it
 * in every place that renders it, synchronously (the DOM has it when this settles). Synchronous when
 * the chunk is already there, as when printing starts (src/app/print-plan.ts).
 *
 * @example await showPartNow(loadPrintView) // the print view is in the page
 */
export function showPartNow(load: PartLoader): Promise<void> {
  wanted.add(load);
  const done = loaded.get(load);
  if (done !== undefined) {
    mountEverywhere(load, done);
    return Promise.resolve();
  }
  return loadOnce(load).then((part) => mountEverywhere(load, part));
}

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
  const [part, setPart] = useState(() => (painted || wanted.has(load) ? loaded.get(load) : undefined));
  // Asked for now (showPartNow): mount in the same task, before the browser prints or paints.
  useEffect(() => {
    let set = places.get(load);
    if (set === undefined) places.set(load, (set = new Set()));
    const place = (now: Loaded): void => flushSync(() => setPart(now));
    set.add(place);
    return () => {
      set.delete(place);
    };
  }, [load]);
  useEffect(() => {
    if (!painted || part !== undefined) return undefined;
    let live = true;
    void loadOnce(load).then((result) => {
      if (live) startTransition(() => setPart(result));
    });
    return () => {
      live = false;
    };
  }, [painted, part, load]);
  if ((!painted && !wanted.has(load)) || part === undefined) return null;
  // A chunk that could not load: the error boundary says so in this part's place.
  if ('error' in part) throw part.error;
  return <part.Part />;
}
