// The address map feature's public file: what other features (the print view) may use. Other features import
// from here, never from the files inside (architecture/feature-boundaries in eslint.config.js).
export { AddressMap } from './address-map.tsx';
