import { describe, expect, test } from 'vitest';
import type { ContentGraph, PartyNode, SourceNode } from '../../src/graph/graph.ts';
import { collectReads, recordingMap, withoutReads } from '../../src/graph/reads.ts';
import { claimsMadePath, fullList, fullListRoutes, listIds, listNames, listPath } from '../../src/graph/full-lists.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const party: PartyNode = {
  id: 'hamas',
  data: { name: 'Hamas', kind: 'organisation', description: 'A movement.', aliases: [], affiliations: [] },
  claimsMade: ids('c', 11),
  claimsAbout: ['c3'],
  events: ['e1'],
  articles: ids('a', 101),
  members: [],
};
const source = { id: 'un-report', data: { title: 'UN situation report' }, claims: ['c1', 'c2'], events: ids('e', 12), articles: [] } as unknown as SourceNode;
const graph = { parties: new Map([[party.id, party]]), sources: new Map([[source.id, source]]) } as unknown as ContentGraph;

describe('listNames', () => {
  test("returns each owner's lists in the order its page shows them", () => {
    expect(listNames('parties')).toEqual(['claims-made', 'claims-about', 'events', 'articles']);
    expect(listNames('sources')).toEqual(['claims', 'events', 'articles']);
  });
});

describe('listIds', () => {
  test("returns the ids of a list from the owner's node", () => {
    expect(listIds('parties', party, 'claims-about')).toEqual(['c3']);
    expect(listIds('sources', source, 'claims')).toEqual(['c1', 'c2']);
  });
});

describe('listPath', () => {
  test("returns the path of a page of an owner's full list under the site base", () => {
    expect(listPath('parties', 'hamas', 'events')).toBe('parties/hamas/events/');
    expect(listPath('sources', 'un-report', 'claims', 2)).toBe('sources/un-report/claims/page/2/');
  });
});

describe('fullListRoutes', () => {
  test('returns every page of every list longer than its owner shows, and no other', () => {
    expect(fullListRoutes(graph)).toEqual([
      { owner: 'parties', id: 'hamas', list: 'claims-made', page: undefined },
      { owner: 'parties', id: 'hamas', list: 'articles', page: undefined },
      { owner: 'parties', id: 'hamas', list: 'articles', page: 'page/2' },
      { owner: 'sources', id: 'un-report', list: 'events', page: undefined },
    ]);
  });
});

describe('fullList', () => {
  test('returns a page of a list with its owner, index, heading and kind', () => {
    expect(fullList(graph, 'parties', 'hamas', 'articles', 2)).toEqual({
      owner: { name: 'Hamas', path: 'parties/hamas/' },
      index: { label: 'Parties', path: 'parties/' },
      heading: 'Articles involving Hamas',
      kind: 'articles',
      page: { items: ['a101'], number: 2, last: 2, total: 101, first: 101 },
      path: 'parties/hamas/articles/',
    });
    expect(fullList(graph, 'sources', 'un-report', 'events', 1)).toMatchObject({
      owner: { name: 'UN situation report', path: 'sources/un-report/' },
      index: { label: 'Sources', path: 'sources/' },
      heading: 'Events dated by UN situation report',
      kind: 'events',
    });
  });

  test('returns the heading of each list in words', () => {
    const heading = (owner: 'parties' | 'sources', id: string, list: string) => fullList(graph, owner, id, list, 1).heading;
    expect(heading('parties', 'hamas', 'claims-made')).toBe('Claims made by Hamas');
    expect(heading('parties', 'hamas', 'claims-about')).toBe('Claims about Hamas');
    expect(heading('parties', 'hamas', 'events')).toBe('Events involving Hamas');
    expect(heading('sources', 'un-report', 'claims')).toBe('Claims that cite UN situation report');
    expect(heading('sources', 'un-report', 'articles')).toBe('Articles that rely on UN situation report');
  });
});

describe('claimsMadePath', () => {
  test("returns the party's full list of claims made when it has one, else its page's section", () => {
    expect(claimsMadePath(party)).toBe('parties/hamas/claims-made/');
    expect(claimsMadePath({ ...party, claimsMade: ['c1'] })).toBe('parties/hamas/#made');
  });

  test('depends on whether the list has pages of its own, not on the claims in it (edit builds)', () => {
    const parties = recordingMap('party', 'parties', new Map([['hamas', party]]), { nodes: true });
    const view = withoutReads(() => parties.get('hamas')!);
    expect([...collectReads(() => claimsMadePath(view)).reads]).toEqual(['party.claimsMade.full:hamas']);
  });
});
