import { ErrorBoundary } from './error-boundary.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { AnalysisSections } from './analysis-sections.tsx';

/**
 * The right-hand column: findings, results, then the address map, headroom, comparison and plan files.
 * Loaded with the engine, after the first paint; rendered only inside WhenEvaluated.
 */
export function Outputs() {
  return (
    <>
      <ErrorBoundary>
        <FindingsPanel />
        <ResultsPanel />
      </ErrorBoundary>
      <AnalysisSections />
    </>
  );
}
