import type { Page } from '@playwright/test';

/**
 * One page of each type, by path relative to the site's base, with the HTTP status it is served with.
 * Paths come from the first article's content, which the site always ships.
 */
export interface PageType {
  name: string;
  path: string;
  status: number;
}

export const ARTICLE = 'articles/hamas-official-alleges-broken-us-promise/';

export const PAGE_TYPES: PageType[] = [
  { name: 'home', path: '', status: 200 },
  { name: 'article', path: ARTICLE, status: 200 },
  { name: 'timeline', path: 'timeline/', status: 200 },
  { name: 'timeline year', path: 'timeline/2024/', status: 200 },
  { name: 'claims index', path: 'claims/', status: 200 },
  { name: 'claim', path: 'claims/naim-witkoff-promised-deal/', status: 200 },
  { name: 'parties index', path: 'parties/', status: 200 },
  { name: 'party', path: 'parties/basem-naim/', status: 200 },
  { name: 'claims by status', path: 'claims/status/unverified/', status: 200 },
  { name: 'statuses index', path: 'claims/status/', status: 200 },
  { name: 'sources index', path: 'sources/', status: 200 },
  { name: 'source', path: 'sources/drop-site-naim-interview/', status: 200 },
  { name: 'search', path: 'search/', status: 200 },
  { name: 'ratings', path: 'about/ratings/', status: 200 },
  { name: 'not found', path: 'no-such-page/', status: 404 },
];

/**
 * Collects what the page reports as errors: uncaught exceptions and `console.error` messages. The browser's
 * own "Failed to load resource" message for a document served on purpose with an error status is left out.
 */
export function collectErrors(page: Page, expectedStatus = 200): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const ownStatus = expectedStatus !== 200 && message.location().url === page.url() && message.text().startsWith('Failed to load resource');
    if (!ownStatus) errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return errors;
}
