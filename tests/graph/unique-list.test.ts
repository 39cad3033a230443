import { describe, expect, test } from 'vitest';
import { indexAdd, pushUnique } from '../../src/graph/unique-list.ts';

describe('pushUnique', () => {
  test('adds a value once, keeping the order first met', () => {
    const list = ['b'];
    for (const value of ['a', 'b', 'a', 'c']) pushUnique(list, value);
    expect(list).toEqual(['b', 'a', 'c']);
  });
});

describe('indexAdd', () => {
  test('starts a list for a new key and adds to it once', () => {
    const index = new Map<string, string[]>();
    indexAdd(index, 'e1', 'c1');
    indexAdd(index, 'e1', 'c2');
    indexAdd(index, 'e1', 'c1');
    indexAdd(index, 'e2', 'c3');
    expect([...index]).toEqual([
      ['e1', ['c1', 'c2']],
      ['e2', ['c3']],
    ]);
  });
});
