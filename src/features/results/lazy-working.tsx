import { useEffect, useState } from 'react';
import type { Working } from '../../core/index.ts';
import { WorkingText } from './working-text.tsx';

/** The module that writes the "how?" working: it loads on the first "how?", not before the first result. */
type WorkingModule = typeof import('../../core/report/working.ts');

/** How to write one number's working, given the working module: `(w) => w.podBlocksWorking(range)`. */
export type WorkingOf = (module: WorkingModule) => Working;

let loading: Promise<WorkingModule> | undefined;
/** Once loaded, every later "how?" shows its working in the same render. */
let loaded: WorkingModule | undefined;

function loadWorkingModule(): Promise<WorkingModule> {
  loading ??= import('../../core/report/working.ts').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined; // a later "how?" tries again
      throw error;
    },
  );
  return loading;
}

/**
 * A number's working, written only when its "how?" is open (issue 16: the results panel used to write
 * every working on every render). Says so in its place if the code cannot load (offline after a deploy).
 */
export function LazyWorking({ of, id }: { of: WorkingOf; id?: string }) {
  const [state, setState] = useState<{ module: WorkingModule } | 'loading' | 'failed'>(() =>
    loaded === undefined ? 'loading' : { module: loaded },
  );
  useEffect(() => {
    if (state !== 'loading') return;
    let live = true;
    loadWorkingModule().then(
      (module) => live && setState({ module }),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [state]);
  if (state === 'loading')
    return (
      <p className="working muted" id={id}>
        Working it out…
      </p>
    );
  if (state === 'failed')
    return (
      <p className="working" id={id} role="alert">
        The working could not be loaded. Reload the page to see it.
      </p>
    );
  return <WorkingText working={of(state.module)} {...(id === undefined ? {} : { id })} />;
}
