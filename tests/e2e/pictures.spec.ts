import { expect, test } from '@playwright/test';
import { ARTICLE } from './pages.ts';

/** Pages that show the seed content's pictures: the article's lead picture, parties' flags. */
const PAGES = [ARTICLE, 'parties/israel/', 'parties/libya/'];

for (const path of PAGES) {
  test(`${path || '/'}: every picture has alt text, a width and height, a srcset, loads, and comes from the site`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (['image', 'media', 'font'].includes(request.resourceType())) requested.push(request.url());
    });
    await page.goto(path);
    // Lazy pictures load once scrolled to: bring each into view and wait for it.
    for (const img of await page.locator('main img').all()) {
      await img.scrollIntoViewIfNeeded();
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
    }
    await page.waitForLoadState('networkidle');
    const images = await page.locator('main img').evaluateAll((list) =>
      (list as HTMLImageElement[]).map((img) => ({
        src: img.currentSrc,
        alt: img.getAttribute('alt'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        srcset: img.getAttribute('srcset') ?? '',
        sources: [...(img.parentElement?.querySelectorAll('source') ?? [])].map((source) => source.getAttribute('type')),
      })),
    );
    expect(images.length, 'pictures on the page').toBeGreaterThan(0);
    for (const image of images) {
      expect(image.alt?.trim(), image.src).toBeTruthy();
      expect(Number(image.width), image.src).toBeGreaterThan(0);
      expect(Number(image.height), image.src).toBeGreaterThan(0);
      expect(image.srcset, image.src).toMatch(/ \d+w/);
      expect(image.sources, image.src).toEqual(['image/avif', 'image/webp']);
    }
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
}
