// The propose feature's public file: what other features (the findings panel) may use. Other features import
// from here, never from the files inside (architecture/feature-boundaries in eslint.config.js).
export { FixThis } from './fix-this.tsx';
