import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { firstFramePlugin } from './scripts/first-frame/plugin.ts';

/**
 * index.html carries a strict Content-Security-Policy (no inline scripts or styles). The dev server injects
 * CSS as inline <style> elements, which that policy blocks (the page renders unstyled), so `vite` (dev)
 * serves the page without the CSP meta tag. `vite build` keeps it: the built app is what users and the
 * e2e tests get.
 */
function devServerWithoutCsp(): Plugin {
  return {
    name: 'dev-server-without-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
    },
  };
}

export default defineConfig({
  plugins: [react(), devServerWithoutCsp(), firstFramePlugin()],
});
