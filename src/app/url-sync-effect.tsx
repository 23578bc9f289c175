import { useUrlSync } from '../state/url-sync.ts';

/** Opens the plan of the page's link and keeps the address bar on the current plan (renders nothing). */
export function UrlSyncEffect() {
  useUrlSync();
  return null;
}
