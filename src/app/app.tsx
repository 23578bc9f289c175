import { ErrorBoundary } from './error-boundary.tsx';
import { TemplatePicker } from './template-picker.tsx';
import { EvaluationProvider } from '../state/evaluation.tsx';
import { PlanForm } from '../features/plan-form/plan-form.tsx';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { SavedPlans } from '../features/saved-plans/saved-plans.tsx';
import { PlanFileDropZone } from '../features/plan-file/plan-file-drop-zone.tsx';
import { lazy, Suspense } from 'react';
import { ShareLink } from '../features/share/share-link.tsx';
import { ShareNotice } from '../features/share/share-notice.tsx';
import { UrlSyncEffect } from './url-sync-effect.tsx';

const PrintView = lazy(() =>
  import('../features/print/print-view.tsx').then((m) => ({ default: m.PrintView })),
);
const AzureImportPanel = lazy(() =>
  import('../features/azure-import/azure-import-panel.tsx').then((m) => ({ default: m.AzureImportPanel })),
);
const AnalysisSections = lazy(() =>
  import('./analysis-sections.tsx').then((m) => ({ default: m.AnalysisSections })),
);

/** The page: header with templates, the plan form beside its live results and findings. */
export function App({ restoreProblems = [] }: { restoreProblems?: readonly string[] }) {
  return (
    <EvaluationProvider>
      <UrlSyncEffect />
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
          <div className="header-actions">
            <TemplatePicker />
            <ShareLink />
            <button type="button" className="print-button" onClick={() => window.print()}>
              Print or save as PDF
            </button>
          </div>
        </header>
        <ShareNotice />
        {restoreProblems.length > 0 ? (
          <div className="notice notice-warning" role="status">
            <p>Part of the plan saved in this browser could not be restored; everything else was:</p>
            <ul>
              {restoreProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <main className="workspace">
          <div className="workspace-inputs">
            <PlanForm />
            <ErrorBoundary>
              <Suspense fallback={null}>
                <AzureImportPanel />
              </Suspense>
            </ErrorBoundary>
            <section className="form-section" aria-labelledby="saved-heading">
              <h2 id="saved-heading">Plans in this browser</h2>
              <SavedPlans />
            </section>
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
      <PlanFileDropZone />
      <Suspense fallback={null}>
        <PrintView />
      </Suspense>
    </EvaluationProvider>
  );
}
