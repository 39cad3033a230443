import { describe, expect, test } from 'vitest';
import { planSearchIndex } from '../../src/build/search-plan.ts';
import { buildGraph } from '../../src/graph/graph.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { partySchema } from '../../src/schemas/party.ts';

const claim = (id: string) => ({
  id,
  claimant: 'naim',
  statement: `Statement ${id}.`,
  date: '2025-05-16',
  attribution: 'interview',
  assessment: [{ date: '2025-05-17', status: 'unverified', rationale: 'One source.' }],
});
const article = (id: string, published: string, claims: string[]) => ({
  id,
  data: articleSchema.parse({ title: id, dek: 'D', kind: 'report', published, byline: ['Desk'], claims: claims.map(claim) }),
});

describe('planSearchIndex', () => {
  test('returns parts of so many articles in graph order, each claim in its article\'s part, the parties in the first', () => {
    const graph = buildGraph({
      articles: [article('a', '2025-05-03', ['a1', 'a2']), article('b', '2025-05-02', ['b1']), article('c', '2025-05-01', ['c1'])],
      parties: [{ id: 'naim', data: partySchema.parse({ name: 'Basem Naim', kind: 'person', description: 'D.' }) }],
      sources: [],
    });
    const { partOf, records, sizes } = planSearchIndex(graph, 2);
    expect([...graph.articles.keys()]).toEqual(['a', 'b', 'c']); // newest first
    expect(partOf).toEqual(new Map([['a', 0], ['b', 0], ['c', 1]]));
    const partOfClaim = Object.fromEntries(records.filter(({ record }) => record.url.startsWith('/claims/')).map(({ part, record }) => [record.url, part]));
    expect(partOfClaim).toEqual({ '/claims/a1/': 0, '/claims/a2/': 0, '/claims/b1/': 0, '/claims/c1/': 1 });
    expect(records.filter(({ record }) => record.url.startsWith('/parties/'))).toEqual([{ part: 0, record: expect.objectContaining({ url: '/parties/naim/' }) }]);
    // The first part: articles a and b, their claims a1, a2 and b1, the party; the second: c and c1.
    expect(sizes).toEqual([6, 2]);
  });
});
