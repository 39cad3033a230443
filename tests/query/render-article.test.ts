import { describe, expect, test } from 'vitest';
import { bodyRenderer } from '../../src/query/render-article.ts';
import { lookup } from '../markdown/lookup-fixture.ts';

const render = bodyRenderer({ lookup, base: '/' });

describe('bodyRenderer', () => {
  test('returns the HTML of the text after the frontmatter, with numbered citations and their marks', async () => {
    const { html, marks } = await render('---\ntitle: A\n---\n\nIt was a deal.:cite[interview] Aid did not come.:cite[un-report]\n');
    expect(html).toContain('<p>It was a deal.<sup class="citation"><a href="#source-interview" id="cite-interview-1"');
    expect(html).toContain('<span class="visually-hidden">Source </span>2</a></sup></p>');
    expect(marks.citations).toEqual([
      { source: 'interview', number: 1, anchors: ['cite-interview-1'] },
      { source: 'un-report', number: 2, anchors: ['cite-un-report-1'] },
    ]);
  });

  test('returns GFM tables', async () => {
    expect((await render('| a | b |\n|---|---|\n| 1 | 2 |\n')).html).toContain('<td>1</td>');
  });

  test('returns no raw HTML from the text', async () => {
    const { html } = await render('Text <script>alert(1)</script> and <b onclick="x()">bold</b>.\n\n<iframe src="https://example.org"></iframe>\n');
    expect(html).not.toMatch(/<script|onclick|<iframe/);
    expect(html).toContain('Text');
  });

  test('throws on an unknown marker, naming its line and column in the whole file', async () => {
    const text = '---\ntitle: A\nkind: report\n---\n\nFirst line.\n\nSecond :claim[passage]{#no-such-claim}.\n';
    await expect(render(text, 'content/articles/a.md')).rejects.toThrow('content/articles/a.md:8:8 error unknown claim `no-such-claim`');
  });
});
