import { expect, test } from '@playwright/test';
import { collectErrors, PAGE_TYPES } from './pages.ts';

for (const type of PAGE_TYPES) {
  test.describe(type.name, () => {
    test(`serves ${type.path || '/'} with status ${type.status} and no console errors`, async ({ page }) => {
      const errors = collectErrors(page, type.status);
      const response = await page.goto(type.path);
      await page.waitForLoadState('networkidle');
      expect(response?.status()).toBe(type.status);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(errors).toEqual([]);
    });
  });
}
