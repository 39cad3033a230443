import { describe, expect, test } from 'vitest';
import { collectReads, memoByGraph, recordingMap, withoutReads } from '../../src/graph/reads.ts';

describe('recordingMap', () => {
  const map = recordingMap('party', 'parties', new Map([['hamas', 1], ['iran', 2]]));

  test('notes each entity looked up, and the whole list when it is walked or counted', () => {
    const { reads } = collectReads(() => {
      map.get('hamas');
      map.has('libya');
    });
    expect([...reads]).toEqual(['party:hamas', 'party:libya']);
    expect([...collectReads(() => [...map.values()]).reads]).toEqual(['parties:*']);
    expect([...collectReads(() => map.size).reads]).toEqual(['parties:*']);
  });

  test('returns what the map holds', () => {
    expect(map.get('iran')).toBe(2);
    expect([...map]).toEqual([['hamas', 1], ['iran', 2]]);
    expect(map.size).toBe(2);
  });

  test('notes nothing outside a log', () => {
    expect([...collectReads(() => withoutReads(() => map.get('hamas'))).reads]).toEqual([]);
  });
});

describe('collectReads', () => {
  test('keeps the reads of renders that run at once apart, across awaits', async () => {
    const map = recordingMap('claim', 'claims', new Map([['a', 1], ['b', 2]]));
    const render = (id: string) =>
      collectReads(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        map.get(id);
        await Promise.resolve();
        map.get(`${id}-too`);
      });
    const [a, b] = [render('a'), render('b')];
    await Promise.all([a.value, b.value]);
    expect([...a.reads]).toEqual(['claim:a', 'claim:a-too']);
    expect([...b.reads]).toEqual(['claim:b', 'claim:b-too']);
  });
});

describe('memoByGraph', () => {
  test('computes once per graph, noting nothing while it does, and notes its keys at every call', () => {
    let computed = 0;
    const map = recordingMap('claim', 'claims', new Map([['a', 1]]));
    const graph = { map };
    const total = memoByGraph(['claims.status:*', 'claims:*'], (g: typeof graph) => (computed++, g.map.get('a'), [...g.map.values()].length));
    expect([...collectReads(() => total(graph)).reads]).toEqual(['claims.status:*', 'claims:*']);
    expect([...collectReads(() => total(graph)).reads]).toEqual(['claims.status:*', 'claims:*']);
    expect(computed).toBe(1);
  });
});

describe('the views of nodes', () => {
  const parties = recordingMap('party', 'parties', new Map([['hamas', { id: 'hamas', data: { name: 'Hamas' }, claimsMade: ['c1'], members: [] }]]), { nodes: true });

  test("a page that prints a name reads the node's data, not its lists", () => {
    const { reads } = collectReads(() => parties.get('hamas')!.data.name);
    expect([...reads]).toEqual(['party:hamas']);
  });

  test('reading a list notes that list; reading the id notes nothing more', () => {
    const party = withoutReads(() => parties.get('hamas')!);
    expect([...collectReads(() => party.claimsMade.length).reads]).toEqual(['party.claimsMade:hamas']);
    expect([...collectReads(() => party.id).reads]).toEqual([]);
    expect([...collectReads(() => [...parties.values()].map((each) => each.id)).reads]).toEqual(['parties:*']);
  });

  test('copying or serialising a node reads all of it', () => {
    const party = withoutReads(() => parties.get('hamas')!);
    expect([...collectReads(() => JSON.stringify(party)).reads].sort()).toEqual(['party.claimsMade:hamas', 'party.members:hamas', 'party:hamas']);
    expect(collectReads(() => ({ ...party })).value).toEqual({ id: 'hamas', data: { name: 'Hamas' }, claimsMade: ['c1'], members: [] });
    expect([...collectReads(() => 'data' in party).reads]).toEqual(['party:hamas']);
  });

  test('the same view each time, and through every way of walking the map', () => {
    const one = parties.get('hamas');
    expect(parties.get('hamas')).toBe(one);
    expect([...parties.values()][0]).toBe(one);
    expect([...parties][0]![1]).toBe(one);
    parties.forEach((each) => expect(each).toBe(one));
  });
});
