import { describe, expect, test } from 'vitest';
import { drawBars } from '../../../src/components/charts/count-bars.ts';

const EVENTS = ['event', 'events'] as const;

describe('drawBars', () => {
  test('draws each bar to scale against the longest, in tenths of a percent', () => {
    const bars = drawBars(
      [
        { label: '2023', count: 1 },
        { label: '2024', count: 2500 },
        { label: '2025', count: 1250 },
        { label: '2026', count: 333 },
      ],
      EVENTS,
    );
    expect(bars.map((bar) => bar.length)).toEqual([1, 100, 50, 13.3]);
  });

  test('gives a bar of 0 no length and no link, and any other bar at least 1%, so that it shows', () => {
    const bars = drawBars(
      [
        { label: 'January', count: 0, href: '/timeline/2024/01/' },
        { label: 'February', count: 3, href: '/timeline/2024/02/' },
        { label: 'March', count: 10_000, href: '/timeline/2024/03/' },
      ],
      EVENTS,
    );
    expect(bars.map(({ length, href }) => ({ length, href }))).toEqual([
      { length: 0, href: undefined },
      { length: 1, href: '/timeline/2024/02/' },
      { length: 100, href: '/timeline/2024/03/' },
    ]);
  });

  test('says each count in words, with the unit in the singular for one', () => {
    expect(drawBars([{ label: 'a', count: 1 }, { label: 'b', count: 0 }, { label: 'c', count: 1204 }], EVENTS).map((bar) => bar.words)).toEqual([
      '1 event',
      '0 events',
      '1,204 events',
    ]);
  });

  test('draws a chart of zeros, or of nothing, without dividing by zero', () => {
    expect(drawBars([{ label: 'a', count: 0 }], EVENTS).map((bar) => bar.length)).toEqual([0]);
    expect(drawBars([], EVENTS)).toEqual([]);
  });

  test('throws when a count is not a whole number of at least 0', () => {
    expect(() => drawBars([{ label: 'May', count: -1 }], EVENTS)).toThrow('a bar counts whole things, not -1 (May)');
  });
});
