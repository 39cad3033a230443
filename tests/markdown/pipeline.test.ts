import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { lookup } from './lookup-fixture.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const cases = readdirSync(fixtures).sort();

function read(name: string) {
  const dir = path.join(fixtures, name);
  const options = existsSync(path.join(dir, 'options.json'))
    ? (JSON.parse(readFileSync(path.join(dir, 'options.json'), 'utf8')) as { base?: string; processor?: 'astro' })
    : {};
  return {
    astro: options.processor === 'astro',
    input: readFileSync(path.join(dir, 'input.md'), 'utf8'),
    output: readFileSync(path.join(dir, 'output.html'), 'utf8').trimEnd(),
    pipeline: markdownPipeline({ lookup, base: options.base ?? '/' }),
  };
}

describe('markdownPipeline', () => {
  /** Plain `unified()` with only our plugins; `"processor": "astro"` in options.json: Astro's, with GFM and smartypants. */
  test.each(cases)('renders fixtures/%s/input.md as its output.html', async (name) => {
    const { input, output, pipeline, astro } = read(name);
    if (astro) {
      const { code } = await (await createMarkdownProcessor({ ...pipeline, syntaxHighlight: false })).render(input);
      expect(code).toBe(output);
      return;
    }
    const processor = unified()
      .use(remarkParse)
      .use(pipeline.remarkPlugins)
      .use(remarkRehype, pipeline.remarkRehype)
      .use(pipeline.rehypePlugins)
      .use(rehypeStringify);
    expect(String(await processor.process(input))).toBe(output);
  });

  test('renders hostile HTML the same way in Astro\'s own processor, which runs rehype-raw after the plugins', async () => {
    const { input, output, pipeline } = read('hostile-html');
    const astro = await createMarkdownProcessor({ ...pipeline, syntaxHighlight: false });
    const { code } = await astro.render(input);
    expect(code).toBe(output);
    expect(code).not.toMatch(/<(script|iframe|object|embed|svg|style|math|details)\b|\son\w+=|style=|javascript:[^<]*"|data:/i);
  });

  test('hands the marks and the words to Astro as remarkPluginFrontmatter.bodyMarks and bodyText', async () => {
    const { input, pipeline } = read('citations');
    const astro = await createMarkdownProcessor({ ...pipeline, syntaxHighlight: false });
    const { metadata } = await astro.render(input, { frontmatter: { title: 'T' } });
    expect(metadata.frontmatter).toEqual({
      title: 'T',
      bodyMarks: {
        claims: [],
        parties: [],
        citations: [
          { source: 'interview', number: 1, anchors: ['cite-interview-1', 'cite-interview-2', 'cite-interview-3'] },
          { source: 'un-report', number: 2, anchors: ['cite-un-report-1', 'cite-un-report-2'] },
        ],
      },
      bodyText: 'It was a deal.\nAid did not come. Nor did a ceasefire.',
    });
  });
});
