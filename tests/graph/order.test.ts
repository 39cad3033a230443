import { describe, expect, test } from 'vitest';
import { parseEdtf, sortKey } from '../../src/core/dates.ts';
import type { EventNode } from '../../src/graph/graph.ts';
import { compareEvents, sortClaims } from '../../src/graph/order.ts';

const claim = (id: string, date: string) => ({ id, when: parseEdtf(date) });
const event = (id: string, date: string) => {
  const when = parseEdtf(date);
  return { id, when, sortKey: sortKey(when) } as EventNode;
};

describe('sortClaims', () => {
  test('returns the claims newest first, ids breaking ties', () => {
    const sorted = sortClaims([claim('b', '2024-05-01'), claim('old', '2023'), claim('a', '2024-05-01'), claim('new', '2025-01')]);
    expect(sorted.map(({ id }) => id)).toEqual(['new', 'a', 'b', 'old']);
  });

  test('returns a copy and leaves its input as it was', () => {
    const claims = [claim('old', '2023'), claim('new', '2025')];
    sortClaims(claims);
    expect(claims.map(({ id }) => id)).toEqual(['old', 'new']);
  });
});

describe('compareEvents', () => {
  test('orders by first possible day, then the less precise first, then by id', () => {
    const events = [event('day', '2024-01-01'), event('b-year', '2024'), event('a-year', '2024'), event('month', '2024-01'), event('earlier', '2023-12-31')];
    expect(events.sort(compareEvents).map(({ id }) => id)).toEqual(['earlier', 'a-year', 'b-year', 'month', 'day']);
  });
});
