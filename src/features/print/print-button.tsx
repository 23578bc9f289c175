/** The header's print action: `onPrint` prints the print view (print-view.tsx) once it is in the page. */
export function PrintButton({ onPrint }: { onPrint: () => void }) {
  return (
    <button type="button" className="print-button" onClick={onPrint}>
      Print or save as PDF
    </button>
  );
}
