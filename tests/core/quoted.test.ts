import { describe, expect, test } from 'vitest';
import { hasOwnMarks, quoted } from '../../src/core/quoted.ts';

describe('quoted', () => {
  test('returns the quote in typographic marks', () => {
    expect(quoted('It was a deal.')).toBe('“It was a deal.”');
  });

  test('returns a quote that holds its own marks as written', () => {
    expect(quoted('“A deal,” he said, “is a deal.”')).toBe('“A deal,” he said, “is a deal.”');
    expect(quoted('"It was a deal."')).toBe('"It was a deal."');
    expect(quoted('« C’était un accord »')).toBe('« C’était un accord »');
  });
});

describe('hasOwnMarks', () => {
  test('returns false for an apostrophe inside the quote', () => {
    expect(hasOwnMarks('It wasn’t a deal.')).toBe(false);
  });

  test('returns true for a quote that quotes someone in the middle', () => {
    expect(hasOwnMarks('He called it “a deal” at the time')).toBe(true);
  });
});
