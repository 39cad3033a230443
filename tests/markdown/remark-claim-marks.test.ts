import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkClaimMarks, { type ClaimMarksOptions } from '../../src/markdown/remark-claim-marks.ts';
import { lookup } from './lookup-fixture.ts';

const run = (markdown: string, options: Partial<ClaimMarksOptions> = {}) => {
  const file = new VFile({ value: markdown, path: '/site/content/articles/a.md' });
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkClaimMarks, { lookup, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
  return { file, result: processor.process(file) };
};

describe('remarkClaimMarks', () => {
  test('hands valid markers to rehype as bare elements and records the claims and parties marked', async () => {
    const { file, result } = run(':party[Naim]{#basem-naim}: :claim[a deal]{#naim-deal}.:cite[interview un-report]');
    expect(String(await result)).toBe(
      '<p><span data-party-id="basem-naim">Naim</span>: <span data-claim-id="naim-deal">a deal</span>.<sup data-cite="interview un-report"></sup></p>',
    );
    expect(file.data.bodyMarks).toEqual({ claims: ['naim-deal'], parties: ['basem-naim'], citations: [] });
    expect(file.messages).toEqual([]);
  });

  test('gives text that only looks like a directive back as it was written', async () => {
    const { result } = run('At 10:30 a:b-c_d and re:Invent.');
    expect(String(await result)).toBe('<p>At 10:30 a:b-c_d and re:Invent.</p>');
  });

  test('fails the file listing every error at its line and column in the whole file', async () => {
    const { file, result } = run('Intro.\n\n  :cliam[x]{#naim-deal} and :claim[y]{#nope}', {
      locate: () => ({ file: 'content/articles/a.md', line: 20, column: 1 }),
    });
    await expect(result).rejects.toThrow(
      [
        '2 error(s) in the markers of the article text:',
        'content/articles/a.md:22:3 error unknown marker `:cliam`; did you mean `:claim`?',
      ].join('\n'),
    );
    expect(file.messages.map((m) => `${m.fatal} ${m.line}:${m.column}`)).toEqual(['true 3:3', 'true 3:29', 'true undefined:undefined']);
    expect(file.messages.at(-1)!.reason).toContain('content/articles/a.md:22:29 error unknown claim `nope` in `:claim`');
  });

  test('places an error on the first line of the text after the column where the text starts', async () => {
    const { result } = run(':claim[y]{#nope}', { locate: () => ({ file: 'a.md', line: 7, column: 3 }) });
    await expect(result).rejects.toThrow('a.md:7:3 error unknown claim `nope`');
  });

  test('warns about raw HTML at its place without failing', async () => {
    const { file, result } = run('Text <b>bold</b>.');
    await result;
    expect(file.messages.map((m) => [m.fatal, m.line, m.column, m.reason.split(':')[0]])).toEqual([
      [false, 1, 6, 'raw HTML is not allowed in an article and is left out of the page'],
      [false, 1, 13, 'raw HTML is not allowed in an article and is left out of the page'],
    ]);
  });
});
