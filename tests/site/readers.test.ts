/**
 * Builds the readers' fixture site once (under a preview base path, into a temporary folder) and checks
 * what the reader-facing issue promises: feeds, sitemap, search index, filter pages, ratings, 404, open
 * data, TimelineJS export, and structured data that parses and says what it should.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OPEN_DATA_FILES, OPEN_DATA_NAMES } from '../../src/schemas/open-data.ts';
import { STATUS_IDS } from '../../src/schemas/status.ts';
import { buildSite } from './build-site.ts';

const SITE = 'https://preview.example';
const BASE = '/pr-5/';
let out: string;

beforeAll(() => {
  // One article a part of the search index, so that this small site is indexed in parts as a large archive is.
  out = buildSite('tests/fixtures/readers-site/content', { SITE_URL: SITE, BASE_PATH: BASE, CLAIMDESK_SEARCH_PART: '1' });
});
afterAll(() => rm(path.dirname(out), { recursive: true, force: true }));

const read = (file: string) => readFile(path.join(out, file), 'utf8');
const json = async (file: string) => JSON.parse(await read(file)) as Record<string, unknown>;

async function htmlFiles(dir = ''): Promise<string[]> {
  const entries = await readdir(path.join(out, dir), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? (e.name === 'pagefind' ? [] : htmlFiles(path.join(dir, e.name))) : e.name.endsWith('.html') ? [path.join(dir, e.name)] : [])),
  );
  return nested.flat().sort();
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe('the built readers site', () => {
  test('has the feeds, sitemap, search page and index, ratings page, 404 page and data files', async () => {
    for (const file of [
      'rss.xml',
      'claims/status-changes.xml',
      'sitemap-index.xml',
      'search/index.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'sources/index.html',
      'sources/naim-interview/index.html',
      'about/ratings/index.html',
      '404.html',
      'data/timeline.json',
      ...OPEN_DATA_NAMES.flatMap((name) => [`data/${name}.json`, `data/schema/${name}.json`]),
    ]) {
      await expect(read(file), file).resolves.toBeTruthy();
    }
  });

  test('has a sitemap of every page but the 404 page, under the base', async () => {
    expect(await read('sitemap-index.xml')).toContain(`<sitemap><loc>${SITE}${BASE}sitemap-0.xml</loc></sitemap>`);
    const listed = [...(await read('sitemap-0.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = (await htmlFiles()).filter((file) => file !== '404.html').map((file) => `${SITE}${BASE}${file.replace(/index\.html$/, '')}`);
    expect(listed).toEqual(pages.sort());
  });

  test('has a page for every status, an empty one saying so, and no claimant pages beside the party lists', async () => {
    for (const status of STATUS_IDS) await expect(read(`claims/status/${status}/index.html`), status).resolves.toContain('<h1>');
    expect(await read('claims/status/false/index.html')).toContain('No claim has this status at present.');
    expect(await read('claims/status/disputed/index.html')).toContain(`href="${BASE}claims/naim-promise/"`);
    await expect(read('claims/claimant/index.html')).rejects.toThrow();
    // The claimant filter links to the claims the party made: its page's section, or its full list when it has one.
    expect(await read('claims/index.html')).toContain(`href="${BASE}parties/white-house/#made"`);
    expect(await read('parties/white-house/index.html')).toContain(`href="${BASE}claims/white-house-denial/"`);
    expect(await read('claims/index.html')).toContain(`href="${BASE}claims/status/disputed/"`);
  });

  test('has an element per status on the ratings page', async () => {
    const html = await read('about/ratings/index.html');
    for (const status of STATUS_IDS) expect(html).toContain(`id="${status}"`);
  });

  test('has canonical, Open Graph and Twitter meta under the base path on every page', async () => {
    const files = await htmlFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const file of files.filter((f) => f !== '404.html')) {
      const html = await read(file);
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(canonical, file).toBe(`${SITE}${BASE}${file.replace(/index\.html$/, '')}`);
      expect(html, file).toContain(`<meta property="og:url" content="${canonical}"`);
      // Article and claim pages have a share card, under the base, and a large Twitter card; others a text one.
      const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
      if (image || /^articles\/[^/]+\/index\.html$/.test(file)) {
        expect(image, file).toMatch(new RegExp(`^${SITE}${BASE}cards/(articles|claims)/[a-z0-9-]+\\.png$`));
      }
      expect(html, file).toContain(`<meta name="twitter:card" content="${image ? 'summary_large_image' : 'summary'}">`);
      expect(html, file).toMatch(/<html lang="[a-z]{2}/);
    }
  });

  test('has JSON-LD that parses on every page, a NewsArticle type per article, and escapes <', async () => {
    const article = await read('articles/envoy-promise/index.html');
    const [ld] = jsonLd(article);
    expect(ld).toMatchObject({ '@type': 'AnalysisNewsArticle', headline: "Envoy's promise </script><script>alert(1)</script> disputed", dateline: 'Doha' });
    expect(ld?.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2025-05-18', text: 'An earlier version gave the wrong day for the interview.' }]);
    // The headline's `</script>` did not end the element: the whole of it is inside the JSON, escaped.
    expect(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(article)?.[1]).toContain('\\u003c/script\\u003e');
    expect(jsonLd(await read('articles/earlier-report/index.html'))[0]?.['@type']).toBe('NewsArticle');
    for (const file of await htmlFiles()) jsonLd(await read(file));
  });

  test('has a ClaimReview only on the page of an assessed claim, with its required properties', async () => {
    const reviewOf = (file: string) => jsonLd(file).filter((data) => (data as { '@type'?: string })['@type'] !== 'BreadcrumbList');
    const [review, ...rest] = reviewOf(await read('claims/naim-promise/index.html'));
    expect(rest).toEqual([]);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: `${SITE}${BASE}claims/naim-promise/`,
      claimReviewed: 'Steve Witkoff promised that the US would press Israel into a ceasefire.',
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Basem Naim' }, datePublished: '2025-05-16', appearance: [{ url: 'https://example.org/naim-interview' }] },
    });
    expect(reviewOf(await read('claims/white-house-denial/index.html'))).toEqual([]);
  });

  test('has breadcrumbs under the base on a claim page, the same in the page and in BreadcrumbList JSON-LD', async () => {
    const html = await read('claims/naim-promise/index.html');
    const trail = jsonLd(html).find((data) => data['@type'] === 'BreadcrumbList') as { itemListElement: { name: string; item: string }[] };
    expect(trail.itemListElement.map(({ name, item }) => [name, item])).toEqual([
      ['Claims', `${SITE}${BASE}claims/`],
      ['Basem Naim', `${SITE}${BASE}parties/basem-naim/#made`],
      ['Steve Witkoff promised that the US would press Israel into a ceasefire.', `${SITE}${BASE}claims/naim-promise/`],
    ]);
    expect(html).toContain(`<nav class="breadcrumbs"`);
    expect(html).toContain(`href="${BASE}parties/basem-naim/#made"`);
  });

  test('has feeds with the article, its correction and the status change, dated by calendar day', async () => {
    const rss = await read('rss.xml');
    expect(rss).toContain(`<link>${SITE}${BASE}articles/envoy-promise/#correction-1</link>`);
    expect(rss).toContain('<pubDate>Sun, 18 May 2025 00:00:00 GMT</pubDate>');
    expect(rss).not.toContain('lastBuildDate');
    const changes = await read('claims/status-changes.xml');
    expect(changes).toContain('<title>Claim by Basem Naim now Disputed, was Unverified</title>');
  });

  test('has open data that its schemas accept, with JSON Schemas whose $id is their address', async () => {
    for (const name of OPEN_DATA_NAMES) {
      expect(OPEN_DATA_FILES[name].safeParse(await json(`data/${name}.json`)).error, name).toBeUndefined();
      expect((await json(`data/schema/${name}.json`)).$id).toBe(`${SITE}${BASE}data/schema/${name}.json`);
    }
  });

  test('has a TimelineJS export with every event, each with only its known precision', async () => {
    const { events } = (await json('data/events.json')) as { events: { id: string }[] };
    const timeline = (await json('data/timeline.json')) as { events: { unique_id: string; start_date: object; end_date?: object; text: { headline: string } }[] };
    expect(timeline.events.map((e) => e.unique_id).sort()).toEqual(events.map((e) => e.id).sort());
    const byId = Object.fromEntries(timeline.events.map((e) => [e.unique_id, e]));
    expect(byId['year-only']?.start_date).toEqual({ year: 2024 });
    expect(byId['talks-in-spring']).toMatchObject({ start_date: { year: 2025, month: 4, day: 19 }, end_date: { year: 2025, month: 4, day: 21 } });
  });

  test('has a search index in parts, with the articles, claims by status and claimant, and kinds', async () => {
    type Fragment = { url: string; content: string; filters: Record<string, string[]> };
    const part = async (folder: string) => {
      const dir = path.join(out, folder, 'fragment');
      const fragments = await Promise.all(
        (await readdir(dir)).map(async (f) => JSON.parse(gunzipSync(await readFile(path.join(dir, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment),
      );
      return Object.fromEntries(fragments.map((f) => [f.url, f]));
    };
    // The parties in the first part; each article with its claims in the part its id hashes to: with one
    // article a part, the two ids share a part of two, so there are three article parts, one of them empty
    // and not written (src/build/search-plan.ts).
    const [parties, envoy, earlier] = [await part('pagefind'), await part('pagefind/part-3'), await part('pagefind/part-4')];
    expect(Object.keys(parties).sort()).toEqual(['/parties/basem-naim/', '/parties/steve-witkoff/', '/parties/white-house/']);
    expect(Object.keys(envoy).sort()).toEqual(['/articles/envoy-promise/', '/claims/naim-promise/', '/claims/white-house-denial/']);
    expect(Object.keys(earlier)).toEqual(['/articles/earlier-report/']);
    expect(existsSync(path.join(out, 'pagefind/part-2'))).toBe(false);
    expect(envoy['/articles/envoy-promise/']?.content).toContain('Witkoff');
    expect(envoy['/articles/envoy-promise/']?.filters).toEqual({ kind: ['Article'] });
    expect(envoy['/claims/naim-promise/']?.filters).toEqual({ kind: ['Claim'], status: ['Disputed'], claimant: ['Basem Naim'] });
    const form = (await read('search/index.html')).match(/<form[^>]*class="search-form"[^>]*>/)![0];
    expect(form).toContain(`data-bundle="${BASE}pagefind/"`);
    expect(form).toContain(`data-merge="${BASE}pagefind/part-3/ ${BASE}pagefind/part-4/"`);
  });

  test('has a search page that says something useful without JavaScript', async () => {
    const html = await read('search/index.html');
    expect(html).toContain('Search needs JavaScript');
    expect(html).toContain(`href="${BASE}claims/status/unverified/"`);
    expect(html).toMatch(/<form[^>]*class="search-form"[^>]*hidden/);
  });
});
