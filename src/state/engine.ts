/**
 * The engine: everything that needs the planning core (src/core), loaded after the first paint so the
 * first load stays small (docs/decisions/0005-first-load-without-the-core.md). Import it only through
 * engine-loader.ts (`loadEngine`, `useEngine`); a static import would pull the core into the first load.
 */
export { evaluatePlan, parsePlanDocument } from '../core/index.ts';
export { restoreCurrentPlan } from './persistence.ts';
export { LONG_SHARE_LINK, planQueryOf, shareUrl, startUrlSync } from './url-sync.ts';
