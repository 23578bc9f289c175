import { useLayoutEffect } from 'react';
import { useEvaluation } from '../../state/evaluation.tsx';
import { useLinkNotice } from '../../state/notices.ts';
import './share.css';
import { MoreRows, useShownRows } from '../../components/more-rows.tsx';

/** What was wrong with the link the page opened with: everything else was loaded. Dismissible. */
export function ShareNotice() {
  const findings = useLinkNotice((s) => s.findings);
  const dismiss = useLinkNotice((s) => s.dismiss);
  const problems = findings.filter((f) => f.severity !== 'info').length;
  const { shown, hidden, showAll } = useShownRows(findings);
  const setAside = useLinkNotice((s) => s.setAside);
  const keepAside = useLinkNotice((s) => s.keepAside);
  return (
    <div role="status" className="share-notice-region">
      {setAside !== null && (
        <div className={`share-notice${setAside.problem === null ? '' : ' share-notice-problems'}`}>
          <p className="share-notice-heading">
            {setAside.problem === null
              ? `You opened a shared plan. Your own draft was saved as “${setAside.name}” under Plans in this browser.`
              : `You opened a shared plan. Your own draft “${setAside.name}” could not be saved in this browser (${setAside.problem}); reopen it now to keep working on it.`}
          </p>
          <button type="button" onClick={setAside.reopen}>
            Reopen “{setAside.name}”
          </button>{' '}
          <button
            type="button"
            onClick={() => keepAside(null)}
            aria-label="Dismiss the note about your draft"
          >
            Dismiss
          </button>
        </div>
      )}
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

/**
 * Once, when the page opened a link: adds the CIDRs of the link's plan that do not read (CIDR_INVALID,
 * from the page's one evaluation) to the link notice, before the first paint. Renders nothing.
 */
export function LinkCidrProblems() {
  const awaiting = useLinkNotice((s) => s.awaitingCidrs);
  const { report } = useEvaluation();
  useLayoutEffect(() => {
    if (!awaiting) return;
    useLinkNotice.getState().addCidrProblems(report.findings.filter((f) => f.code === 'CIDR_INVALID'));
  }, [awaiting, report]);
  return null;
}
