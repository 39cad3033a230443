import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeHtmlText } from '../../src/formats/escape-html.ts';

describe('escapeHtml', () => {
  test('returns markup characters as character references', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
  });

  test('returns plain text unchanged', () => {
    expect(escapeHtml('Witkoff, 16 May 2025')).toBe('Witkoff, 16 May 2025');
  });
});

describe('escapeHtmlText', () => {
  test('returns `&`, `<` and `>` as entities and leaves quotes as they are', () => {
    expect(escapeHtmlText(`<img src=x onerror=alert(1)> & "quoted" 'text'`)).toBe(`&lt;img src=x onerror=alert(1)&gt; &amp; "quoted" 'text'`);
  });
});
