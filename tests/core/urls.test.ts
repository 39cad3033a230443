import { describe, expect, test } from 'vitest';
import { timelineEventUrl } from '../../src/core/urls.ts';

describe('timelineEventUrl', () => {
  test('returns the timeline page the event is on with the event entry as its fragment', () => {
    expect(timelineEventUrl('naim-interview', 'timeline/2025/')).toBe('/timeline/2025/#event-naim-interview');
    expect(timelineEventUrl('naim-interview', 'timeline/2025/05/page/2/')).toBe('/timeline/2025/05/page/2/#event-naim-interview');
  });

  test('returns the timeline overview when the event has no page', () => {
    expect(timelineEventUrl('naim-interview')).toBe('/timeline/#event-naim-interview');
  });
});
