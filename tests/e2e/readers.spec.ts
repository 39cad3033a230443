import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { PAGE_TYPES } from './pages.ts';

/**
 * What a reader sees first, for every page type at a phone's and a desktop's first screen, in the light and
 * the dark scheme: one h1, no sideways scrolling, no WCAG 2.1 A/AA violation, nothing fetched from another
 * origin (the fonts are the site's own), the claim's status inside the first screen, and the footer at the
 * bottom of a short page. A full-page screenshot of each is kept as a test attachment.
 */
const VIEWPORTS = [
  { device: 'phone', width: 360, height: 640 },
  { device: 'desktop', width: 1280, height: 800 },
] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// A screenshot and an axe run each: more than Playwright's 30 s on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { device, width, height } of VIEWPORTS) {
    for (const type of PAGE_TYPES) {
      test(`${type.name}, ${device} ${width}x${height}, ${colorScheme}: reads as it should, screenshot kept`, async ({ page, baseURL }, testInfo) => {
        const origin = new URL(baseURL!).origin;
        const elsewhere: string[] = [];
        page.on('request', (request) => {
          const address = request.url();
          if (!address.startsWith('data:') && new URL(address).origin !== origin) elsewhere.push(address);
        });
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(type.path);
        expect(response?.status()).toBe(type.status);
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);

        const path = testInfo.outputPath(`${type.name.replaceAll(' ', '-')}-${width}-${colorScheme}.png`);
        await page.screenshot({ path, fullPage: true });
        await testInfo.attach(`${type.name} at ${width}px, ${colorScheme}`, { path, contentType: 'image/png' });

        await expect(page.locator('h1')).toHaveCount(1);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, 'sideways scroll').toBeLessThanOrEqual(0);
        expect(elsewhere, 'requests to another origin').toEqual([]);
        expect(await page.evaluate(() => document.fonts.check('1em "Source Serif 4 Variable"')), 'text face loaded').toBe(true);

        if (type.name === 'claim') {
          const badge = await page.locator('.claim-head .status-large').boundingBox();
          expect(badge, 'status badge').not.toBeNull();
          expect(badge!.y + badge!.height, 'status badge inside the first screen').toBeLessThanOrEqual(height);
        }

        const { pageHeight, footerBottom } = await page.evaluate(() => ({
          pageHeight: document.documentElement.scrollHeight,
          footerBottom: document.querySelector('.site-footer')!.getBoundingClientRect().bottom,
        }));
        if (pageHeight <= height) expect(Math.round(footerBottom), 'footer at the bottom of a short page').toBe(height);
        if (type.name === 'not found' && device === 'desktop') expect(pageHeight, 'a short page').toBeLessThanOrEqual(height);

        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`) }))).toEqual([]);
      });
    }
  }
}
