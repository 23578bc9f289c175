import { PlanFileActions } from '../features/plan-file/plan-file-actions.tsx';
import { ExportPanel } from '../features/export/export-panel.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import '../features/plan-file/plan-file.css';

/** The card with the plan file (export, import) and the plan as az CLI, Bicep and Terraform code. */
export function PlanFilesSection() {
  return (
    <section className="result-card plan-files-section" aria-labelledby="plan-files-heading">
      <h2 id="plan-files-heading">Plan file and infrastructure code</h2>
      <div className="plan-files-body">
        <PlanFileActions />
        <ErrorBoundary>
          <ExportPanel />
        </ErrorBoundary>
      </div>
    </section>
  );
}
