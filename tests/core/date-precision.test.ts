import { describe, expect, test } from 'vitest';
import { dateMarker } from '../../src/core/date-precision.ts';
import { parseEdtf } from '../../src/core/dates.ts';

const marker = (edtf: string) => {
  const { shape, classes, words } = dateMarker(parseEdtf(edtf));
  return { shape, classes, words };
};

describe('dateMarker', () => {
  test('gives a day, a month, a year and a range each their own shape and words', () => {
    expect(marker('2024-04-19')).toEqual({ shape: 'day', classes: 'marker marker-day', words: 'known to the day' });
    expect(marker('2024-04')).toEqual({ shape: 'month', classes: 'marker marker-month', words: 'known to the month, not the day' });
    expect(marker('2024')).toEqual({ shape: 'year', classes: 'marker marker-year', words: 'known to the year only' });
    expect(marker('2024-04-19/2024-04-21')).toEqual({ shape: 'range', classes: 'marker marker-range', words: 'a range of 3 days' });
  });

  test('marks approximate and uncertain dates on top of their precision', () => {
    expect(marker('2025-05~')).toEqual({ shape: 'month', classes: 'marker marker-month marker-approximate', words: 'known to the month, not the day, approximate' });
    expect(marker('2025-05-12?')).toEqual({ shape: 'day', classes: 'marker marker-day marker-uncertain', words: 'known to the day, uncertain' });
    expect(marker('2025%').classes).toBe('marker marker-year marker-approximate marker-uncertain');
    expect(marker('2024-04-28/2024-05-02~').classes).toBe('marker marker-range marker-approximate');
  });

  test('counts the days of a range from the first day of its start to the last of its end, across months and leap days', () => {
    expect(marker('2024-02-28/2024-03-01').words).toBe('a range of 3 days');
    expect(marker('2024-02/2024-03').words).toBe('a range of 60 days');
    expect(marker('2024-02/2024-06').words).toBe('a range over months');
    expect(marker('2023-11/2024-02').words).toBe('a range over years');
  });

  test('says when a range has an open end', () => {
    expect(marker('../2024').words).toBe('a range with no known start');
    expect(marker('2024/..').words).toBe('a range with no known end');
  });
});
