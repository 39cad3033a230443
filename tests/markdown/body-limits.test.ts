import { describe, expect, test } from 'vitest';
import { bodyLimitProblem, MAX_BODY_CHARACTERS, MAX_CONTAINER_LINES } from '../../src/markdown/body-limits.ts';
import { checkBody } from '../../src/markdown/check-body.ts';

const known = { claims: new Set<string>(), sources: new Set<string>(), parties: new Set<string>() };

describe('bodyLimitProblem', () => {
  test('refuses 6,000 separate block quotes of inline code, the quadratic shape, at the line over the limit, without parsing (under 2 s)', () => {
    const text = '> `code`\n\n'.repeat(6000);
    const start = performance.now();
    const report = checkBody(text, known);
    const elapsed = performance.now() - start;
    expect(report.problems).toEqual([
      {
        severity: 'error',
        line: 2 * MAX_CONTAINER_LINES + 1,
        column: 1,
        message: `the text has more than ${MAX_CONTAINER_LINES} lines that open a block quote or a list item (this is one more), which the Markdown parser would take too long to read; merge quotes and lists, or split the article`,
      },
    ]);
    // The Done-when of the reliability issue: refused or rendered in under 2 s (the parse took 27 s).
    expect(elapsed).toBeLessThan(2000);
  });

  test('counts list items and nested quotes and lists, at any depth', () => {
    expect(bodyLimitProblem('- a\n'.repeat(MAX_CONTAINER_LINES))).toBeUndefined();
    expect(bodyLimitProblem('- a\n'.repeat(MAX_CONTAINER_LINES + 1))?.line).toBe(MAX_CONTAINER_LINES + 1);
    expect(bodyLimitProblem('1. a\n   - `b`\n'.repeat(MAX_CONTAINER_LINES))?.line).toBe(MAX_CONTAINER_LINES + 1);
    expect(bodyLimitProblem('   > > a\n'.repeat(MAX_CONTAINER_LINES + 1))).toBeDefined();
  });

  test('passes prose with hyphens, numbers and greater-than signs inside lines', () => {
    expect(bodyLimitProblem('A well-known fact: 3 > 2, and 2025. Also -5 degrees.\n\n'.repeat(2000))).toBeUndefined();
  });

  test('refuses a text longer than the limit, at its first line', () => {
    expect(bodyLimitProblem('a'.repeat(MAX_BODY_CHARACTERS + 1))).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^the text is 200,001 characters long, more than the 200,000/) });
    expect(bodyLimitProblem('a'.repeat(MAX_BODY_CHARACTERS))).toBeUndefined();
  });
});
