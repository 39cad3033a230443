import { describe, expect, test } from 'vitest';
import { countStatuses, statusChart } from '../../../src/components/charts/status-bar.ts';
import { STATUS_IDS } from '../../../src/schemas/status.ts';

describe('countStatuses', () => {
  test('returns every status, those never seen at 0', () => {
    expect(countStatuses(['false', 'disputed', 'false'])).toEqual({ unverified: 0, disputed: 1, denied: 0, corroborated: 0, confirmed: 0, false: 2 });
  });
});

describe('statusChart', () => {
  test('returns segments in the vocabulary order that tile the bar exactly', () => {
    const chart = statusChart({ unverified: 1, disputed: 2, denied: 1, corroborated: 3, confirmed: 1, false: 2 });
    expect(chart.total).toBe(10);
    expect(chart.segments.map((s) => s.status)).toEqual(STATUS_IDS);
    expect(chart.segments.map((s) => [s.count, s.x, s.width])).toEqual([
      [1, 0, 10],
      [2, 10, 20],
      [1, 30, 10],
      [3, 40, 30],
      [1, 70, 10],
      [2, 80, 20],
    ]);
    expect(chart.summary).toBe('10 claims: 1 unverified, 2 disputed, 1 denied, 3 corroborated, 1 confirmed, 2 false.');
  });

  test('returns whole percents that add up to 100, the spare points to the largest remainders', () => {
    const chart = statusChart({ unverified: 1, disputed: 1, denied: 1, corroborated: 0, confirmed: 0, false: 0 });
    expect(chart.segments.map((s) => s.percent)).toEqual([34, 33, 33, 0, 0, 0]);
    const skewed = statusChart({ unverified: 996, disputed: 2, denied: 1, corroborated: 1, confirmed: 0, false: 0 });
    expect(skewed.segments.map((s) => s.percent)).toEqual([100, 0, 0, 0, 0, 0]);
    expect(skewed.segments.reduce((sum, s) => sum + s.percent, 0)).toBe(100);
  });

  test('returns an empty bar and "No claims." when there are none, and the singular for one', () => {
    const none = statusChart(countStatuses([]));
    expect(none.total).toBe(0);
    expect(none.segments.every((s) => s.width === 0 && s.percent === 0)).toBe(true);
    expect(none.summary).toBe('No claims.');
    expect(statusChart(countStatuses(['confirmed']), 'claims made by Israel').summary).toBe('1 claim made by Israel: 1 confirmed.');
  });
});
