import { describe, expect, test } from 'vitest';
import { scaffold } from '../../src/cli/scaffold.ts';

describe('scaffold', () => {
  test('returns the path in the content folder and a title quoted safely', () => {
    const { path, text } = scaffold('article', 'He said: "no"', '2025-05-17');
    expect(path).toBe('articles/he-said-no.md');
    expect(text).toContain('title: "He said: \\"no\\""');
    expect(text).toContain('published: 2025-05-17');
  });
});
