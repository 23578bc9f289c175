import { useLinkNotice } from '../../state/link-notice.ts';
import './share.css';
import { MoreRows, useShownRows } from '../../components/more-rows.tsx';

/** What was wrong with the link the page opened with: everything else was loaded. Dismissible. */
export function ShareNotice() {
  const findings = useLinkNotice((s) => s.findings);
  const dismiss = useLinkNotice((s) => s.dismiss);
  const problems = findings.filter((f) => f.severity !== 'info').length;
  const { shown, hidden, showAll } = useShownRows(findings);
  return (
    <div role="status" className="share-notice-region">
      {findings.length > 0 && (
        <div className={`share-notice${problems > 0 ? ' share-notice-problems' : ''}`}>
          <p className="share-notice-heading">
            {problems > 0
              ? `This link had ${problems} ${problems === 1 ? 'problem' : 'problems'}; everything else was loaded:`
              : 'About this link:'}
          </p>
          <ul>
            {shown.map((f, i) => (
              <li key={`${f.code}-${f.path ?? ''}-${i}`} data-share-code={f.code} data-severity={f.severity}>
                {f.message}
              </li>
            ))}
          </ul>
          <MoreRows hidden={hidden} what="problems" onShowAll={showAll} />
          <button type="button" onClick={dismiss} aria-label="Dismiss the link problems">
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
