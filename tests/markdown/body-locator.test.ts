import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { frontmatterLocator } from '../../src/markdown/body-locator.ts';

describe('frontmatterLocator', () => {
  test('returns the place the renderer put in the Astro frontmatter data', () => {
    const start = { file: 'content/articles/a.md', line: 10, column: 1 };
    expect(frontmatterLocator(new VFile({ data: { astro: { frontmatter: { bodyStart: start } } } }))).toEqual(start);
  });

  test('returns undefined for a file without one', () => {
    expect(frontmatterLocator(new VFile())).toBeUndefined();
  });
});
