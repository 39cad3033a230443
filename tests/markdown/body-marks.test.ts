import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { bodyMarks, sourceOrder } from '../../src/markdown/body-marks.ts';

describe('sourceOrder', () => {
  test('returns the cited sources first, by number, then the others in their own order', () => {
    const citations = [
      { source: 'c', number: 1, anchors: ['cite-c-1'] },
      { source: 'a', number: 2, anchors: ['cite-a-1'] },
    ];
    expect(sourceOrder(['a', 'b', 'c', 'd'], citations)).toEqual(['c', 'a', 'b', 'd']);
  });

  test('returns a cited source the article does not list as well', () => {
    expect(sourceOrder(['a'], [{ source: 'z', number: 1, anchors: ['cite-z-1'] }])).toEqual(['z', 'a']);
  });
});

describe('bodyMarks', () => {
  test('returns empty marks for a new file and the same object afterwards', () => {
    const file = new VFile();
    const marks = bodyMarks(file);
    expect(marks).toEqual({ claims: [], parties: [], citations: [] });
    expect(bodyMarks(file)).toBe(marks);
  });
});
