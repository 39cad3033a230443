import { describe, expect, test } from 'vitest';
import { count } from '../../src/core/count.ts';

describe('count', () => {
  test('returns the singular for one and the plural otherwise', () => {
    expect(count(1, 'claim')).toBe('1 claim');
    expect(count(0, 'claim')).toBe('0 claims');
    expect(count(2, 'event')).toBe('2 events');
  });

  test('returns the given plural of an irregular noun', () => {
    expect(count(1, 'party', 'parties')).toBe('1 party');
    expect(count(3, 'party', 'parties')).toBe('3 parties');
  });

  test('puts the plural on the noun before its qualifier', () => {
    expect(count(1, 'claim made')).toBe('1 claim made');
    expect(count(2, 'claim made')).toBe('2 claims made');
  });

  test('returns thousands with a separator', () => {
    expect(count(10000, 'article')).toBe('10,000 articles');
  });
});
