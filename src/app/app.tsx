import { ErrorBoundary } from './error-boundary.tsx';
import { TemplatePicker } from './template-picker.tsx';
import { EvaluationProvider } from '../state/evaluation.tsx';
import { PlanForm } from '../features/plan-form/plan-form.tsx';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { lazy, Suspense } from 'react';

const AnalysisSections = lazy(() =>
  import('./analysis-sections.tsx').then((m) => ({ default: m.AnalysisSections })),
);

/** The page: header with templates, the plan form beside its live results and findings. */
export function App() {
  return (
    <EvaluationProvider>
      <div className="page">
        <a className="skip-link" href="#results-heading">
          Skip to results
        </a>
        <header className="page-header">
          <div>
            <h1>AKS address planner</h1>
            <p className="page-lede">
              Plan pod, service and node address space for Azure Kubernetes Service. Everything is computed in
              your browser.
            </p>
          </div>
          <TemplatePicker />
        </header>
        <main className="workspace">
          <div className="workspace-inputs">
            <PlanForm />
          </div>
          <div className="workspace-outputs">
            <ErrorBoundary>
              <FindingsPanel />
              <ResultsPanel />
            </ErrorBoundary>
            <Suspense fallback={<p className="muted">Loading the address map and charts…</p>}>
              <AnalysisSections />
            </Suspense>
          </div>
        </main>
        <footer className="page-footer">
          <p>
            Rules: Microsoft Learn AKS networking documentation and the AKS API, as recorded in the planner's
            rulebook. Nothing you type leaves this page.
          </p>
        </footer>
      </div>
    </EvaluationProvider>
  );
}
