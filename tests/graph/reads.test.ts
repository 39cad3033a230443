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
  test('computes once per graph, and notes what it read at every call', () => {
    let computed = 0;
    const map = recordingMap('claim', 'claims', new Map([['a', 1]]));
    const graph = { map };
    const total = memoByGraph((g: typeof graph) => (computed++, [...g.map.values()].length));
    expect([...collectReads(() => total(graph)).reads]).toEqual(['claims:*']);
    expect([...collectReads(() => total(graph)).reads]).toEqual(['claims:*']);
    expect(computed).toBe(1);
  });
});
