import { describe, expect, test } from 'vitest';
import { calendarDateProblem, formatCalendarDate, formatEdtf, parseEdtf, pointDatetime, sortKey } from '../../src/core/dates.ts';

const format = (edtf: string) => formatEdtf(parseEdtf(edtf));

describe('formatEdtf', () => {
  test('shows each date with its real precision', () => {
    expect(format('2024')).toBe('2024');
    expect(format('2024-04')).toBe('April 2024');
    expect(format('2024-04-19')).toBe('19 April 2024');
  });

  test('marks approximate and uncertain dates in words', () => {
    expect(format('2025-05~')).toBe('c. May 2025');
    expect(format('2025-05-12?')).toBe('12 May 2025 (uncertain)');
    expect(format('2025-05-12%')).toBe('c. 12 May 2025 (uncertain)');
  });

  test('writes ranges compactly within a month and in full otherwise', () => {
    expect(format('2024-04-19/2024-04-21')).toBe('19–21 April 2024');
    expect(format('2024-09-27/2024-10-01')).toBe('27 September 2024 – 1 October 2024');
    expect(format('2024/2025')).toBe('2024 – 2025');
    expect(format('../2024')).toBe('until 2024');
    expect(format('2024-05/..')).toBe('from May 2024');
  });

  test('never moves a date whatever the time zone (this suite runs in UTC-10 and UTC+14)', () => {
    // Dates that a Date-based formatter shifts by a day at one end of the world or the other.
    expect(format('2024-01-01')).toBe('1 January 2024');
    expect(format('2023-12-31')).toBe('31 December 2023');
    expect(formatCalendarDate('2025-05-17')).toBe('17 May 2025');
  });
});

describe('parseEdtf', () => {
  test('keeps only the precision written', () => {
    expect(parseEdtf('2024').start).toEqual({ year: 2024, approximate: false, uncertain: false });
    expect(parseEdtf('2024-04').start).toEqual({ year: 2024, month: 4, approximate: false, uncertain: false });
  });

  test('throws with the bad value and examples for text that is not EDTF', () => {
    expect(() => parseEdtf('last year')).toThrow('`last year` is not an EDTF date; write `2024`');
    expect(() => parseEdtf('19/04/2024')).toThrow('is not an EDTF date');
  });

  test('throws on impossible calendar days', () => {
    expect(() => parseEdtf('2025-02-30')).toThrow('`2025-02-30` is not a day of the calendar: February 2025 has 28 days');
    expect(() => parseEdtf('2023-02-29')).toThrow('February 2023 has 28 days');
    expect(parseEdtf('2024-02-29').start?.day).toBe(29);
  });

  test('throws on ranges that end before they start, saying how to fix it', () => {
    expect(() => parseEdtf('2024-05/2024-04')).toThrow('ends before it starts; put the earlier date first');
  });

  test('returns the everyday forms, read without the full parser, with their precision and qualifiers', () => {
    expect(parseEdtf('2025-05-12%').start).toEqual({ year: 2025, month: 5, day: 12, approximate: true, uncertain: true });
    expect(parseEdtf('2024-04~/2024-05?')).toEqual({
      edtf: '2024-04~/2024-05?',
      range: true,
      start: { year: 2024, month: 4, approximate: true, uncertain: false },
      end: { year: 2024, month: 5, approximate: false, uncertain: true },
    });
  });

  test('returns qualifiers, days and open or closed ranges read without the EDTF grammar', () => {
    expect(parseEdtf('2024%').start).toEqual({ year: 2024, approximate: true, uncertain: true });
    expect(parseEdtf('2025-05-12?').start).toEqual({ year: 2025, month: 5, day: 12, approximate: false, uncertain: true });
    expect(parseEdtf('2024-04-19/2024-04-21')).toEqual({
      edtf: '2024-04-19/2024-04-21',
      range: true,
      start: { year: 2024, month: 4, day: 19, approximate: false, uncertain: false },
      end: { year: 2024, month: 4, day: 21, approximate: false, uncertain: false },
    });
    expect(parseEdtf('../2024-05~')).toEqual({ edtf: '../2024-05~', range: true, end: { year: 2024, month: 5, approximate: true, uncertain: false } });
  });

  test('throws for a month that does not exist and for EDTF features the site does not support', () => {
    expect(() => parseEdtf('2024-13')).toThrow('`2024-13` is not an EDTF date');
    expect(() => parseEdtf('2024-21')).toThrow('`2024-21` uses an EDTF feature this site does not support (Season)');
  });

  test('throws for a range with no date at either end, which names no point in time', () => {
    for (const value of ['../..', '/', '/..', '../']) expect(() => parseEdtf(value), value).toThrow(/is a range with neither a start nor an end/);
    expect(parseEdtf('../2024').end).toMatchObject({ year: 2024 });
    expect(parseEdtf('2024/..').start).toMatchObject({ year: 2024 });
  });

  test('refuses times of day and unspecified digits', () => {
    expect(() => parseEdtf('2024-04-19T10:00:00Z')).toThrow('time of day');
    expect(() => parseEdtf('19XX')).toThrow('unspecified digits');
  });
});

describe('sortKey', () => {
  test('sorts a value by the first day it may mean', () => {
    expect(sortKey(parseEdtf('2024'))).toBe('2024-01-01');
    expect(sortKey(parseEdtf('2024-04~'))).toBe('2024-04-01');
    expect(sortKey(parseEdtf('2024-04-19/2024-05'))).toBe('2024-04-19');
    expect(sortKey(parseEdtf('../2024-06'))).toBe('2024-06-01');
  });
});

describe('pointDatetime', () => {
  test('gives a valid <time datetime> value of the same precision', () => {
    expect(pointDatetime(parseEdtf('2024').start!)).toBe('2024');
    expect(pointDatetime(parseEdtf('2024-04').start!)).toBe('2024-04');
    expect(pointDatetime(parseEdtf('2024-04-09').start!)).toBe('2024-04-09');
  });
});

describe('calendarDateProblem', () => {
  test('accepts real days and explains impossible ones', () => {
    expect(calendarDateProblem('2025-05-17')).toBeUndefined();
    expect(calendarDateProblem('2025-13-01')).toBe('has no month 13');
    expect(calendarDateProblem('2025-04-31')).toContain('April 2025 has 30 days');
    expect(calendarDateProblem('17/05/2025')).toBe('is not a calendar date in the form YYYY-MM-DD');
  });
});

describe('time zone of this run', () => {
  test('is one of the two the suite is meant to run in', () => {
    // Guards the two-time-zone set-up itself: if TZ stopped applying, the tests above would prove less.
    const offset = new Date(Date.UTC(2025, 0, 1)).getTimezoneOffset();
    expect([600, -840]).toContain(offset);
  });
});
