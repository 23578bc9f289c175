/**
 * The first frame written into index.html at build time (first-frame.tsx) shows the default plan. A
 * small script in <head> (this guard, inline and allowed by its hash in the page's CSP) decides before
 * anything paints whether that frame is this visit's plan, and notes the fields the visitor edits and the
 * buttons they click before the app takes the frame over (docs/decisions/0008-pre-rendered-first-frame.md).
 */

/** The class the guard puts on <html> when the frame is not this visit's plan; app.css hides the frame. */
export const STALE_FIRST_FRAME = 'stale-first-frame';

/** The window property where the guard keeps the fields edited and the buttons clicked before the app took the frame over. */
export const EARLY_EDITS = '__earlyEdits';

/** What the guard knows of the default plan: the draft local save would store for it, and where. */
export interface GuardFacts {
  storageKey: string;
  storageFormat: number;
  draftJson: string;
}

/**
 * The guard's source, run in <head>. The frame is this visit's plan when the address carries no query
 * or fragment (a share link, or the plan the address bar follows) and the browser keeps no draft other
 * than the default one. Otherwise <html> gets STALE_FIRST_FRAME and main.tsx renders the app afresh.
 * When it is, the fields edited (`input` and `change` events) and the buttons clicked are noted until
 * main.tsx takes them (`stop()`), just before React takes the page over.
 *
 * @example firstFrameGuard({ storageKey: 'k', storageFormat: 1, draftJson: '{}' }).startsWith('(()=>{') // true
 */
export function firstFrameGuard(facts: GuardFacts): string {
  const key = JSON.stringify(facts.storageKey);
  const draft = JSON.stringify(facts.draftJson);
  return (
    `(()=>{` +
    `let fits=location.search.length<2&&location.hash.length<2;` +
    `if(fits)try{const raw=localStorage.getItem(${key});` +
    `if(raw!==null){const kept=JSON.parse(raw);` +
    `fits=kept!==null&&kept.format===${facts.storageFormat}&&JSON.stringify(kept.draft)===${draft}}` +
    `}catch(e){fits=false}` +
    `if(!fits){document.documentElement.classList.add(${JSON.stringify(STALE_FIRST_FRAME)});return}` +
    `const targets=new Set(),clicks=[],note=(e)=>targets.add(e.target),` +
    `click=(e)=>{const b=e.target&&e.target.closest?e.target.closest('button'):null;if(b)clicks.push(b)};` +
    `document.addEventListener('input',note,true);document.addEventListener('change',note,true);` +
    `document.addEventListener('click',click,true);` +
    `window[${JSON.stringify(EARLY_EDITS)}]={targets,clicks,stop(){` +
    `document.removeEventListener('input',note,true);document.removeEventListener('change',note,true);` +
    `document.removeEventListener('click',click,true)}}` +
    `})();`
  );
}
