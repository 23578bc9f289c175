// The plan file feature's public file: what other features (export, saved plans) may use. Other features
// import from here, never from the files inside (architecture/feature-boundaries in eslint.config.js).
export { downloadText } from './download.ts';
export { planFileStem } from './plan-file-format.ts';
