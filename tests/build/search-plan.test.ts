import { describe, expect, test } from 'vitest';
import { planSearchIndex, searchDigests, searchPartFolder, searchPartOfFile } from '../../src/build/search-plan.ts';
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
const article = (id: string, published: string, claims: string[] = [`${id}1`]) => ({
  id,
  data: articleSchema.parse({ title: id, dek: 'D', kind: 'report', published, byline: ['Desk'], claims: claims.map(claim) }),
});
const party = { id: 'naim', data: partySchema.parse({ name: 'Basem Naim', kind: 'person', description: 'D.' }) };
/** `count` articles, one a day from 1 January 2025, each with one claim. */
const articles = (count: number) => Array.from({ length: count }, (_, i) => article(`a${i}`, new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10)));
const graphOf = (list: ReturnType<typeof article>[]) => buildGraph({ articles: list, parties: [party], sources: [] });

describe('searchPartFolder', () => {
  test('returns the index folder itself for the first part and part-n/ for the others', () => {
    expect([0, 1, 2].map(searchPartFolder)).toEqual(['', 'part-2/', 'part-3/']);
  });
});

describe('searchPartOfFile', () => {
  test("returns the part a file of the output belongs to, and nothing outside the index's folder", () => {
    expect(['pagefind/pagefind.js', 'pagefind/fragment/x.pf_fragment', 'pagefind/part-2/pagefind.js', 'pagefind/part-12/index/y', 'search/index.html'].map(searchPartOfFile)).toEqual([0, 0, 1, 11, undefined]);
  });
});

describe('planSearchIndex', () => {
  test('returns one part for a site of at most so many articles, the parties in it', () => {
    const graph = graphOf([article('a', '2025-05-03', ['a1', 'a2']), article('b', '2025-05-02', ['b1'])]);
    const { partOf, records, sizes, parts } = planSearchIndex(graph, 2);
    expect(partOf).toEqual(new Map([['a', 0], ['b', 0]]));
    expect(records.map(({ part }) => part)).toEqual([0, 0, 0, 0]);
    expect(sizes).toEqual([6]);
    expect(parts).toEqual([0]);
  });

  test('returns parts of at most so many articles, each claim in its article\'s part, the parties in a part of their own', () => {
    const graph = graphOf(articles(50));
    const { partOf, records, sizes, parts } = planSearchIndex(graph, 10);
    const counts = sizes.slice(1).map((size) => size / 2); // an article and its claim
    expect(counts.every((count) => count <= 10)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBe(50);
    expect(sizes.length).toBeGreaterThanOrEqual(1 + 5);
    expect(records.filter(({ record }) => record.url.startsWith('/parties/'))).toEqual([{ part: 0, record: expect.objectContaining({ url: '/parties/naim/' }) }]);
    for (const { part, record } of records.filter(({ record }) => record.url.startsWith('/claims/'))) expect(part).toBe(partOf.get(record.url.slice('/claims/'.length, -2)));
    expect(sizes[0]).toBe(1);
    expect(parts).toEqual(sizes.flatMap((size, part) => (part === 0 || size > 0 ? [part] : [])));
  });

  test('leaves every other article in its part when an article is added, removed or re-dated', () => {
    const list = articles(50);
    const before = planSearchIndex(graphOf(list), 10).partOf;
    const added = planSearchIndex(graphOf([...list, article('late', '2026-01-01'), article('early', '2020-01-01')]), 10).partOf;
    const removed = planSearchIndex(graphOf(list.slice(1)), 10).partOf;
    const redated = planSearchIndex(graphOf([article('a0', '2027-01-01'), ...list.slice(1)]), 10).partOf;
    for (const after of [added, removed, redated]) for (const [id, part] of after) if (before.has(id)) expect([id, part]).toEqual([id, before.get(id)]);
  });
});

describe('searchDigests', () => {
  test("changes the digest of the part an article's text, fields or claims changed in, and of no other", () => {
    const list = articles(30);
    const digests = (graph: ReturnType<typeof graphOf>, body = (id: string) => `text of ${id}`) => {
      const plan = planSearchIndex(graph, 10);
      return { plan, digests: searchDigests(plan, [...graph.articles.values()].map(({ id, data }) => ({ id, fields: data.title })), body) };
    };
    const { plan, digests: before } = digests(graphOf(list));
    const changed = (after: string[]) => after.flatMap((digest, part) => (digest === before[part] ? [] : [part]));
    expect(changed(digests(graphOf(list), (id) => (id === 'a7' ? 'a typo' : `text of ${id}`)).digests)).toEqual([plan.partOf.get('a7')]);
    expect(changed(digests(graphOf([article('a3', '2025-01-04', ['a31', 'a3-new']), ...list.filter(({ id }) => id !== 'a3')])).digests)).toEqual([plan.partOf.get('a3')]);
    const renamed = { ...party, data: { ...party.data, name: 'Basem Naim (Hamas)' } };
    // Every claim prints its claimant's name: every part, the parties' part included.
    expect(changed(digests(buildGraph({ articles: list, parties: [renamed], sources: [] })).digests)).toEqual(plan.sizes.map((_, part) => part));
  });
});
