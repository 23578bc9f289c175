import { useMaybeEvaluation } from '../../state/evaluation.tsx';

/** Prints the print view (print-view.tsx); disabled for the moment the engine takes to load after the first paint. */
export function PrintButton() {
  const ready = useMaybeEvaluation() !== null;
  return (
    <button type="button" className="print-button" disabled={!ready} onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
