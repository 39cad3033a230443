import { describe, expect, test } from 'vitest';
import { claimFilters } from '../../src/graph/claim-filters.ts';
import { STATUS_IDS } from '../../src/schemas/status.ts';
import { fixtureGraph } from '../fixtures/graph.ts';

describe('claimFilters', () => {
  test('returns every status in vocabulary order, empty ones included', () => {
    const { byStatus } = claimFilters(fixtureGraph());
    expect(byStatus.map((g) => g.status)).toEqual(STATUS_IDS);
    expect(Object.fromEntries(byStatus.map((g) => [g.status, g.claims.map((c) => c.id)]))).toEqual({
      unverified: ['talks-claim'],
      disputed: ['naim-deal-claim'],
      denied: [],
      corroborated: [],
      confirmed: ['hamas-2024-claim'],
      false: [],
    });
  });

  test('returns only parties that made claims, A to Z', () => {
    const { byClaimant } = claimFilters(fixtureGraph());
    expect(byClaimant.map((g) => [g.party.id, g.claims.map((c) => c.id)])).toEqual([
      ['basem-naim', ['naim-deal-claim']],
      ['hamas', ['hamas-2024-claim']],
      ['us-government', ['talks-claim']],
    ]);
  });

  test('returns the busiest claimants first, ties A to Z', () => {
    const graph = fixtureGraph();
    const extra = graph.claims.get('talks-claim')!;
    graph.parties.get('us-government')!.claimsMade.push(extra.id, extra.id);
    expect(claimFilters(graph).busiest.map((g) => [g.party.id, g.claims.length])).toEqual([
      ['us-government', 3],
      ['basem-naim', 1],
      ['hamas', 1],
    ]);
  });

  test('returns the same object for the same graph, so pages share one computation', () => {
    const graph = fixtureGraph();
    expect(claimFilters(graph)).toBe(claimFilters(graph));
  });
});
