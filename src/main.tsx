import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { restoreCurrentPlan, startAutosave } from './state/persistence.ts';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// A shared link in the address bar wins; otherwise reopen what the user was editing.
const restoreProblems = restoreCurrentPlan(window.location.search);
startAutosave();

createRoot(container).render(
  <StrictMode>
    <App restoreProblems={restoreProblems} />
  </StrictMode>,
);
