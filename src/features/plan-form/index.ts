// The plan form feature's public file: what other features (the findings panel's tests) may use. Other
// features import from here, never from the files inside (architecture/feature-boundaries in eslint.config.js).
export { PlanForm } from './plan-form.tsx';
