import { describe, expect, test } from 'vitest';
import { isoDateFromWords } from '../../src/core/date-in-words.ts';

describe('isoDateFromWords', () => {
  test('returns the ISO day of a date written in words, in either order, with a weekday or an ordinal', () => {
    for (const written of ['May 16, 2025', 'May 16 2025', '16 May 2025', '16th May, 2025', 'Friday, 16th of May 2025', 'Fri. May 16, 2025', 'may 16, 2025', '2025/05/16', '2025.5.16']) {
      expect(isoDateFromWords(written), written).toBe('2025-05-16');
    }
    expect(isoDateFromWords('Sept. 3, 2024')).toBe('2024-09-03');
    expect(isoDateFromWords('December 31 2024')).toBe('2024-12-31');
  });

  test('returns the ISO month of a month written in words', () => {
    expect(isoDateFromWords('May 2025')).toBe('2025-05');
    expect(isoDateFromWords('February, 2024')).toBe('2024-02');
  });

  test('returns nothing for what could mean two dates, or no date', () => {
    for (const written of ['05/06/2025', '5.6.2025', 'February 30, 2025', 'Mayday 16, 2025', 'last week', '2025-05-16', 'Ma 16, 2025']) {
      expect(isoDateFromWords(written), written).toBeUndefined();
    }
  });
});
