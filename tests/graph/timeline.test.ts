import { describe, expect, test } from 'vitest';
import { buildGraph, type ContentGraph } from '../../src/graph/graph.ts';
import { articlesOf, groupByDate, groupTimeline, layoutTimeline, timelineOf } from '../../src/graph/timeline.ts';
import { articleSchema } from '../../src/schemas/article.ts';

/** A graph of articles, each with its events (`[id, date]`). */
function graphOf(articles: Record<string, [string, string | number][]>): ContentGraph {
  return buildGraph({
    articles: Object.entries(articles).map(([id, events]) => ({
      id,
      data: articleSchema.parse({
        title: id,
        dek: 'D',
        kind: 'report',
        published: '2025-05-17',
        byline: ['Desk'],
        events: events.map(([event, date]) => ({ id: event, date, title: event })),
      }),
    })),
    parties: [],
    sources: [],
  });
}

/** `n` events in `month` of 2024 (`2024-05-01`...), or dated to the year only for `'year'`. */
const many = (prefix: string, n: number, month: number | 'year'): [string, string][] =>
  Array.from({ length: n }, (_, i) => [`${prefix}-${String(i).padStart(3, '0')}`, month === 'year' ? '2024' : `2024-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`]);

describe('groupTimeline', () => {
  test('groups by year then month, with year-only events first and under no month', () => {
    const graph = graphOf({ a: [['apr', '2024-04-19'], ['year', 2024], ['sep', '2024-09-27'], ['may', '2025-05~']] });
    const groups = groupTimeline(graph.events.values()).map((y) => ({ year: y.year, count: y.count, months: y.months.map((m) => [m.month, m.events.map((e) => e.id)]) }));
    expect(groups).toEqual([
      { year: 2024, count: 3, months: [[undefined, ['year']], [4, ['apr']], [9, ['sep']]] },
      { year: 2025, count: 1, months: [[5, ['may']]] },
    ]);
  });

  test('files a range under the month it starts in, and an open start under the year of its end, with no month', () => {
    const graph = graphOf({ a: [['range', '2024-04-28/2024-05-02'], ['open', '../2024-06']] });
    expect(groupTimeline(graph.events.values()).map((y) => y.months.map((m) => [m.month, m.events.map((e) => e.id)]))).toEqual([[[undefined, ['open']], [4, ['range']]]]);
  });

  test('calls a year busy when it has more events than the page size', () => {
    const graph = graphOf({ a: many('e', 3, 5), b: [['f', '2025-01-01']] });
    expect(groupTimeline(graph.events.values(), 2).map((y) => [y.year, y.busy])).toEqual([[2024, true], [2025, false]]);
  });
});

describe('layoutTimeline', () => {
  test('puts every event of a quiet year on the year\'s page', () => {
    const graph = graphOf({ a: [['apr', '2024-04-19'], ['year', 2024]] });
    const layout = layoutTimeline(graph.events.values(), { year: 5, part: 2, recent: 1 });
    expect(layout.parts).toEqual([]);
    expect(Object.fromEntries(layout.pathOf)).toEqual({ apr: 'timeline/2024/', year: 'timeline/2024/' });
  });

  test('splits a busy year into its months and its year-only events, each in pages, and knows each event\'s page', () => {
    const graph = graphOf({ a: [...many('may', 5, 5), ...many('y', 2, 'year'), ...many('jun', 1, 6)], b: [['next', '2025-01-02']] });
    const layout = layoutTimeline(graph.events.values(), { year: 4, part: 2, recent: 3 });
    expect(layout.parts.map((part) => [part.path, part.part, part.month, part.page.number, part.page.last, part.page.items.map((e) => e.id)])).toEqual([
      ['timeline/2024/year-only/', 'year-only', undefined, 1, 1, ['y-000', 'y-001']],
      ['timeline/2024/05/', '05', 5, 1, 3, ['may-000', 'may-001']],
      ['timeline/2024/05/page/2/', '05', 5, 2, 3, ['may-002', 'may-003']],
      ['timeline/2024/05/page/3/', '05', 5, 3, 3, ['may-004']],
      ['timeline/2024/06/', '06', 6, 1, 1, ['jun-000']],
    ]);
    expect(layout.pathOf.get('may-003')).toBe('timeline/2024/05/page/2/');
    expect(layout.pathOf.get('y-001')).toBe('timeline/2024/year-only/');
    expect(layout.pathOf.get('next')).toBe('timeline/2025/');
    expect(layout.pathOf.size).toBe(graph.events.size);
  });

  test('gives the latest events, newest first', () => {
    const graph = graphOf({ a: [['a1', '2024-01-01'], ['a2', '2024-03-01'], ['a3', '2025-02-01']] });
    expect(layoutTimeline(graph.events.values(), { year: 200, part: 100, recent: 2 }).recent.map((e) => e.id)).toEqual(['a3', 'a2']);
  });
});

describe('timelineOf', () => {
  test('lays a graph\'s timeline out once', () => {
    const graph = graphOf({ a: [['apr', '2024-04-19']] });
    expect(timelineOf(graph)).toBe(timelineOf(graph));
    expect(timelineOf(graph).pathOf.get('apr')).toBe('timeline/2024/');
  });
});

describe('groupByDate', () => {
  test('gives each date one group when dates that sort alike come interleaved', () => {
    const graph = graphOf({ a: [['a', '2025-05'], ['b', '2025-05~'], ['c', '2025-05'], ['d', '2025-05-01']] });
    expect(groupByDate([...graph.events.values()]).map((g) => [g.when.edtf, g.events.map((e) => e.id)])).toEqual([
      ['2025-05', ['a', 'c']],
      ['2025-05~', ['b']],
      ['2025-05-01', ['d']],
    ]);
  });


  test('groups consecutive events of the same date, as written', () => {
    const graph = graphOf({ a: [['d1', '2025-05-16'], ['d2', '2025-05-16'], ['m', '2025-05'], ['c', '2025-05~'], ['d3', '2025-05-17']] });
    expect(groupByDate([...graph.events.values()]).map((g) => [g.when.edtf, g.events.map((e) => e.id)])).toEqual([
      ['2025-05~', ['c']],
      ['2025-05', ['m']],
      ['2025-05-16', ['d1', 'd2']],
      ['2025-05-17', ['d3']],
    ]);
  });
});

describe('articlesOf', () => {
  test('lists the articles that report a group of events once each', () => {
    const graph = graphOf({ first: [['x', '2025-05-16'], ['y', '2025-05-16']], second: [['x', '2025-05-16']] });
    expect(articlesOf([graph.events.get('x')!, graph.events.get('y')!]).sort()).toEqual(['first', 'second']);
  });
});
