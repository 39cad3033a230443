import { describe, expect, test } from 'vitest';
import { parseEdtf } from '../../src/lib/dates.ts';

const point = (year: number, extra: { month?: number; day?: number; approximate?: boolean; uncertain?: boolean } = {}) => ({
  year,
  approximate: false,
  uncertain: false,
  ...extra,
});

describe('parseEdtf', () => {
  test('returns a year, a month and a day with their precision', () => {
    expect(parseEdtf('2024')).toEqual({ edtf: '2024', start: point(2024), range: false });
    expect(parseEdtf('2024-04')).toEqual({ edtf: '2024-04', start: point(2024, { month: 4 }), range: false });
    expect(parseEdtf('2024-04-19')).toEqual({ edtf: '2024-04-19', start: point(2024, { month: 4, day: 19 }), range: false });
  });

  test('returns approximate, uncertain and both for ~, ? and %', () => {
    expect(parseEdtf('2025-05~').start).toEqual(point(2025, { month: 5, approximate: true }));
    expect(parseEdtf('2025-05-12?').start).toEqual(point(2025, { month: 5, day: 12, uncertain: true }));
    expect(parseEdtf('2024%').start).toEqual(point(2024, { approximate: true, uncertain: true }));
  });

  test('returns ranges, closed and open at either end', () => {
    expect(parseEdtf('2024-04-19/2024-04-21')).toEqual({
      edtf: '2024-04-19/2024-04-21',
      start: point(2024, { month: 4, day: 19 }),
      end: point(2024, { month: 4, day: 21 }),
      range: true,
    });
    expect(parseEdtf('../2024')).toEqual({ edtf: '../2024', end: point(2024), range: true });
    expect(parseEdtf('2024-05/..')).toEqual({ edtf: '2024-05/..', start: point(2024, { month: 5 }), range: true });
  });

  test('returns 29 February in a leap year', () => {
    expect(parseEdtf('2024-02-29').start).toEqual(point(2024, { month: 2, day: 29 }));
  });

  test('throws when the day is not in the calendar, saying how many days the month has', () => {
    expect(() => parseEdtf('2025-02-29')).toThrow('`2025-02-29` is not a day of the calendar: February 2025 has 28 days');
  });

  test('throws when a month does not exist or a value is not EDTF', () => {
    expect(() => parseEdtf('2024-13')).toThrow('`2024-13` is not an EDTF date');
    expect(() => parseEdtf('April 2024')).toThrow('`April 2024` is not an EDTF date');
  });

  test('throws when a range ends before it starts', () => {
    expect(() => parseEdtf('2024-05/2024-04-30')).toThrow('`2024-05/2024-04-30` is a range that ends before it starts');
  });

  test('throws for EDTF features the site does not support, such as seasons', () => {
    expect(() => parseEdtf('2024-21')).toThrow('`2024-21` uses an EDTF feature this site does not support (Season)');
  });
});
