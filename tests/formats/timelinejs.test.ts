import { describe, expect, test } from 'vitest';
import { toTimelineJs } from '../../src/formats/timelinejs.ts';
import { fixtureGraph, links } from '../fixtures/graph.ts';

describe('toTimelineJs', () => {
  const timeline = toTimelineJs(fixtureGraph(), links);
  const byId = Object.fromEntries(timeline.events.map((e) => [e.unique_id, e]));

  test('returns every event, oldest first', () => {
    expect(timeline.events.map((e) => e.unique_id)).toEqual(['year-event', 'visits', 'talks', 'release']);
  });

  test('returns dates with only the precision the source gives', () => {
    expect(byId['year-event']?.start_date).toEqual({ year: 2024 });
    expect(byId['release']?.start_date).toEqual({ year: 2025, month: 5, day: 12 });
    expect(byId['release']?.end_date).toBeUndefined();
  });

  test('returns an end date for a range', () => {
    expect(byId['visits']?.start_date).toEqual({ year: 2025, month: 4, day: 19 });
    expect(byId['visits']?.end_date).toEqual({ year: 2025, month: 4, day: 21 });
  });

  test('returns the date in words for an approximate date, and no display date for exact ones', () => {
    expect(byId['talks']?.start_date).toEqual({ year: 2025, month: 5 });
    expect(byId['talks']?.display_date).toBe('c. May 2025');
    expect(byId['release']).not.toHaveProperty('display_date');
  });

  test('returns escaped headline and text, with links to the articles', () => {
    expect(byId['release']?.text).toEqual({
      headline: 'Release',
      text:
        '<p>Freed &#60;after&#62; talks &#38; more.</p>' +
        '<p>Reported in <a href="https://news.example/pr-1/articles/naim-deal/">Hamas official says &#60;US&#62; broke a promise</a>.</p>',
    });
  });

  test('returns the first party as group, and none for an event without parties', () => {
    expect(byId['release']?.group).toBe('Hamas');
    expect(byId['talks']).not.toHaveProperty('group');
  });

  test('returns a title slide naming the site', () => {
    expect(timeline.title.text.headline).toBe('Claim Desk: timeline');
  });
});
