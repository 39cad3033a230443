import { describe, expect, test } from 'vitest';
import type { SourceNode } from '../../src/graph/graph.ts';
import { sourceListIds, sourceListPath, sourceListTitle } from '../../src/graph/source-lists.ts';

const source = {
  id: 'un-report',
  data: { title: 'UN situation report', kind: 'report' },
  claims: ['c1', 'c2'],
  events: ['e1'],
  articles: ['a1', 'a2', 'a3'],
} as unknown as SourceNode;

describe('sourceListIds', () => {
  test('returns the ids of the named list', () => {
    expect(sourceListIds(source, 'claims')).toEqual(['c1', 'c2']);
    expect(sourceListIds(source, 'events')).toEqual(['e1']);
    expect(sourceListIds(source, 'articles')).toEqual(['a1', 'a2', 'a3']);
  });
});

describe('sourceListTitle', () => {
  test('returns a heading that names the source', () => {
    expect(sourceListTitle('claims', 'UN situation report')).toBe('Claims that cite UN situation report');
    expect(sourceListTitle('events', 'UN situation report')).toBe('Events dated by UN situation report');
    expect(sourceListTitle('articles', 'UN situation report')).toBe('Articles that rely on UN situation report');
  });
});

describe('sourceListPath', () => {
  test('returns the list path for page 1 and page/n/ after it', () => {
    expect(sourceListPath('un-report', 'claims')).toBe('sources/un-report/claims/');
    expect(sourceListPath('un-report', 'claims', 2)).toBe('sources/un-report/claims/page/2/');
  });
});
