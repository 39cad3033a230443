import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { ARTICLE } from './pages.ts';

/**
 * Pages that show the seed content's pictures: the front page's lead story and the article's lead picture
 * (the illustration), the claim page's header and claim cards (Israel's flag beside its claim, the marks of
 * the others), and the parties' own pages (flags).
 */
const PICTURE_PAGES = ['', ARTICLE, 'claims/israel-offensive-stated-aims/', 'claims/', 'parties/israel/', 'parties/libya/'];

/** Pages with charts drawn at build time: the status bar (front page, claims, party) and the events a month. */
const CHART_PAGES = [
  { path: '', charts: 1 },
  { path: 'claims/', charts: 1 },
  { path: 'parties/israel/', charts: 2 },
  { path: 'timeline/2025/', charts: 1 },
];

for (const path of PICTURE_PAGES) {
  test(`${path || '/'}: every picture has alt text, a width and height, a srcset, loads, and comes from the site`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:')) requested.push(request.url());
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
      expect(new URL(image.src).origin, 'the picture comes from the site').toBe(origin);
    }
    // Pages, styles, fonts, pictures: nothing leaves the site's origin.
    expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
  });
}

test('the claim page shows the claimant: a picture in the header, with its credit; a claim card shows a small one', async ({ page }) => {
  await page.goto('claims/israel-offensive-stated-aims/');
  const picture = page.locator('.claim-head img');
  await expect(picture).toHaveAttribute('alt', 'Flag of Israel');
  await expect(picture).toHaveAttribute('loading', 'eager');
  const box = (await page.locator('.claim-head picture').boundingBox())!;
  expect(Math.max(box.width, box.height)).toBe(64);
  await expect(page.locator('.claim-head .picture-credit')).toHaveText(/^Picture: Flag of Israel, public domain/);

  await page.goto('parties/israel/');
  const card = page.locator('#made ~ .claim-summary[data-claim-id="israel-offensive-stated-aims"] img');
  await expect(card).toHaveAttribute('loading', 'lazy');
  await expect(card).toHaveAttribute('width', '40');
});

test('the front page leads with the lead story\'s picture, loaded at once, its credit shown', async ({ page }) => {
  await page.goto('');
  const img = page.locator('.lead .lead-picture img');
  await expect(img).toHaveAttribute('loading', 'eager');
  await expect(img).toHaveAttribute('fetchpriority', 'high');
  await expect(page.locator('.lead .lead-picture figcaption')).toHaveText('Illustration: Claim Desk, CC0');
});

for (const { path, charts } of CHART_PAGES) {
  test(`${path || '/'}: ${charts} chart(s), drawn as SVG with a text equivalent; axe finds no violation in them`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('main figure.status-chart, main figure.count-bars');
    await expect(figures).toHaveCount(charts);
    for (const figure of await figures.all()) {
      await expect(figure.locator('svg').first()).toBeVisible();
      expect((await figure.locator('figcaption').textContent())?.trim()).toBeTruthy();
    }
    const { violations } = await new AxeBuilder({ page })
      .include('main figure.status-chart')
      .include('main figure.count-bars')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }))).toEqual([]);
  });
}
