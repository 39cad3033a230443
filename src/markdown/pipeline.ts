/**
 * The Markdown plugins of an article's text, in order, with their options: for Astro's
 * `unified({ remarkPlugins, rehypePlugins, remarkRehype })` and for the tests, which run the same list.
 *
 * remark: directives are parsed, markers checked and recorded, raw HTML dropped. remark-rehype: with
 * `allowDangerousHtml: false`, so no raw HTML node can cross over. rehype: claims, party links, citations,
 * heading ids and links, external links, images from other sites left out, then `rehype-sanitize` with our allow-list, last of ours, then the
 * marks and the text (for the search index) handed to Astro.
 */
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkDirective from 'remark-directive';
import type { Options as RemarkRehypeOptions } from 'remark-rehype';
import type { Plugin } from 'unified';
import { autolinkOptions, slugOptions } from './heading-links.ts';
import type { ContentLookup } from './lookup.ts';
import rehypeBodyFrontmatter from './rehype-body-frontmatter.ts';
import rehypeCitations from './rehype-citations.ts';
import rehypeClaims from './rehype-claims.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeLocalImages from './rehype-local-images.ts';
import rehypePartyLinks from './rehype-party-links.ts';
import remarkClaimMarks, { type ClaimMarksOptions } from './remark-claim-marks.ts';
import remarkDropHtml from './remark-drop-html.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export interface PipelineOptions {
  lookup: ContentLookup;
  /** Astro's `base`: `/` or `/pr-12/`. */
  base: string;
  locate?: ClaimMarksOptions['locate'];
}

// `any`: each plugin has its own tree type and options.
type AnyPlugin = Plugin<any[], any, any>;
/** A plugin, or a plugin and its options: the shape Astro's `unified()` takes. */
export type PluginEntry = AnyPlugin | [AnyPlugin, unknown];

export interface Pipeline {
  remarkPlugins: PluginEntry[];
  rehypePlugins: PluginEntry[];
  remarkRehype: RemarkRehypeOptions;
}

export function markdownPipeline({ lookup, base, locate }: PipelineOptions): Pipeline {
  return {
    remarkPlugins: [remarkDirective, [remarkClaimMarks, { lookup, locate }], remarkDropHtml],
    remarkRehype: { allowDangerousHtml: false, footnoteLabelProperties: { className: ['visually-hidden'] } },
    rehypePlugins: [
      [rehypeClaims, { lookup, base }],
      [rehypePartyLinks, { lookup, base }],
      [rehypeCitations, { lookup }],
      [rehypeSlug, slugOptions],
      [rehypeAutolinkHeadings, autolinkOptions],
      rehypeExternalLinks,
      rehypeLocalImages,
      [rehypeSanitize, sanitizeSchema],
      rehypeBodyFrontmatter,
    ],
  };
}
