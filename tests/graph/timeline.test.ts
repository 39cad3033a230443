import { describe, expect, test } from 'vitest';
import { buildGraph } from '../../src/graph/graph.ts';
import { groupTimeline } from '../../src/graph/timeline.ts';
import { articleSchema } from '../../src/schemas/article.ts';

describe('groupTimeline', () => {
  test('groups by year then month, with year-only events first and under no month', () => {
    const data = articleSchema.parse({
      title: 'T',
      dek: 'D',
      kind: 'report',
      published: '2025-05-17',
      byline: ['Desk'],
      events: [
        { id: 'apr', date: '2024-04-19', title: 'April' },
        { id: 'year', date: 2024, title: 'Some time in 2024' },
        { id: 'sep', date: '2024-09-27', title: 'September' },
        { id: 'may', date: '2025-05~', title: 'About May 2025' },
      ],
    });
    const graph = buildGraph({ articles: [{ id: 'a', data }], parties: [], sources: [] });
    const groups = groupTimeline(graph.events.values()).map((y) => ({ year: y.year, months: y.months.map((m) => [m.month, m.events.map((e) => e.id)]) }));
    expect(groups).toEqual([
      { year: 2024, months: [[undefined, ['year']], [4, ['apr']], [9, ['sep']]] },
      { year: 2025, months: [[5, ['may']]] },
    ]);
  });
});
