import { describe, expect, test } from 'vitest';
import { claimantOf } from '../../src/graph/claimant.ts';
import { fixtureGraph } from '../fixtures/graph.ts';

describe('claimantOf', () => {
  const graph = fixtureGraph();

  test("returns the label of the claim's claimant from the graph", () => {
    expect(claimantOf(graph, { claimant: 'basem-naim' })).toEqual({ name: 'Basem Naim', says: 'Basem Naim says', by: 'by Basem Naim' });
  });

  test('returns the id as the name of a claimant the graph does not hold', () => {
    expect(claimantOf(graph, { claimant: 'nobody-known' }).says).toBe('nobody-known says');
  });
});
