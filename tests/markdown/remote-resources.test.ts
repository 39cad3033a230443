import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { MAY_HOLD_REMOTE, remoteResourceFindings } from '../../src/markdown/remote-resources.ts';

const messages = (markdown: string) => remoteResourceFindings(unified().use(remarkParse).parse(markdown)).map(({ severity, message, position }) => `${position?.start.line} ${severity}: ${message}`);

describe('remoteResourceFindings', () => {
  test('warns, at its line, of an image from another site and of a link that could run script', () => {
    expect(messages('Text.\n\n![Map](https://cdn.example/map.png) and [click](javascript:alert(1)).')).toEqual([
      '3 warning: the image "https://cdn.example/map.png" is on another site, and is left out of the page (every reader\'s browser would fetch it); use an image from the content\'s media',
      '3 warning: a link to `javascript:` is left out of the page (it could run script or carry a document); link to an http:// or https:// page',
    ]);
  });

  test('follows references to their definitions, and lets local images and web links be', () => {
    expect(messages('![Map][m] and [site][s] and ![Harbour](../media/harbour.png)\n\n[m]: https://cdn.example/m.png\n[s]: https://example.org/')).toHaveLength(1);
  });
});

describe('MAY_HOLD_REMOTE', () => {
  test('matches a text with an image or an unsafe scheme, and not plain prose', () => {
    expect(MAY_HOLD_REMOTE.test('see ![x](y)')).toBe(true);
    expect(MAY_HOLD_REMOTE.test('[x](data: text)')).toBe(true);
    expect(MAY_HOLD_REMOTE.test('A plain sentence: nothing else.')).toBe(false);
  });
});
