import { expect, test } from '@playwright/test';
import { ARTICLE, collectErrors } from './pages.ts';

test('search for "Witkoff" on /search/ finds the article', async ({ page }) => {
  const errors = collectErrors(page);
  const response = await page.goto('search/');
  expect(response?.status()).toBe(200);
  const result = page.locator(`main a[href*="${ARTICLE}"]`).first();
  await expect(result).toHaveCount(0);
  await page.getByRole('searchbox').or(page.getByRole('textbox')).first().fill('Witkoff');
  await expect(result).toBeVisible({ timeout: 10_000 });
  expect(errors).toEqual([]);
});

test('search merges the parts of an index built in parts, and filters across them', async ({ page, baseURL }) => {
  // The readers' fixture site, built by run.sh with one article a part of the index and served on the next port.
  const site = new URL(baseURL!);
  site.port = String(Number(site.port) + 1);
  const errors = collectErrors(page);
  const titles = page.locator('#search-results h2');
  // Words of the article in the second part.
  await page.goto(new URL('search/?q=earlier', site).href);
  await expect(titles.filter({ hasText: 'An earlier report' })).toHaveCount(1, { timeout: 10_000 });
  // A filter over both parts: the article of each.
  await page.goto(new URL('search/?kind=Article', site).href);
  await expect(titles).toHaveCount(2, { timeout: 10_000 });
  await expect(titles.filter({ hasText: 'An earlier report' })).toHaveCount(1);
  expect(errors).toEqual([]);
});
