import { describe, expect, test } from 'vitest';
import { timelineEventUrl } from '../../src/lib/urls.ts';

describe('timelineEventUrl', () => {
  test('returns the timeline page with the event entry as its fragment', () => {
    expect(timelineEventUrl('naim-interview')).toBe('/timeline/#event-naim-interview');
  });
});
