import { describe, expect, test } from 'vitest';
import type { GraphProblem } from '../../src/graph/graph.ts';
import { reporter } from '../../src/graph/report.ts';

describe('reporter', () => {
  test('reports on the entry with its file, an error unless said otherwise', () => {
    const problems: GraphProblem[] = [];
    const report = reporter(problems, 'articles', { id: 'deal', file: 'content/articles/deal.md' });
    report(['claims', 0, 'id'], 'duplicate claim id');
    report(['sources'], 'unused', 'warning');
    expect(problems).toEqual([
      { severity: 'error', collection: 'articles', id: 'deal', file: 'content/articles/deal.md', path: ['claims', 0, 'id'], message: 'duplicate claim id' },
      { severity: 'warning', collection: 'articles', id: 'deal', file: 'content/articles/deal.md', path: ['sources'], message: 'unused' },
    ]);
  });

  test('leaves the file out for an entry without one', () => {
    const problems: GraphProblem[] = [];
    reporter(problems, 'parties', { id: 'hamas' })(['affiliations', 0, 'party'], 'unknown party');
    expect(problems[0]).not.toHaveProperty('file');
  });
});
