import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import type { ContentFile } from '../../src/lib/load-content.ts';
import { bodyLocator, bodyStart } from '../../src/markdown/body-locator.ts';

describe('bodyStart', () => {
  test('returns the line and column of the first character after leading blank lines and spaces', () => {
    expect(bodyStart('a.md', '\n\n  Text', 12)).toEqual({ file: 'a.md', line: 14, column: 3 });
  });

  test('returns the first line when the text starts at once', () => {
    expect(bodyStart('a.md', 'Text', 5)).toEqual({ file: 'a.md', line: 5, column: 1 });
  });
});

describe('bodyLocator', () => {
  const files = new Map([['content/articles/a.md', { body: '\nText', bodyStartLine: 9 } as ContentFile]]);
  const locate = bodyLocator(files, '/site');

  test('returns where the text of a loaded article starts, by the absolute path Astro gives', () => {
    expect(locate(new VFile({ path: path.join('/site', 'content/articles/a.md') }))).toEqual({ file: 'content/articles/a.md', line: 10, column: 1 });
  });

  test('returns undefined for a file it has not loaded or a file without a path', () => {
    expect(locate(new VFile({ path: '/site/content/articles/b.md' }))).toBeUndefined();
    expect(locate(new VFile())).toBeUndefined();
  });
});
