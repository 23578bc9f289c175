import { useStorageProblem } from '../state/notices.ts';

/** Says at once when the browser refuses to keep the plan being edited (e.g. its storage is full). */
export function StorageNotice() {
  const problem = useStorageProblem((s) => s.problem);
  // An alert is announced when it appears, so it is rendered only while there is something to say.
  return problem === null ? null : (
    <p role="alert" className="notice notice-warning">
      {problem}
    </p>
  );
}
