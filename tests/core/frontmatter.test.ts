import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from '../../src/core/frontmatter.ts';

describe('splitFrontmatter', () => {
  test('returns the YAML, the text after the frontmatter and the line the text starts on', () => {
    expect(splitFrontmatter('---\ntitle: A\nkind: report\n---\n\nFirst paragraph.\n')).toEqual({
      yaml: 'title: A\nkind: report',
      body: '\nFirst paragraph.\n',
      bodyStartLine: 5,
    });
  });

  test('accepts an empty frontmatter', () => {
    expect(splitFrontmatter('---\n---\nText\n')).toEqual({ yaml: '', body: 'Text\n', bodyStartLine: 3 });
  });

  test('returns undefined for a text that still starts with a byte-order mark (the reader removes one only)', () => {
    expect(splitFrontmatter('\uFEFF---\n---\nText\n')).toBeUndefined();
  });

  test('returns undefined when the frontmatter is missing or never closed', () => {
    expect(splitFrontmatter('Just text.\n')).toBeUndefined();
    expect(splitFrontmatter('---\ntitle: A\n\nText\n')).toBeUndefined();
  });
});
