import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './app.tsx';
import { usePlanStore } from '../state/plan-store.ts';
import { CURRENT_KEY, FORMAT } from '../state/persistence/storage.ts';

/** What the build writes into index.html so a first visit paints the default plan's results before any script. */
export interface FirstFrame {
  /** #root's content: the first frame of the default plan, as the app's first render makes it. */
  html: string;
  /** The default draft as local save stores it: a stored draft equal to it still shows this frame. */
  draftJson: string;
  storageKey: string;
  storageFormat: number;
}

/**
 * The app's first frame for the default plan, rendered at build time (docs/decisions/0008). The page
 * hydrates it (main.tsx) when nothing the visitor has (a link, a stored draft) says otherwise.
 */
export function renderFirstFrame(): FirstFrame {
  const html = renderToString(
    <StrictMode>
      <App restoreProblems={[]} pageEnd={null} />
    </StrictMode>,
  );
  return {
    html,
    draftJson: JSON.stringify(usePlanStore.getState().draft),
    storageKey: CURRENT_KEY,
    storageFormat: FORMAT,
  };
}
