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
