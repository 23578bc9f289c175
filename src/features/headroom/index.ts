// The headroom feature's public file: what other features (the print view) may use. Other features import
// from here, never from the files inside (architecture/feature-boundaries in eslint.config.js).
export { chartScale, niceTicks, percentAt, RESOURCE_COLOR } from './headroom-scale.ts';
export { RESOURCE_SHORT_NAMES } from './headroom-text.ts';
export { HeadroomLegend } from './headroom-legend.tsx';
