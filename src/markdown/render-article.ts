/**
 * Renders an article's text to HTML with Astro's unified Markdown processor (`createMarkdownProcessor` from
 * `@astrojs/markdown-remark`, the one behind `markdown: { processor: unified() }`), given our plugin list
 * (`markdownPipeline`: directives, claim marks, citations, sanitising), GFM on, and returns what its markers
 * mark. Article pages call it at render time, one body at a time, so a build never holds every body or its
 * HTML (Astro's content store keeps both and bundles them: see README, Performance). No smartypants: it
 * re-parsed every paragraph and cost more than the Markdown itself; no syntax highlighting: news has no code.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { splitFrontmatter } from '../lib/loader/frontmatter.ts';
import { frontmatterLocator } from './body-locator.ts';
import { emptyMarks, type BodyMarks } from './body-marks.ts';
import { markdownPipeline, type PipelineOptions } from './pipeline.ts';

export interface RenderedBody {
  html: string;
  marks: BodyMarks;
}

/**
 * A renderer for article files: `render(fileText, file)` gives the HTML of the text and its marks; problems
 * the plugins find are reported at their line in `file` (a path relative to the project).
 */
export function bodyRenderer(options: Omit<PipelineOptions, 'locate'>): (text: string, file?: string) => Promise<RenderedBody> {
  const { remarkPlugins, rehypePlugins, remarkRehype } = markdownPipeline({ ...options, locate: frontmatterLocator });
  let processor: Promise<MarkdownRenderer> | undefined;
  return async (text, file) => {
    processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins, remarkRehype, gfm: true, smartypants: false, syntaxHighlight: false });
    const split = splitFrontmatter(text);
    const body = split?.body ?? text;
    const startLine = split?.bodyStartLine ?? 1;
    // No file URL: Astro's image collection only runs on files with one, and article images are not
    // processed by Astro here. The place of the text goes in, the marks come back, through the frontmatter data.
    const frontmatter = file === undefined ? {} : { bodyStart: { file, line: startLine, column: 1 } };
    const { code, metadata } = await (await processor).render(body, { frontmatter });
    return { html: code, marks: (metadata.frontmatter.bodyMarks as BodyMarks | undefined) ?? emptyMarks() };
  };
}
