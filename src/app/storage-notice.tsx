import { useStorageProblem } from '../state/storage-problem.ts';

/** Says at once when the browser refuses to keep the plan being edited (e.g. its storage is full). */
export function StorageNotice() {
  const problem = useStorageProblem((s) => s.problem);
  return (
    <div role="alert" className="storage-notice-region">
      {problem === null ? null : <p className="notice notice-warning">{problem}</p>}
    </div>
  );
}
