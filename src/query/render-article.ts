/**
 * Renders an article's text to HTML with Astro's unified Markdown processor (`createMarkdownProcessor` from
 * `@astrojs/markdown-remark`, the one behind `markdown: { processor: unified() }`), given our plugin list
 * (`markdownPipeline`: directives, claim marks, citations, sanitising), GFM on, and returns what its markers
 * mark, and its text for the search index. A build runs it in a thread of its own, beside the pages
 * (`src/integration/article-pass.ts`); `astro dev` calls it as each page renders. No smartypants: it
 * re-parsed every paragraph and cost more than the Markdown itself; no syntax highlighting: news has no code.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { splitFrontmatter } from '../core/frontmatter.ts';
import { frontmatterLocator } from '../markdown/body-locator.ts';
import { emptyMarks, type BodyMarks } from '../markdown/body-marks.ts';
import { markdownPipeline, type PipelineOptions } from '../markdown/pipeline.ts';

export interface RenderedBody {
  html: string;
  marks: BodyMarks;
  /** The text without markup, for the search index. */
  text: string;
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
    const { code, metadata } = await (await processor).render(body, { frontmatter }).catch((error: unknown) => {
      // Astro prefixes the message with `Failed to parse Markdown file "undefined"`; the reason names the file and line.
      const reason = (error as { reason?: unknown }).reason;
      throw typeof reason === 'string' ? new Error(reason, { cause: error }) : error;
    });
    const { bodyMarks, bodyText } = metadata.frontmatter as { bodyMarks?: BodyMarks; bodyText?: string };
    return { html: code, marks: bodyMarks ?? emptyMarks(), text: bodyText ?? '' };
  };
}
