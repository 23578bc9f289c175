// vitest setup: components read the engine (src/state/engine.ts) through useEngine(); in the app it
// loads a moment after the first paint, in tests it is loaded before any test renders.
import { loadEngine } from '../state/engine-loader.ts';

await loadEngine();
