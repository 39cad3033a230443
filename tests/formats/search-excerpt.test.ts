import { describe, expect, test } from 'vitest';
import { excerptSegments } from '../../src/formats/search-excerpt.ts';

describe('excerptSegments', () => {
  test('returns marked words apart from plain text', () => {
    expect(excerptSegments('envoy <mark>Witkoff</mark> made a promise')).toEqual([
      { text: 'envoy ', mark: false },
      { text: 'Witkoff', mark: true },
      { text: ' made a promise', mark: false },
    ]);
  });

  test('returns escaped markup as text, decoded, never as tags', () => {
    expect(excerptSegments('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;b&#x27;')).toEqual([
      { text: "a <script>alert(1)</script> & 'b'", mark: false },
    ]);
  });

  test('returns text without any raw tag other than mark', () => {
    expect(excerptSegments('x<img src=x onerror=alert(1)>y <mark><b>z</b></mark>')).toEqual([
      { text: 'xy ', mark: false },
      { text: 'z', mark: true },
    ]);
  });
});
