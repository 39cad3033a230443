import { expect, test } from '@playwright/test';
import { audit } from '../../bench/lighthouse-audit.ts';
import { ARTICLE } from './pages.ts';

/**
 * Lighthouse scores 100 for accessibility, best practices and SEO on the home, article, claim and timeline
 * pages (Lighthouse's default mobile settings, the system's Chromium). Performance is not gated here: on a
 * shared machine it measures the machine; `npm run lighthouse` reports it.
 * One page at a time, on one debugging port: E2E_PORT + 2 (the preview servers have E2E_PORT and the next).
 */
const PAGES = [
  { name: 'home', path: '' },
  { name: 'article', path: ARTICLE },
  { name: 'claim', path: 'claims/naim-witkoff-promised-deal/' },
  { name: 'timeline', path: 'timeline/' },
  { name: 'timeline year', path: 'timeline/2024/' },
];
const port = Number(process.env.E2E_PORT ?? 4321) + 2;

test.describe.configure({ mode: 'serial' });

for (const { name, path } of PAGES) {
  test(`Lighthouse: the ${name} page scores 100 for accessibility, best practices and SEO`, async ({ baseURL }) => {
    test.setTimeout(300_000);
    const result = await audit(new URL(path, baseURL).href, { categories: ['accessibility', 'best-practices', 'seo'], port });
    expect(result.failing).toEqual([]);
    expect(result.scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  });
}
