import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/lib/dates.ts';

describe('parseEdtf', () => {
  test('returns the everyday forms with their precision and qualifiers', () => {
    expect(parseEdtf('2025-05-12%').start).toEqual({ year: 2025, month: 5, day: 12, approximate: true, uncertain: true });
    expect(parseEdtf('2024-04~/2024-05?')).toEqual({
      edtf: '2024-04~/2024-05?',
      range: true,
      start: { year: 2024, month: 4, approximate: true, uncertain: false },
      end: { year: 2024, month: 5, approximate: false, uncertain: true },
    });
  });

  test('returns open ranges', () => {
    expect(parseEdtf('../2024')).toEqual({ edtf: '../2024', range: true, end: { year: 2024, approximate: false, uncertain: false } });
  });

  test('throws for a day the calendar does not have, even in a form the full parser accepts', () => {
    expect(() => parseEdtf('2025-02-29')).toThrow('`2025-02-29` is not a day of the calendar: February 2025 has 28 days');
    expect(parseEdtf('2024-02-29').start?.day).toBe(29);
  });

  test('throws for a range that ends before it starts, saying how to fix it', () => {
    expect(() => parseEdtf('2024-04-19/2024-04-01')).toThrow('is a range that ends before it starts; put the earlier date first');
  });
});
