import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/problem-format.ts';
import { formatGithubAnnotation, formatReport, summarize } from '../../src/loader/problems.ts';
import { problem, warning } from '../fixtures/problems.ts';


describe('formatGithubAnnotation', () => {
  test('returns a workflow command with the place and the field, escaped', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/articles/gaza-deal.md,line=14,col=5,title=claims[1].claimant::claims[1].claimant: unknown party "witkof"; did you mean "witkoff"?',
    );
    expect(formatGithubAnnotation(warning)).toBe('::warning file=content/articles/gaza-deal.md,line=3,col=5::no article refers to party "x", 100%25');
  });
});

describe('summarize', () => {
  test('returns the counts in words', () => {
    expect(summarize([problem, problem, warning], 21)).toBe('2 errors and 1 warning in 21 files.');
    expect(summarize([warning], 1)).toBe('1 warning in 1 file.');
    expect(summarize([], 3)).toBe('No problems in 3 files.');
  });
});

describe('formatReport', () => {
  test('returns JSON with the counts and one object a problem', () => {
    expect(JSON.parse(formatReport([problem, warning], 2, 'json'))).toEqual({
      files: 2,
      errors: 1,
      warnings: 1,
      problems: [
        { file: problem.file, line: 14, column: 5, severity: 'error', field: 'claims[1].claimant', message: problem.message },
        { file: problem.file, line: 3, column: 5, severity: 'warning', field: '', message: warning.message },
      ],
    });
  });

  test('returns human lines ending with the count line', () => {
    expect(formatReport([problem], 1, 'human').split('\n')).toEqual([formatProblem(problem), '1 error in 1 file.', '']);
  });
});
