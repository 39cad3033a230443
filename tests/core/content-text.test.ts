import { describe, expect, test } from 'vitest';
import { contentText } from '../../src/core/content-text.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('contentText', () => {
  test('returns the text without its one leading byte-order mark', () => {
    expect(contentText(bytes('\uFEFF---\ntitle: A\n'))).toBe('---\ntitle: A\n');
    expect(contentText(bytes('---\n'))).toBe('---\n');
  });

  test('keeps a second byte-order mark, for the checker to report', () => {
    expect(contentText(bytes('\uFEFF\uFEFF---\n'))).toBe('\uFEFF---\n');
  });

  test('throws on bytes that are not UTF-8', () => {
    expect(() => contentText(new Uint8Array([0x74, 0xe9, 0x74]))).toThrow(TypeError);
  });
});
