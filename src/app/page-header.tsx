import { TemplatePicker } from './template-picker.tsx';
import { ShareLink } from '../features/share/share-link.tsx';
import { PrintButton } from '../features/print/print-button.tsx';
import { printPlan } from './print-plan.ts';

/**
 * The page's title and its actions (start from a template, the plan's link, print). Part of the first
 * frame rendered at build time, so the page paints it with the results and it never moves them
 * (docs/decisions/0008-pre-rendered-first-frame.md).
 */
export function PageHeader() {
  return (
    <>
      <a className="skip-link" href="#results">
        Skip to results
      </a>
      <header className="page-header">
        <div>
          <h1>AKS address planner</h1>
          <p className="page-lede">
            Plan pod, service and node address space for Azure Kubernetes Service. Everything is computed in
            your browser.
          </p>
          {/* Printed only when the print view is not in the page yet (print-view.css hides .page when it is). */}
          <p className="print-only print-pending">
            The one-page print view was still loading: this is the page as shown on screen. Print again for
            the one-page plan.
          </p>
        </div>
        <div className="header-actions">
          <TemplatePicker />
          <ShareLink />
          <PrintButton onPrint={printPlan} />
        </div>
      </header>
    </>
  );
}
