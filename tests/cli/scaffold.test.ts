import { describe, expect, test } from 'vitest';
import { scaffold, slugify } from '../../src/cli/scaffold.ts';

describe('slugify', () => {
  test('returns lower-case ASCII words joined by hyphens', () => {
    expect(slugify('Hamas official: US broke a “promise”!')).toBe('hamas-official-us-broke-a-promise');
    expect(slugify('Pezeshkian à Téhéran')).toBe('pezeshkian-a-teheran');
    expect(slugify('a'.repeat(90))).toHaveLength(80);
    expect(slugify('¿?')).toBe('');
  });
});

describe('scaffold', () => {
  test('returns the path in the content folder and a title quoted safely', () => {
    const { path, text } = scaffold('article', 'He said: "no"', '2025-05-17');
    expect(path).toBe('articles/he-said-no.md');
    expect(text).toContain('title: "He said: \\"no\\""');
    expect(text).toContain('published: 2025-05-17');
  });
});
