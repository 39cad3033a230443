import { describe, expect, test } from 'vitest';
import { timelineEventUrl } from '../../src/core/urls.ts';

describe('timelineEventUrl', () => {
  test('returns the timeline page of the event\'s year with the event entry as its fragment', () => {
    expect(timelineEventUrl('naim-interview', 2025)).toBe('/timeline/2025/#event-naim-interview');
  });

  test('returns the timeline overview when the event has no year', () => {
    expect(timelineEventUrl('naim-interview')).toBe('/timeline/#event-naim-interview');
  });
});
