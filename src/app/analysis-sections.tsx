import { AddressMap } from '../features/address-map/address-map.tsx';
import { HeadroomPanel } from '../features/headroom/headroom-panel.tsx';
import { PluginComparison } from '../features/compare/plugin-comparison.tsx';
import { useLaterEvaluation } from '../state/evaluation.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { PlanFilesSection } from './plan-files-section.tsx';

/** Loaded once the first result has painted: address map, headroom charts, plugin comparison, plan files and infrastructure code. */
export function AnalysisSections() {
  // Deferred: typing stays responsive; the pictures catch up once the result has painted.
  const { evaluation } = useLaterEvaluation();
  return (
    <>
      <ErrorBoundary>
        <section className="result-card" aria-labelledby="map-heading">
          <h2 id="map-heading">Address map</h2>
          <AddressMap evaluation={evaluation} />
        </section>
      </ErrorBoundary>
      <ErrorBoundary>
        <HeadroomPanel evaluation={evaluation} />
      </ErrorBoundary>
      <ErrorBoundary>
        <PluginComparison evaluation={evaluation} />
      </ErrorBoundary>
      <PlanFilesSection />
    </>
  );
}
