import { defineConfig } from 'vitest/config';

/**
 * Unit tests run twice, in two time zones far apart, so that a date shifted by a time zone fails one of
 * them. The build-level test runs once: it builds a fixture site with Astro.
 */
const unit = ['tests/**/*.test.ts'];
const site = ['tests/site/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'tz-honolulu', include: unit, exclude: site, env: { TZ: 'Pacific/Honolulu' } } },
      { test: { name: 'tz-kiritimati', include: unit, exclude: site, env: { TZ: 'Pacific/Kiritimati' } } },
      { test: { name: 'site', include: site, fileParallelism: false, testTimeout: 180_000, hookTimeout: 180_000 } },
    ],
  },
});
