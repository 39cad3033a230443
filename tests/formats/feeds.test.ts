import { getRssString } from '@astrojs/rss';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { articleFeed, articleFeedItems, feedDate, statusChangeFeed, statusChangeItems } from '../../src/formats/feeds.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { partySchema } from '../../src/schemas/party.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { articles, fixtureGraph, links, parties, sources } from '../fixtures/graph.ts';

describe('feedDate', () => {
  test('returns midnight UTC of the calendar day, whatever the local time zone', () => {
    expect(feedDate('2025-05-17').toUTCString()).toBe('Sat, 17 May 2025 00:00:00 GMT');
  });
});

describe('articleFeedItems', () => {
  test('returns articles and each correction or update, newest first', () => {
    const items = articleFeedItems(fixtureGraph(), links);
    expect(items.map((i) => [i.title, i.link, i.pubDate?.toUTCString()])).toEqual([
      ['Update: Hamas official says &lt;US&gt; broke a promise', 'https://news.example/pr-1/articles/naim-deal/#correction-2', 'Mon, 19 May 2025 00:00:00 GMT'],
      ['Correction: Hamas official says &lt;US&gt; broke a promise', 'https://news.example/pr-1/articles/naim-deal/#correction-1', 'Sun, 18 May 2025 00:00:00 GMT'],
      ['Hamas official says &lt;US&gt; broke a promise', 'https://news.example/pr-1/articles/naim-deal/', 'Sat, 17 May 2025 00:00:00 GMT'],
      ['An older report', 'https://news.example/pr-1/articles/older-report/', 'Sat, 01 Jun 2024 00:00:00 GMT'],
    ]);
  });

  test('returns the article content with its corrections log, escaped', () => {
    const [, , article] = articleFeedItems(fixtureGraph(), links);
    expect(article?.content).toBe(
      '<p>Basem Naim says Steve Witkoff promised a deal.</p><h2>Corrections and updates</h2><ul>' +
        '<li>18 May 2025, correction: An earlier version misspelt Naim.</li><li>19 May 2025, update: Adds the White House response.</li></ul>',
    );
    expect(article?.description).toBe('Basem Naim says Steve Witkoff promised a deal.');
  });

  test('returns at most `limit` items, the newest', () => {
    expect(articleFeedItems(fixtureGraph(), links, 2).map((i) => i.link)).toEqual([
      'https://news.example/pr-1/articles/naim-deal/#correction-2',
      'https://news.example/pr-1/articles/naim-deal/#correction-1',
    ]);
  });
});

describe('statusChangeItems', () => {
  test('returns every assessment step, newest first, naming the claimant and the change in words', () => {
    const items = statusChangeItems(fixtureGraph(), links);
    expect(items.map((i) => [i.title, i.link, i.pubDate?.toUTCString()])).toEqual([
      ['Claim by Basem Naim now Disputed, was Unverified', 'https://news.example/pr-1/claims/naim-deal-claim/#assessment-2', 'Tue, 20 May 2025 00:00:00 GMT'],
      ['Claim by Basem Naim rated Unverified', 'https://news.example/pr-1/claims/naim-deal-claim/#assessment-1', 'Sat, 17 May 2025 00:00:00 GMT'],
      ['Claim by US government rated Unverified', 'https://news.example/pr-1/claims/talks-claim/#assessment-1', 'Sat, 17 May 2025 00:00:00 GMT'],
      ['Claim by Hamas rated Confirmed', 'https://news.example/pr-1/claims/hamas-2024-claim/#assessment-1', 'Sat, 01 Jun 2024 00:00:00 GMT'],
    ]);
  });

  test('returns the statement and rationale with markup escaped', () => {
    const [change] = statusChangeItems(fixtureGraph(), links);
    expect(change?.content).toBe(
      '<p>Basem Naim says: Witkoff promised an end to the blockade.</p>' +
        '<p>Status on 20 May 2025: <strong>Disputed</strong> (was Unverified). The White House denies &#60;it&#62;.</p>',
    );
  });
});

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The fixture graph with the hostile text in every text field a feed carries. */
function hostileGraph() {
  const article = structuredClone(articles['naim-deal']!);
  Object.assign(article, { title: `T ${HOSTILE}`, dek: `D ${HOSTILE}`, tags: [`tag ${HOSTILE}`] });
  article.corrections = article.corrections!.map((c) => ({ ...c, text: `C ${HOSTILE}` }));
  article.claims = article.claims!.map((claim) => ({
    ...claim,
    statement: `S ${HOSTILE}`,
    assessment: claim.assessment.map((step) => ({ ...step, rationale: `R ${HOSTILE}` })),
  }));
  return buildGraph({
    articles: [{ id: 'naim-deal', file: 'content/articles/naim-deal.md', data: articleSchema.parse(article) }],
    parties: Object.entries(parties).map(([id, data]) => ({ id, data: partySchema.parse({ ...data, name: `P ${HOSTILE}` }) })),
    sources: Object.entries(sources).map(([id, data]) => ({ id, data: sourceSchema.parse(data) })),
  });
}

/** Elements an HTML parser finds in `html` (a fragment), beyond the ones it adds itself. */
const elements = (html: string) => selectAll('*', fromHtml(html, { fragment: true }) as Root).map((node: Element) => node.tagName);

const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe.each([
  ['articleFeed', articleFeed],
  ['statusChangeFeed', statusChangeFeed],
])('%s', (_, feed) => {
  test('returns a well-formed RSS 2.0 feed in which no content text becomes markup, in any field', async () => {
    const xml = await getRssString(feed(hostileGraph(), links));
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: false, isArray: (name) => ['item', 'category'].includes(name) }).parse(xml);
    expect(rss['@_version']).toBe('2.0');
    const { channel } = rss;
    for (const field of ['title', 'link', 'description']) expect(typeof channel[field], field).toBe('string');
    expect(channel.item.length).toBeGreaterThan(0);
    let hostile = 0;
    for (const item of channel.item) {
      expect(item.title ?? item.description).toBeDefined();
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.guid['#text']).toBe(item.link);
      // What a reader gets once the XML is decoded, read as HTML: text only, the hostile markup as words.
      for (const text of [item.title, item.description, ...(item.category ?? [])]) {
        expect(elements(text), text).toEqual([]);
        if (text.includes('&lt;img')) hostile++;
      }
      if (item['content:encoded']) {
        expect(elements(item['content:encoded'])).not.toContain('img');
        expect(item['content:encoded']).not.toMatch(/<img/);
      }
    }
    expect(hostile).toBeGreaterThan(0);
  });
});
