import { StrictMode, startTransition, useEffect } from 'react';
import type { ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { replayEarlyEdits, takeEarlyEdits, type EarlyEdits } from './app/early-edits.ts';
import { STALE_FIRST_FRAME } from './app/first-frame-guard.ts';
import { restoreCurrentPlan, startAutosave } from './state/persistence/index.ts';
import { reportStorageProblem } from './state/notices.ts';
import { planQueryOf, startUrlSync } from './state/url-sync.ts';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The planning core is part of the first load, so the first render has the plan's results: the form,
// the findings and the numbers paint in one go (docs/decisions/0006-first-result-in-one-go.md).
// The browser keeps the draft being edited; a shared link in the address bar opens as its own plan and
// sets the draft aside (state/persistence/start-up.ts).
const restoreProblems = restoreCurrentPlan(planQueryOf(window.location) ?? '');
startUrlSync();
startAutosave(undefined, reportStorageProblem);

/** What the visitor did to the pre-rendered frame before React took it over; replayed once it has. */
let early: EarlyEdits | null = null;

/** Marks the page ready for input once the app's first commit is in (a hook for tests and the benchmark). */
function Ready({ children }: { children: ReactNode }) {
  useEffect(() => {
    replayEarlyEdits(early);
    container?.setAttribute('data-ready', '');
  }, []);
  return children;
}

const app = (
  <StrictMode>
    <Ready>
      <App restoreProblems={restoreProblems} pageEnd={document.body} />
    </Ready>
  </StrictMode>
);
// index.html holds the default plan's first frame, rendered at build time; the guard in its <head> has
// marked it stale when this visit opens another plan (docs/decisions/0008-pre-rendered-first-frame.md).
const root = document.documentElement;
if (container.firstElementChild !== null && !root.classList.contains(STALE_FIRST_FRAME)) {
  early = takeEarlyEdits(window);
  // In a transition, hydration runs in slices (a plain hydrateRoot is one task of about 60 ms); a key or
  // click meanwhile makes React hydrate the part it lands on at once.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // Of the stale frame only its header (on screen, app.css) stays until React's first commit replaces
  // it (a new root empties its container): the page never paints without a header.
  for (const part of [...container.children]) if (!part.classList.contains('page-header')) part.remove();
  root.classList.remove(STALE_FIRST_FRAME);
  createRoot(container).render(app);
}
