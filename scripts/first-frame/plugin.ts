import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { FirstFrame } from '../../src/app/first-frame.tsx';
import { pageWithFirstFrame } from './page-with-first-frame.ts';

/** Where the build-time renderer is bundled (inside the project, so it finds react and react-dom). */
const RENDERER_DIR = 'node_modules/.first-frame';

/**
 * `vite build` writes the default plan's first frame into dist/index.html (docs/decisions/0008): once
 * the app is built, it bundles src/app/first-frame.tsx for Node with the same config, renders the app
 * with it, and puts that HTML and the guard script into the page. Every build does this (npm start,
 * the tests, the benchmarks), so what is measured and tested is what is deployed.
 */
export function firstFramePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'first-frame',
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle() {
      const outDir = path.join(config.root, RENDERER_DIR);
      await build({
        root: config.root,
        mode: config.mode,
        logLevel: 'warn',
        ...(config.configFile === undefined ? {} : { configFile: config.configFile }),
        build: {
          ssr: 'src/app/first-frame.tsx',
          outDir,
          emptyOutDir: true,
          copyPublicDir: false,
          rollupOptions: { output: { entryFileNames: 'first-frame.mjs' } },
        },
      });
      const url = `${pathToFileURL(path.join(outDir, 'first-frame.mjs')).href}?built=${Date.now()}`;
      const { renderFirstFrame } = (await import(url)) as { renderFirstFrame: () => FirstFrame };
      const page = path.resolve(config.root, config.build.outDir, 'index.html');
      writeFileSync(page, pageWithFirstFrame(readFileSync(page, 'utf8'), renderFirstFrame()));
    },
  };
}
