import type { Finding } from '../core/index.ts';

type Listener = () => void;

export const NO_FINDINGS: readonly Finding[] = [];

function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Finding;
    const y = b[i] as Finding;
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message) return false;
  }
  return true;
}

/**
 * The findings shown at each form field, by field path, with one subscription per field: after an
 * edit only the fields whose findings changed render again. A 100-pool form has about 1,000 fields;
 * a context would render every one of them on every keystroke.
 *
 * Why this one store is not zustand (every other store in src/state is): a zustand store tells every
 * subscriber about every change, so each of the ~1,000 fields would run its selector on every
 * keystroke; this store keeps one listener set per field path and calls only the listeners of the
 * paths whose findings changed (usually none or one). It is read with useSyncExternalStore
 * (evaluation.tsx `useFieldFindings`), exactly as a zustand hook would be.
 *
 * @example store.publish(new Map([['cluster.podCidrs', [finding]]])) // the pod CIDR field renders; no other does
 */
export class FieldFindingsStore {
  private byField = new Map<string, readonly Finding[]>();
  private readonly listeners = new Map<string, Set<Listener>>();

  /** The findings at `path`: the same array for as long as they read the same. */
  get(path: string): readonly Finding[] {
    return this.byField.get(path) ?? NO_FINDINGS;
  }

  /** Calls `listener` whenever the findings at `path` change; returns the function that stops it. */
  subscribe(path: string, listener: Listener): () => void {
    let set = this.listeners.get(path);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(path, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(path);
    };
  }

  /** Replaces every field's findings and tells the fields whose findings changed. */
  publish(next: ReadonlyMap<string, readonly Finding[]>): void {
    const previous = this.byField;
    const kept = new Map<string, readonly Finding[]>();
    const changed: string[] = [];
    for (const [path, findings] of next) {
      const before = previous.get(path);
      if (before !== undefined && sameFindings(before, findings)) kept.set(path, before);
      else {
        kept.set(path, findings);
        changed.push(path);
      }
    }
    for (const path of previous.keys()) if (!next.has(path)) changed.push(path);
    this.byField = kept;
    for (const path of changed) this.listeners.get(path)?.forEach((listener) => listener());
  }
}
