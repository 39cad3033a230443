import { describe, expect, test } from 'vitest';
import { openData } from '../../src/formats/open-data.ts';
import { OPEN_DATA_FILES, OPEN_DATA_NAMES } from '../../src/schemas/open-data.ts';
import { fixtureGraph, links } from '../fixtures/graph.ts';

describe('openData', () => {
  test('returns data that its own zod schema accepts, for every file', () => {
    const graph = fixtureGraph();
    for (const name of OPEN_DATA_NAMES) {
      const result = OPEN_DATA_FILES[name].safeParse(openData(name, graph, links));
      expect(result.error, name).toBeUndefined();
    }
  });

  test('returns a claim with its current status and its page on the site', () => {
    const [claim] = openData('claims', fixtureGraph(), links).claims;
    expect(claim).toMatchObject({
      id: 'naim-deal-claim',
      claimant: 'basem-naim',
      status: 'disputed',
      statusDate: '2025-05-20',
      article: 'naim-deal',
      page: 'https://news.example/pr-1/claims/naim-deal-claim/',
    });
    expect(claim?.assessment).toHaveLength(2);
  });

  test('returns keys in schema order and leaves out absent fields, so output is byte-stable', () => {
    const { sources } = openData('sources', fixtureGraph(), links);
    expect(JSON.stringify(sources[2])).toBe(
      '{"id":"statement","page":"https://news.example/pr-1/sources/statement/","title":"White House statement","kind":"official-statement","published":"2025-05"}',
    );
  });

  test('returns records in the graph order: claims newest first, events oldest first, parties A to Z', () => {
    const graph = fixtureGraph();
    expect(openData('claims', graph, links).claims.map((c) => c.id)).toEqual(['naim-deal-claim', 'talks-claim', 'hamas-2024-claim']);
    expect(openData('events', graph, links).events.map((e) => e.id)).toEqual(['year-event', 'visits', 'talks', 'release']);
    expect(openData('parties', graph, links).parties.map((p) => p.id)).toEqual(['basem-naim', 'hamas', 'steve-witkoff', 'us-government']);
  });

  test('returns events with the articles that report them and no internal fields', () => {
    const release = openData('events', fixtureGraph(), links).events.find((e) => e.id === 'release');
    expect(release).toEqual({
      id: 'release',
      date: '2025-05-12',
      title: 'Release',
      description: 'Freed <after> talks & more.',
      parties: ['hamas', 'us-government'],
      sources: [],
      claims: ['naim-deal-claim'],
      articles: ['naim-deal'],
    });
  });
});
