import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { restoreStoredDraft, startAutosave } from './state/autosave.ts';
import { loadEngine } from './state/engine-loader.ts';
import { reportStorageProblem } from './state/storage-problem.ts';
import './app/app.css';

const container = document.getElementById('root');
const headerActions = document.getElementById('header-actions');
if (!container || !headerActions) throw new Error('index.html has no #root or #header-actions element');
const root = container;
const actions = headerActions;

// The planning core loads while the form paints (docs/decisions/0005-first-load-without-the-core.md).
const engine = loadEngine();

function render(restoreProblems: string[]): void {
  startAutosave(undefined, reportStorageProblem);
  // A transition: React renders the form in slices, so the page stays responsive while it does.
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <App restoreProblems={restoreProblems} headerActions={actions} />
      </StrictMode>,
    ),
  );
}

// Usually the browser keeps the draft being edited: reopen it and paint at once. A shared link in the
// address bar wins over it and needs the engine to read, so that case paints once the engine is here,
// with the link's plan already in the form.
const restored = restoreStoredDraft(window.location);
if (restored !== null) {
  render(restored);
  // A failed load shows in the results column (ResultsLoading); the form keeps working.
  engine.then((e) => e.startUrlSync()).catch(() => undefined);
} else {
  void engine.then(
    (e) => {
      const problems = e.restoreCurrentPlan(e.planQueryOf(window.location) ?? '');
      e.startUrlSync();
      render(problems);
    },
    // No engine (ResultsLoading says so): still reopen the draft the browser keeps, so no work is lost.
    () => render(restoreStoredDraft({ search: '', hash: '' }) ?? []),
  );
}
