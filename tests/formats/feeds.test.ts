import { describe, expect, test } from 'vitest';
import { articleFeedItems, feedDate, statusChangeItems } from '../../src/formats/feeds.ts';
import { fixtureGraph, links } from '../fixtures/graph.ts';

describe('feedDate', () => {
  test('returns midnight UTC of the calendar day, whatever the local time zone', () => {
    expect(feedDate('2025-05-17').toUTCString()).toBe('Sat, 17 May 2025 00:00:00 GMT');
  });
});

describe('articleFeedItems', () => {
  test('returns articles and each correction or update, newest first', () => {
    const items = articleFeedItems(fixtureGraph(), links);
    expect(items.map((i) => [i.title, i.link, i.pubDate?.toUTCString()])).toEqual([
      ['Update: Hamas official says <US> broke a promise', 'https://news.example/pr-1/articles/naim-deal/#correction-2', 'Mon, 19 May 2025 00:00:00 GMT'],
      ['Correction: Hamas official says <US> broke a promise', 'https://news.example/pr-1/articles/naim-deal/#correction-1', 'Sun, 18 May 2025 00:00:00 GMT'],
      ['Hamas official says <US> broke a promise', 'https://news.example/pr-1/articles/naim-deal/', 'Sat, 17 May 2025 00:00:00 GMT'],
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
