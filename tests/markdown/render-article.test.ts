import { describe, expect, test } from 'vitest';
import { articleBody, renderMarkdown } from '../../src/markdown/render-article.ts';

describe('articleBody', () => {
  test('returns the text after the frontmatter', () => {
    expect(articleBody('---\ntitle: A\nkind: report\n---\n\nFirst paragraph.\n')).toBe('\nFirst paragraph.\n');
  });

  test('returns the whole text when there is no frontmatter', () => {
    expect(articleBody('Just text.\n')).toBe('Just text.\n');
  });
});

describe('renderMarkdown', () => {
  test('returns paragraphs, headings, emphasis and links as HTML', async () => {
    expect(await renderMarkdown('## Background\n\nSaid *on* Friday, per [the report](https://example.org/r).')).toBe(
      '<h2>Background</h2>\n<p>Said <em>on</em> Friday, per <a href="https://example.org/r">the report</a>.</p>',
    );
  });

  test('returns bare URLs as text: CommonMark, without the GFM extensions', async () => {
    expect(await renderMarkdown('See https://example.org now.')).toBe('<p>See https://example.org now.</p>');
  });

  test('returns no raw HTML from the Markdown', async () => {
    const html = await renderMarkdown('Text <script>alert(1)</script> and <b onclick="x()">bold</b>.\n\n<iframe src="https://example.org"></iframe>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('<iframe');
    expect(html).toContain('Text');
  });
});
