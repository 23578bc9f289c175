import { ErrorBoundary } from './error-boundary.tsx';
import { FindingsPanel } from '../features/findings/findings-panel.tsx';
import { ResultsPanel } from '../features/results/results-panel.tsx';
import { AnalysisSections } from './analysis-sections.tsx';
import { lazy, Suspense } from 'react';

// Issue 17: the proposal code loads only with the outputs, beside the findings.
const ProposePanel = lazy(() =>
  import('../features/propose/propose-panel.tsx').then((m) => ({ default: m.ProposePanel })),
);

/**
 * The right-hand column: findings, results, then the address map, headroom, comparison and plan files.
 * Loaded with the engine, after the first paint; rendered only inside WhenEvaluated.
 */
export function Outputs() {
  return (
    <>
      <ErrorBoundary>
        <FindingsPanel />
        <Suspense fallback={null}>
          <ProposePanel />
        </Suspense>
        <ResultsPanel />
      </ErrorBoundary>
      <AnalysisSections />
    </>
  );
}
