import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../../src/lib/graph.ts';
import { claimSearchRecords } from '../../../src/lib/formats/search-records.ts';
import { articleSchema } from '../../../src/schemas/article.ts';
import { partySchema } from '../../../src/schemas/party.ts';

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
        content: 'Basem Naim claims: Statement c1. “It was a deal.”',
        language: 'en',
        meta: { title: 'Basem Naim claims: Statement c1.' },
        filters: { kind: ['Claim'], status: ['Disputed'], claimant: ['Basem Naim'] },
      },
      {
        url: '/claims/c2/',
        content: 'Basem Naim claims: Statement c2.',
        language: 'en',
        meta: { title: 'Basem Naim claims: Statement c2.' },
        filters: { kind: ['Claim'], status: ['Disputed'], claimant: ['Basem Naim'] },
      },
    ]);
  });
});
