import { useEffect, useMemo, useRef, useState } from 'react';
import { useEvaluation } from '../../state/evaluation.tsx';
import { LONG_SHARE_LINK, shareUrl } from '../../state/url-sync.ts';
import { useHydrated } from '../../components/use-hydrated.ts';
import './share.css';

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // not a secure context, or permission refused: fall back to selecting the text
  }
}

/** The link to the current plan, read-only, with a "Copy link" button (docs/share-links.md). */
export function ShareLink() {
  // The link follows an edit in the same frame as the result: a copy right after an edit is never stale.
  // The page's address is known in the browser only: the first frame rendered at build time, and its
  // hydration, show the field empty (docs/decisions/0008).
  const { plan } = useEvaluation();
  const hydrated = useHydrated();
  const url = useMemo(() => (hydrated ? shareUrl(plan) : ''), [plan, hydrated]);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (status === '') return;
    const timer = setTimeout(() => setStatus(''), 5_000);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (): Promise<void> => {
    if (await copyToClipboard(url)) {
      setStatus('Link copied');
      return;
    }
    input.current?.focus();
    input.current?.select();
    setStatus('Link selected: press Ctrl+C (⌘C on a Mac) to copy it');
  };

  return (
    <div className="share-link">
      <div className="share-link-row">
        <input
          ref={input}
          className="share-link-input"
          data-testid="share-link"
          aria-label="Share link"
          aria-describedby={url.length > LONG_SHARE_LINK ? 'share-link-long' : undefined}
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
      </div>
      <p className="share-link-status" aria-live="polite">
        {status}
      </p>
      {url.length > LONG_SHARE_LINK && (
        <p id="share-link-long" className="share-link-long">
          This link is {url.length.toLocaleString('en-US')} characters long. It works in browsers (the plan
          follows the # so no web server can refuse it), but some chat and mail tools cut links this long:
          share a plan file as well.
        </p>
      )}
    </div>
  );
}
