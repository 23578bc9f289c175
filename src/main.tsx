import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { restoreCurrentPlan, startAutosave } from './state/persistence/index.ts';
import { reportStorageProblem } from './state/notices.ts';
import { planQueryOf, startUrlSync } from './state/url-sync.ts';
import './app/app.css';

const container = document.getElementById('root');
const headerActions = document.getElementById('header-actions');
if (!container || !headerActions) throw new Error('index.html has no #root or #header-actions element');

// The planning core is part of the first load, so the first render has the plan's results: the form,
// the findings and the numbers paint in one go (docs/decisions/0006-first-result-in-one-go.md).
// The browser keeps the draft being edited; a shared link in the address bar opens as its own plan and
// sets the draft aside (state/persistence/start-up.ts).
const restoreProblems = restoreCurrentPlan(planQueryOf(window.location) ?? '');
startUrlSync();
startAutosave(undefined, reportStorageProblem);
createRoot(container).render(
  <StrictMode>
    <App restoreProblems={restoreProblems} headerActions={headerActions} />
  </StrictMode>,
);
