import { describe, expect, test } from 'vitest';
import { latestStatusChanges } from '../../src/graph/status-changes.ts';
import type { ContentGraph } from '../../src/graph/graph.ts';

const claim = (id: string, steps: [string, string][]) => ({
  id,
  assessment: steps.map(([date, status]) => ({ date, status, rationale: 'R.' })),
});

function graphOf(...claims: ReturnType<typeof claim>[]): ContentGraph {
  return { claims: new Map(claims.map((c) => [c.id, c])) } as unknown as ContentGraph;
}

describe('latestStatusChanges', () => {
  test('returns each change after the first rating, newest first, with the status before and after', () => {
    const graph = graphOf(
      claim('a', [['2025-01-01', 'unverified'], ['2025-02-01', 'disputed'], ['2025-04-01', 'false']]),
      claim('b', [['2025-01-05', 'unverified'], ['2025-03-01', 'corroborated']]),
      claim('c', [['2025-05-01', 'unverified']]),
    );
    expect(latestStatusChanges(graph, 10).map(({ claim: { id }, from, to, date, step }) => ({ id, from, to, date, step }))).toEqual([
      { id: 'a', from: 'disputed', to: 'false', date: '2025-04-01', step: 2 },
      { id: 'b', from: 'unverified', to: 'corroborated', date: '2025-03-01', step: 1 },
      { id: 'a', from: 'unverified', to: 'disputed', date: '2025-02-01', step: 1 },
    ]);
  });

  test('returns at most limit changes, the newest', () => {
    const graph = graphOf(
      claim('a', [['2025-01-01', 'unverified'], ['2025-02-01', 'disputed']]),
      claim('b', [['2025-01-01', 'unverified'], ['2025-06-01', 'confirmed']]),
      claim('c', [['2025-01-01', 'unverified'], ['2025-03-01', 'denied']]),
    );
    expect(latestStatusChanges(graph, 2).map((change) => change.claim.id)).toEqual(['b', 'c']);
  });
});
