import { useLayoutEffect } from 'react';
import { decodePlan, encodePlan, encodeShareLink, isPlanQuery } from '../core/index.ts';
import type { DecodedPlan, Finding, PlanDocument } from '../core/index.ts';
import { usePlanStore } from './plan-store.ts';
import { draftToPlan } from './plan-draft.ts';
import type { PlanDraft } from './plan-draft.ts';
import { useLinkNotice } from './notices.ts';

/**
 * The plan in the address bar (docs/share-links.md): read once at start, then written back after each
 * edit. URL -> decodePlan -> store; store.subscribe -> encodePlan -> history.replaceState (debounced).
 */

/** Above this many characters a link keeps the plan after `#`, which browsers never send to a server. */
export const LONG_SHARE_LINK = 8_000;

/** Edits closer together than this write the address bar once. */
export const URL_WRITE_DELAY_MS = 300;

type Place = Pick<Location, 'origin' | 'pathname' | 'search' | 'hash'>;

/** The plan query of a location: its query when that carries a plan, else its fragment, else null. */
export function planQueryOf(place: Place): string | null {
  if (place.search.length > 1 && isPlanQuery(place.search)) return place.search.slice(1);
  if (place.hash.length > 1 && isPlanQuery(place.hash.slice(1))) return place.hash.slice(1);
  return null;
}

/** A link query, decoded, and its plan encoded once asked for. */
interface DecodedLink {
  query: string;
  decoded: DecodedPlan;
  encoded: string | null;
}

/** The last link decoded: start-up reads the page's link more than once. */
let lastLink: DecodedLink | null = null;

function linkOf(query: string): DecodedLink {
  if (lastLink === null || lastLink.query !== query)
    lastLink = { query, decoded: decodePlan(query), encoded: null };
  return lastLink;
}

/**
 * decodePlan of a link query, decoded once however often start-up asks (restoring the draft, then
 * loading the link): a 10,000-pool link takes 20–50 ms to decode (Node). The same query gives the same
 * result object; nothing changes it.
 *
 * @example decodeLink('v=1&title=A').plan.title // 'A'
 */
export function decodeLink(query: string): DecodedPlan {
  return linkOf(query).decoded;
}

/** The link's plan as encodePlan writes it (the form a link and a draft are compared in). */
export function encodedLinkPlan(query: string): string {
  const link = linkOf(query);
  link.encoded ??= encodePlan(link.decoded.plan);
  return link.encoded;
}

/**
 * The plan a link opened the page with, and what was wrong with the link as a link (the codec's
 * findings). CIDR values that loaded but do not read are the evaluation's to say: the page's first
 * evaluation adds them to the link notice (LinkCidrProblems). Null when the address carries no plan
 * (then the app starts as it otherwise would; a link wins over local save).
 */
export function readPlanFromUrl(
  place: Place = window.location,
): { plan: PlanDocument; findings: Finding[] } | null {
  const query = planQueryOf(place);
  if (query === null) return null;
  const { plan, findings } = decodeLink(query);
  return { plan, findings };
}

/**
 * True when the draft is the plan of this link query: the very link this page writes for it (a reload;
 * the draft then keeps even what a link can't carry, e.g. a 252-character title), or the same plan.
 * Local save then restores the draft, which keeps even values the plan leaves out (typos).
 */
export function draftMatchesQuery(draft: PlanDraft, query: string): boolean {
  const plan = draftToPlan(draft).plan;
  const written = query.startsWith('?') || query.startsWith('#') ? query.slice(1) : query;
  return written === encodeShareLink(plan) || encodePlan(plan) === encodedLinkPlan(query);
}

/**
 * The full link of a plan, with its integrity mark last: `…/path?v=1.1&…&len=N`, or `…/path#v=1.1&…` when that would pass LONG_SHARE_LINK
 * characters (a web server never sees a fragment, so no request-line limit can refuse the link).
 */
export function shareUrl(
  plan: PlanDocument,
  place: Pick<Place, 'origin' | 'pathname'> = window.location,
): string {
  const query = encodeShareLink(plan);
  const base = `${place.origin}${place.pathname}`;
  const url = `${base}?${query}`;
  return url.length > LONG_SHARE_LINK ? `${base}#${query}` : url;
}

const currentPlan = (): PlanDocument => draftToPlan(usePlanStore.getState().draft).plan;

function writeUrl(): void {
  const url = shareUrl(currentPlan());
  if (url !== window.location.href) window.history.replaceState(window.history.state, '', url);
}

/**
 * Loads the plan of the page's link and from then on keeps the address bar on the current plan.
 * main.tsx calls it once, after restoring the plan and before the first render. Returns the function
 * that stops it.
 */
export function startUrlSync(): () => void {
  const query = planQueryOf(window.location);
  // Already open (local save restored this very plan, as typed, from the link this page wrote): keep it.
  if (query !== null && !draftMatchesQuery(usePlanStore.getState().draft, query)) {
    const fromUrl = readPlanFromUrl();
    if (fromUrl !== null) {
      usePlanStore.getState().loadPlan(fromUrl.plan);
      useLinkNotice.getState().show(fromUrl.findings, { awaitingCidrs: true });
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    writeUrl();
  };
  const unsubscribe = usePlanStore.subscribe((state, previous) => {
    if (state.draft === previous.draft) return;
    clearTimeout(timer);
    timer = setTimeout(flush, URL_WRITE_DELAY_MS);
  });
  // An in-page anchor (the skip link) replaces the fragment: put a long plan's link back.
  const keepFragment = (): void => {
    if (!window.location.hash.startsWith('#v=') && shareUrl(currentPlan()).includes('#')) writeUrl();
  };
  window.addEventListener('pagehide', flush);
  window.addEventListener('hashchange', keepFragment);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('pagehide', flush);
    window.removeEventListener('hashchange', keepFragment);
  };
}

/** startUrlSync as a hook, for a component that owns the address bar while mounted (tests). */
export function useUrlSync(): void {
  useLayoutEffect(startUrlSync, []);
}
