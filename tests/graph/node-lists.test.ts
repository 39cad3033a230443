import { describe, expect, test } from 'vitest';
import { fullListKey, listKey, NODE_LISTS, ownData } from '../../src/graph/node-lists.ts';
import { fixtureGraph } from '../fixtures/graph.ts';

describe('node lists', () => {
  test("a node's own data leaves out its lists, and nothing else", () => {
    const graph = fixtureGraph();
    for (const [kind, map] of [['party', graph.parties], ['source', graph.sources], ['claim', graph.claims], ['event', graph.events], ['article', graph.articles]] as const) {
      const node = map.values().next().value! as object;
      const own = ownData(kind, node);
      expect(Object.keys(own).sort()).toEqual(Object.keys(node).filter((field) => !NODE_LISTS[kind]!.includes(field)).sort());
      // Every list named is a field of the node: a field renamed in graph.ts must be renamed here.
      for (const list of NODE_LISTS[kind]!) expect(Array.isArray((node as Record<string, unknown>)[list])).toBe(true);
    }
  });

  test('the keys of a list and of whether it has pages of its own', () => {
    expect(listKey('party', 'claimsMade', 'hamas')).toBe('party.claimsMade:hamas');
    expect(fullListKey('party', 'claimsMade', 'hamas')).toBe('party.claimsMade.full:hamas');
  });
});
