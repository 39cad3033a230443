import { expect, test } from '@playwright/test';
import { collectErrors, PAGE_TYPES } from './pages.ts';

const WIDTHS = { phone: 360, desktop: 1280 };

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

    for (const [device, width] of Object.entries(WIDTHS)) {
      test(`fits a ${device} screen (${width}px) without sideways scrolling, screenshot kept`, async ({ page }, testInfo) => {
        await page.setViewportSize({ width, height: 800 });
        const response = await page.goto(type.path);
        expect(response?.status()).toBe(type.status);
        const path = testInfo.outputPath(`${type.name.replaceAll(' ', '-')}-${width}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${type.name} at ${width}px`, { path, contentType: 'image/png' });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}
