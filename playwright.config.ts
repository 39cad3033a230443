import { defineConfig } from '@playwright/test';

/**
 * Browser checks of the built site (`dist/`), served by `astro preview` on 127.0.0.1, in the system's
 * Chromium (`npx playwright install` is not needed). `npm run test:e2e` builds first; see tests/e2e/run.sh.
 *
 * CHROMIUM_PATH: another local Chrome or Chromium. E2E_PORT: the preview port, if 4321 is taken (the site
 * with its search index in parts is served on the next port).
 * BASE_PATH: the sub-path the site was built for (the preview serves it there, and the tests follow).
 */
const port = Number(process.env.E2E_PORT ?? 4321);
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // --no-sandbox: Chromium refuses to start as root without it (CI runs as root).
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: [
    {
      command: `astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}${base}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The site tests/e2e/run.sh builds with its search index in parts (search.spec.ts).
      // --ignore-lock: Astro allows one tracked preview server per project; this one runs beside it.
      command: `astro preview --ignore-lock --host 127.0.0.1 --port ${port + 1}`,
      url: `http://127.0.0.1:${port + 1}${base}`,
      env: { CLAIMDESK_OUT: `${process.env.CLAIMDESK_OUT ?? 'dist'}-search-parts` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
