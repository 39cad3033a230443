import { describe, expect, test } from 'vitest';
import { articlePath, claimPath, partSegment, partyPath, sourcePath, timelinePath } from '../../src/core/paths.ts';

describe('paths of pages', () => {
  test('returns the path of each kind of page below the site root, with its trailing slash', () => {
    expect(articlePath('naim-deal')).toBe('articles/naim-deal/');
    expect(claimPath('naim-deal-claim')).toBe('claims/naim-deal-claim/');
    expect(partyPath('hamas')).toBe('parties/hamas/');
    expect(sourcePath('interview')).toBe('sources/interview/');
  });
});

describe('timelinePath', () => {
  test('returns the overview, a year and a part of a busy year', () => {
    expect(timelinePath()).toBe('timeline/');
    expect(timelinePath(2024)).toBe('timeline/2024/');
    expect(timelinePath(2024, 5)).toBe('timeline/2024/05/');
    expect(timelinePath(2024, 12)).toBe('timeline/2024/12/');
    expect(timelinePath(2024, 'year-only')).toBe('timeline/2024/year-only/');
  });
});

describe('partSegment', () => {
  test('returns a month as two digits and no month as year-only', () => {
    expect(partSegment(3)).toBe('03');
    expect(partSegment(undefined)).toBe('year-only');
  });
});
