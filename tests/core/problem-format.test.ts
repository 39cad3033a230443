import { describe, expect, test } from 'vitest';
import { fieldPath, formatProblem } from '../../src/core/problem-format.ts';
import { problem } from '../fixtures/problems.ts';


describe('fieldPath', () => {
  test('returns dots for fields and brackets for list items', () => {
    expect(fieldPath(['claims', 1, 'relations', 0, 'claim'])).toBe('claims[1].relations[0].claim');
  });
});

describe('formatProblem', () => {
  test('returns the compiler-style line', () => {
    expect(formatProblem(problem)).toBe('content/articles/gaza-deal.md:14:5 error claims[1].claimant: unknown party "witkof"; did you mean "witkoff"?');
  });

  test('returns the same words with colour codes around the place and the severity', () => {
    const coloured = formatProblem(problem, true);
    expect(coloured).toContain('\u001b[');
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(formatProblem(problem));
  });
});
