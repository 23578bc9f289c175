import { defineConfig, devices } from '@playwright/test';

// Debian's chromium (scripts/ensure-chromium.sh makes sure it is there). `playwright install` cannot
// download browsers on these machines, so we never call it. Playwright itself adds
// --headless --no-sandbox --disable-dev-shm-usage; the flags below only keep the browser quiet.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets several checkouts run their end-to-end tests side by side (default 4173, what `npm start` serves).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://localhost:${port}`,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: [
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The built app, exactly what `npm start` serves.
    command: `npm run build && npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    // Outside CI a preview already running on that port is reused (it may serve an old dist/); CI=1 forces a fresh one.
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
});
