import { ErrorBoundary } from './error-boundary.tsx';
import { EvaluationProvider } from '../state/evaluation.tsx';
import { PlanForm } from '../features/plan-form/plan-form.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { ProposePanel } from '../features/propose/propose-panel.tsx';
import { ClientPortal } from '../components/client-portal.tsx';
import { LinkCidrProblems, ShareNotice } from '../features/share/share-notice.tsx';
import { LaterPart } from './later-part.tsx';
import type { PartLoader } from './later-part.tsx';
import { PlanFileDropZone } from '../features/plan-file/plan-file-drop-zone.tsx';
import { StorageNotice } from './storage-notice.tsx';
import { PageHeader } from './page-header.tsx';
import { loadPrintView, usePrintRequests } from './print-plan.ts';

// The first result (findings and numbers) renders in the first commit; what is below it or behind a
// click loads once that has painted (docs/decisions/0006-first-result-in-one-go.md).
const loadAzureImport: PartLoader = () =>
  import('../features/azure-import/azure-import-panel.tsx').then((m) => m.AzureImportPanel);
const loadSavedPlans: PartLoader = () =>
  import('../features/saved-plans/saved-plans.tsx').then((m) => m.SavedPlans);
const loadAnalysisSections: PartLoader = () =>
  import('./analysis-sections.tsx').then((m) => m.AnalysisSections);

/**
 * The page (index.html's #root, the .page that printing hides): its header and actions, notices, the plan
 * form beside its live results and findings, and the print view (appended to <body>, outside the .page).
 * Its first frame for the default plan is rendered at build time (first-frame.tsx, docs/decisions/0008).
 */
export function App({
  restoreProblems = [],
  pageEnd,
}: {
  restoreProblems?: readonly string[];
  /** Where the print view and the drop zone go (<body>); null when rendered at build time. */
  pageEnd: Element | null;
}) {
  usePrintRequests();
  return (
    <EvaluationProvider>
      <PageHeader />
      <LinkCidrProblems />
      <ShareNotice />
      <StorageNotice />
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
          <LaterPart load={loadAzureImport} />
          <section className="form-section" aria-labelledby="saved-heading">
            <h2 id="saved-heading">Plans in this browser</h2>
            <LaterPart load={loadSavedPlans} />
          </section>
        </div>
        {/* "Skip to results" (index.html) lands here, on the findings first, then the results. */}
        <div className="workspace-outputs" id="results" tabIndex={-1}>
          <ErrorBoundary>
            <FindingsPanel />
            <ProposePanel />
            <ResultsPanel />
          </ErrorBoundary>
          <LaterPart load={loadAnalysisSections} />
        </div>
      </main>
      <footer className="page-footer">
        <p>
          Rules: Microsoft Learn AKS networking documentation and the AKS API, as recorded in the planner's
          rulebook. Nothing you type leaves this page.
        </p>
      </footer>
      <ClientPortal into={pageEnd}>
        <PlanFileDropZone />
        <LaterPart load={loadPrintView} />
      </ClientPortal>
    </EvaluationProvider>
  );
}
