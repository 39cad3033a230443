/**
 * Renders an article's text to HTML outside Astro, with the same plugins as `markdownPipeline` (directives,
 * claim marks, citations, sanitising), on CommonMark with GFM, and returns what its markers mark. Article
 * pages call it at render time, one body at a time, so a build never holds every body or its HTML (Astro's
 * content store keeps both and bundles them: see README, Performance). No smartypants: it re-parsed every
 * paragraph and cost more than the Markdown itself.
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { bodyMarks, type BodyMarks } from './body-marks.ts';
import { markdownPipeline, type PipelineOptions } from './pipeline.ts';

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/;

/** The text of an article file: everything after its frontmatter. */
export function articleBody(text: string): string {
  return text.replace(FRONTMATTER, '');
}

export interface RenderedBody {
  html: string;
  marks: BodyMarks;
}

/** A renderer for article files: `render(fileText, path)` gives the HTML of the text and its marks. */
export function bodyRenderer(options: PipelineOptions): (text: string, path?: string) => Promise<RenderedBody> {
  const pipeline = markdownPipeline(options);
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(pipeline.remarkPlugins)
    .use(remarkRehype, pipeline.remarkRehype)
    .use(pipeline.rehypePlugins)
    .use(rehypeStringify)
    .freeze();
  return async (text, path) => {
    const file = new VFile(path === undefined ? { value: articleBody(text) } : { value: articleBody(text), path });
    const html = String(await processor.process(file));
    return { html, marks: bodyMarks(file) };
  };
}
