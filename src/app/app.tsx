import { ErrorBoundary } from './error-boundary';
import { QuickPlan } from '../features/quick-plan/quick-plan';

/** The page: header, the quick plan (form, results, findings), footer. */
export function App() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>AKS address planner</h1>
        <p className="page-lede">
          Size the pod CIDR and node subnet of an Azure Kubernetes Service cluster (Azure CNI Overlay).
          Everything is computed in your browser; nothing is sent anywhere.
        </p>
      </header>
      <main className="page-main">
        <ErrorBoundary>
          <QuickPlan />
        </ErrorBoundary>
      </main>
      <footer className="page-footer">
        <p>Rules and their sources: Microsoft Learn AKS networking documentation and the AKS API.</p>
      </footer>
    </div>
  );
}
