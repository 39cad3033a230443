/**
 * Builds a small site whose claims have every status and whose article and one party have pictures, and
 * checks what the pictures issue promises of the built pages: the status charts' numbers and labels in the
 * SVG and in its text equivalent, pictures through astro:assets, the mark of a party without a picture, and
 * the originals the open data points at.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';

const CONTENT = 'tests/fixtures/pictures-site/content';
let out: string;
/** One cache folder for this file's builds, so that the second build finds the first one's cards. */
const cache = mkdtempSync(path.join(tmpdir(), 'claimdesk-pictures-cache-'));

beforeAll(() => {
  out = buildSite(CONTENT, { CLAIMDESK_CACHE: cache });
});
afterAll(async () => {
  if (out) await rm(path.dirname(out), { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

const counts = async () => JSON.parse(await readFile(path.join(cache, 'claimdesk-cards/last-build.json'), 'utf8')) as { cards: number; made: number; reused: number };
const meta = (tree: Root, key: string) => {
  const node = select(`meta[property="${key}"], meta[name="${key}"]`, tree);
  return node ? String(node.properties.content) : undefined;
};

const page = async (file: string): Promise<Root> => fromHtml(await readFile(path.join(out, file, 'index.html'), 'utf8'));
const text = (node: Element | Root | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');

/** A chart's title, its visible legend and the rows of its hidden table, by the chart's caption. */
function chart(tree: Root, caption: string) {
  const figure = selectAll('figure.status-chart', tree).find((f) => text(select('figcaption', f)) === caption);
  if (!figure) throw new Error(`no chart "${caption}"`);
  const svg = select('svg.bar', figure)!;
  return {
    role: svg.properties.role,
    title: text(select('title', svg)),
    segments: selectAll('g.segment', svg).map((g) => [(g.properties.className as string[]).join(' '), selectAll('rect', g)[0]!.properties.x, selectAll('rect', g)[0]!.properties.width]),
    legend: selectAll('.legend li', figure).map(text),
    table: selectAll('table tr', figure).map((tr) => selectAll('th, td', tr).map(text)),
  };
}

describe('the built pictures site', () => {
  test('charts every status of the claims on /claims/, with the numbers in the SVG, its title and its table', async () => {
    const all = chart(await page('claims'), 'Every claim by status');
    expect(all.role).toBe('img');
    expect(all.title).toBe('Every claim by status. 10 claims: 1 unverified, 2 disputed, 1 denied, 3 corroborated, 1 confirmed, 2 false.');
    expect(all.segments).toEqual([
      ['segment status-unverified', '0%', '10%'],
      ['segment status-disputed', '10%', '20%'],
      ['segment status-denied', '30%', '10%'],
      ['segment status-corroborated', '40%', '30%'],
      ['segment status-confirmed', '70%', '10%'],
      ['segment status-false', '80%', '20%'],
    ]);
    expect(all.legend).toEqual(['Unverified 1 (10%)', 'Disputed 2 (20%)', 'Denied 1 (10%)', 'Corroborated 3 (30%)', 'Confirmed 1 (10%)', 'False 2 (20%)']);
    expect(all.table).toEqual([
      ['Status', 'Claims', 'Share'],
      ['Unverified', '1', '10%'],
      ['Disputed', '2', '20%'],
      ['Denied', '1', '10%'],
      ['Corroborated', '3', '30%'],
      ['Confirmed', '1', '10%'],
      ['False', '2', '20%'],
      ['All', '10', '100%'],
    ]);
  });

  test('charts every claim on the front page, with the same figures as /claims/', async () => {
    const front = chart(await page(''), 'Where the claims stand');
    expect(front.title).toBe('Where the claims stand. 10 claims: 1 unverified, 2 disputed, 1 denied, 3 corroborated, 1 confirmed, 2 false.');
    expect(front.table).toEqual(chart(await page('claims'), 'Every claim by status').table);
  });

  test("charts a party's claims made and claims about, each with its own figures", async () => {
    const tree = await page('parties/dora-vale');
    const made = chart(tree, 'Claims made by Dora Vale, by status');
    expect(made.title).toBe('Claims made by Dora Vale, by status. 5 claims made by Dora Vale: 1 unverified, 1 disputed, 2 corroborated, 1 false.');
    expect(made.legend).toEqual(['Unverified 1 (20%)', 'Disputed 1 (20%)', 'Corroborated 2 (40%)', 'False 1 (20%)']);
    const about = chart(tree, 'Claims about Dora Vale, by status');
    expect(about.table.slice(1, -1).map((row) => row[1])).toEqual(['0', '1', '1', '1', '1', '1']);
    // The patterns each chart fills with are its own: two charts on a page do not share ids.
    const ids = selectAll('pattern', tree).map((p) => p.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('shows pictures through astro:assets: AVIF and WebP sources, the fallback with width, height and alt', async () => {
    for (const [file, alt] of [
      ['articles/harbour-claims', 'A drawing of a harbour with two cranes'],
      ['parties/ruritania', 'Flag of Ruritania, three horizontal bands'],
    ] as const) {
      const picture = select('main picture', await page(file));
      expect(picture, file).toBeDefined();
      expect(selectAll('source', picture!).map((s) => s.properties.type)).toEqual(['image/avif', 'image/webp']);
      const img = select('img', picture!)!;
      expect(img.properties.alt).toBe(alt);
      expect(Number(img.properties.width)).toBeGreaterThan(0);
      expect(Number(img.properties.height)).toBeGreaterThan(0);
      expect(String(img.properties.src)).toMatch(/^\/_astro\/.+\.png$/);
    }
    expect(text(select('.lead-picture figcaption', await page('articles/harbour-claims')))).toBe('The harbour, drawn. Illustration: Claim Desk, CC0');
  });

  test('shows the lead story\'s picture on the front page, eager, with its credit and without its caption', async () => {
    const figure = select('.lead .lead-picture', await page(''))!;
    const img = select('img', figure)!;
    expect(img.properties.alt).toBe('A drawing of a harbour with two cranes');
    expect(img.properties.loading).toBe('eager');
    expect(text(select('figcaption', figure))).toBe('Illustration: Claim Desk, CC0');
  });

  test("puts the claimant's picture in the claim page's header (64 px, eager, credited) and on claim cards (40 px, lazy)", async () => {
    const head = select('.claim-head', await page('claims/claim-4-denied'))!;
    const img = select('picture img', head)!;
    expect([img.properties.alt, img.properties.loading]).toEqual(['Flag of Ruritania, three horizontal bands', 'eager']);
    expect(Math.max(Number(img.properties.width), Number(img.properties.height))).toBe(64);
    expect(text(select('.picture-credit', head))).toBe('Picture: Illustration: Claim Desk, CC0');
    // A claimant without a picture: the mark, and no credit.
    const other = select('.claim-head', await page('claims/claim-3-disputed'))!;
    expect(text(select('svg.party-mark text', other))).toBe('DV');
    expect(select('.picture-credit', other)).toBeUndefined();

    const cards = selectAll('.claim-summary', await page('claims'));
    expect(cards).toHaveLength(10);
    for (const card of cards) {
      const claimant = text(select('.claim-by', card));
      const picture = select('picture img', card);
      if (claimant === 'Ruritania') {
        expect([picture?.properties.alt, picture?.properties.loading, Math.max(Number(picture?.properties.width), Number(picture?.properties.height))]).toEqual(['Flag of Ruritania, three horizontal bands', 'lazy', 40]);
      } else {
        expect(picture).toBeUndefined();
        expect(select('svg.party-mark', card)?.properties.width).toBe('40');
      }
    }
  });

  test('draws the mark of a party without a picture from its initials', async () => {
    const mark = select('main svg.party-mark', await page('parties/dora-vale'));
    expect(text(select('text', mark!))).toBe('DV');
    expect(select('circle', mark!)).toBeDefined();
  });

  test('publishes the original pictures where parties.json points', async () => {
    const { parties } = JSON.parse(await readFile(path.join(out, 'data/parties.json'), 'utf8')) as { parties: { id: string; image?: Record<string, string> }[] };
    const image = parties.find((p) => p.id === 'ruritania')!.image!;
    expect(image).toEqual({ url: 'https://claimdesk.example/media/flag-of-ruritania.png', alt: 'Flag of Ruritania, three horizontal bands', credit: 'Illustration: Claim Desk, CC0' });
    const original = await readFile(path.join(out, 'media/flag-of-ruritania.png'));
    expect(original.equals(await readFile('tests/fixtures/pictures-site/content/media/flag-of-ruritania.png'))).toBe(true);
  });
});

describe('share cards', () => {
  test('every article and claim page links an og:image in dist/, a 1200x630 PNG, with its size, alt and a large Twitter card', async () => {
    const pages = ['articles/harbour-claims', ...(await readdir(path.join(out, 'claims'))).filter((name) => name.startsWith('claim-')).map((name) => `claims/${name}`)];
    expect(pages).toHaveLength(11);
    for (const file of pages) {
      const tree = await page(file);
      const image = meta(tree, 'og:image');
      expect(image, file).toMatch(/^https:\/\/claimdesk\.example\/cards\/(articles|claims)\/[a-z0-9-]+\.png$/);
      const png = path.join(out, new URL(image!).pathname);
      const { format, width, height } = await sharp(png).metadata();
      expect({ format, width, height }, file).toEqual({ format: 'png', width: 1200, height: 630 });
      expect([meta(tree, 'og:image:width'), meta(tree, 'og:image:height')]).toEqual(['1200', '630']);
      expect(meta(tree, 'og:image:alt')?.length, file).toBeGreaterThan(10);
      expect(meta(tree, 'twitter:card'), file).toBe('summary_large_image');
    }
  });

  test('a rated claim has a card of its own that names the claimant and the status; an unverified one links its article\'s card', async () => {
    expect(meta(await page('claims/claim-4-denied'), 'og:image')).toBe('https://claimdesk.example/cards/claims/claim-4-denied.png');
    expect(meta(await page('claims/claim-4-denied'), 'og:image:alt')).toMatch(/^Ruritania claims: Claim number 4 .* Status: Denied\.$/);
    expect(meta(await page('claims/claim-1-unverified'), 'og:image')).toBe('https://claimdesk.example/cards/articles/harbour-claims.png');
  });

  test('a second build with no change makes no card, reuses all ten, and publishes the same bytes', async () => {
    expect(await counts()).toEqual({ cards: 10, made: 10, reused: 0, ms: expect.any(Number) });
    const again = buildSite(CONTENT, { CLAIMDESK_CACHE: cache });
    try {
      expect(await counts()).toEqual({ cards: 10, made: 0, reused: 10, ms: expect.any(Number) });
      for (const name of await readdir(path.join(out, 'cards/claims'))) {
        const [a, b] = await Promise.all([readFile(path.join(out, 'cards/claims', name)), readFile(path.join(again, 'cards/claims', name))]);
        expect(a.equals(b), name).toBe(true);
      }
    } finally {
      await rm(path.dirname(again), { recursive: true, force: true });
    }
  });
});
