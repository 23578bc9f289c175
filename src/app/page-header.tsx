import { TemplatePicker } from './template-picker.tsx';
import { ShareLink } from '../features/share/share-link.tsx';
import { PrintButton } from '../features/print/print-button.tsx';

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
        </div>
        <div className="header-actions">
          <TemplatePicker />
          <ShareLink />
          <PrintButton />
        </div>
      </header>
    </>
  );
}
