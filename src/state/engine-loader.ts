import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/** The engine module (engine.ts): the planning core and what reads and writes links and saved plans. */
export type Engine = typeof import('./engine.ts');

let loaded: Engine | null = null;
let failed = false;
let loading: Promise<Engine> | null = null;
const listeners = new Set<() => void>();

/**
 * Starts loading the engine (once) and resolves with it. main.tsx calls it before the first render, so the
 * core downloads while the form paints; components read it with useEngine().
 */
export function loadEngine(): Promise<Engine> {
  loading ??= import('./engine.ts').then(
    (engine) => {
      loaded = engine;
      for (const listener of listeners) listener();
      return engine;
    },
    (error: unknown) => {
      // Offline before the chunk was cached, or a deploy replaced it: say so instead of waiting forever.
      failed = true;
      for (const listener of listeners) listener();
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The engine once loaded (null before). Its arrival re-renders the caller in a transition: the results,
 * findings, map and print view then render in slices the browser can interleave with input, instead of
 * one long task just after the first paint.
 */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState(loaded);
  useEffect(() => {
    if (engine !== null) return;
    const arrived = (): void => {
      if (loaded !== null) startTransition(() => setEngine(loaded));
    };
    listeners.add(arrived);
    arrived(); // it may have loaded between this render and this effect
    return () => {
      listeners.delete(arrived);
    };
  }, [engine]);
  return engine;
}

/** True once loading the engine has failed (the page then asks for a reload). */
export function useEngineFailed(): boolean {
  return useSyncExternalStore(subscribe, () => failed);
}
