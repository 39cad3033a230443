import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { articleSearchFields, articleSearchRecord, claimSearchRecords, partySearchRecords } from '../../src/formats/search-records.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { partySchema } from '../../src/schemas/party.ts';

describe('claimSearchRecords', () => {
  test('returns one record per claim, attributed to its claimant, with the status in words as a filter', () => {
    const claim = (id: string, quote?: string) => ({
      id,
      claimant: 'basem-naim',
      statement: `Statement ${id}.`,
      ...(quote ? { quote } : {}),
      date: '2025-05-16',
      attribution: 'interview',
      assessment: [{ date: '2025-05-17', status: 'disputed', rationale: 'Denied.' }],
    });
    const data = articleSchema.parse({ title: 'T', dek: 'D', kind: 'report', published: '2025-05-17', byline: ['Desk'], claims: [claim('c1', 'It was a deal.'), claim('c2')] });
    const graph = buildGraph({
      articles: [{ id: 'a', data }],
      parties: [{ id: 'basem-naim', data: partySchema.parse({ name: 'Basem Naim', kind: 'person', description: 'D.' }) }],
      sources: [],
    });
    expect(claimSearchRecords(graph)).toEqual([
      {
        url: '/claims/c1/',
        content: 'Basem Naim says: Statement c1. “It was a deal.”',
        language: 'en',
        meta: { title: 'Basem Naim says: Statement c1.' },
        filters: { kind: ['Claim'], status: ['Disputed'], claimant: ['Basem Naim'] },
      },
      {
        url: '/claims/c2/',
        content: 'Basem Naim says: Statement c2.',
        language: 'en',
        meta: { title: 'Basem Naim says: Statement c2.' },
        filters: { kind: ['Claim'], status: ['Disputed'], claimant: ['Basem Naim'] },
      },
    ]);
  });
});

describe('articleSearchRecord', () => {
  test('returns the headline, dek, byline, the rendered text and the corrections, as an Article', () => {
    const data = articleSchema.parse({
      title: 'Envoy promise',
      dek: 'What was said.',
      kind: 'report',
      published: '2025-05-17',
      byline: ['Desk', 'Ana Ruiz'],
      corrections: [{ date: '2025-05-18', kind: 'correction', text: 'The date of the call was corrected.' }],
    });
    const graph = buildGraph({ articles: [{ id: 'envoy', data }], parties: [], sources: [] });
    expect(articleSearchRecord(articleSearchFields(graph.articles.get('envoy')!), 'It was a deal.')).toEqual({
      url: '/articles/envoy/',
      content: 'Envoy promise\nWhat was said.\nBy Desk, Ana Ruiz\nIt was a deal.\nThe date of the call was corrected.',
      language: 'en',
      meta: { title: 'Envoy promise' },
      filters: { kind: ['Article'] },
    });
  });
});

describe('partySearchRecords', () => {
  test('returns each party, in the graph\'s order, with its description, other names, affiliations and members, as a Party', () => {
    const graph = buildGraph({
      articles: [],
      parties: [
        { id: 'hamas', data: partySchema.parse({ name: 'Hamas', kind: 'organisation', description: 'Palestinian movement.' }) },
        {
          id: 'basem-naim',
          data: partySchema.parse({ name: 'Basem Naim', kind: 'person', description: 'Official.', aliases: ['Bassem Naeem'], affiliations: [{ party: 'hamas', role: 'political bureau member' }] }),
        },
      ],
      sources: [],
    });
    expect(partySearchRecords(graph)).toEqual([
      {
        url: '/parties/basem-naim/',
        content: 'Basem Naim\nOfficial.\nBassem Naeem\npolitical bureau member, Hamas',
        language: 'en',
        meta: { title: 'Basem Naim' },
        filters: { kind: ['Party'] },
      },
      {
        url: '/parties/hamas/',
        content: 'Hamas\nPalestinian movement.\nBasem Naim, political bureau member',
        language: 'en',
        meta: { title: 'Hamas' },
        filters: { kind: ['Party'] },
      },
    ]);
  });
});
