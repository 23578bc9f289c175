import { useEngineFailed } from '../state/engine-loader.ts';

/** Stands in for the results while the engine loads, or says that it could not be loaded. */
export function ResultsLoading() {
  const failed = useEngineFailed();
  return failed ? (
    <p className="notice notice-warning" role="alert">
      The planner could not load its engine, so there are no results yet. Your plan is kept: check the
      connection and reload the page.
    </p>
  ) : (
    <p className="muted loading-results">Loading the results…</p>
  );
}
