import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { startStaticHost } from './static-host.ts';

export interface BuiltApp {
  base: string;
  browser: Browser;
  close: () => Promise<void>;
}

/**
 * Serves the build in `root`/dist as a static host does (static-host.ts) on `port` and launches Debian's
 * Chromium (or CHROMIUM_PATH) quietly: what the browser benchmark and the size budget measure against.
 */
export async function openBuiltApp(root: string, port: number): Promise<BuiltApp> {
  const server = await startStaticHost(path.join(root, 'dist'), port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  return {
    base: `http://localhost:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
