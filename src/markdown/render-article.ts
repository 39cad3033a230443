/**
 * Renders an article's Markdown body to HTML, free of Astro: remark-parse (CommonMark), the project's
 * plugins, remark-rehype, rehype-stringify. Raw HTML in the Markdown is dropped, never passed through.
 * No GFM: its extensions (autolinked bare URLs above all) made parsing four to five times slower, and news
 * bodies need none of them; add `remark-gfm` to `pipeline.ts` if tables are ever wanted.
 *
 * Article pages call it at render time, one body at a time, so a build never holds every body or its HTML
 * in memory (Astro's content store would keep both, and bundle them; see README, Performance).
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from './pipeline.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkPlugins)
  .use(remarkRehype)
  .use(rehypePlugins)
  .use(rehypeStringify)
  .freeze();

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The body of an article file: everything after its frontmatter. */
export function articleBody(text: string): string {
  return text.replace(FRONTMATTER, '');
}

/** `<p>Text</p>` from `Text`: the HTML of a Markdown body. `path` names the file in plugin messages. */
export async function renderMarkdown(markdown: string, path?: string): Promise<string> {
  const file = new VFile(path === undefined ? { value: markdown } : { value: markdown, path });
  return String(await processor.process(file));
}
