/**
 * The remark and rehype plugins every article body goes through, in order. One list for both places Markdown
 * is rendered: article bodies (`render-article.ts`, at page time) and any Markdown page Astro renders itself
 * (`astro.config.ts`). Add a plugin here, not in one of them.
 */
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** A plugin, or a plugin with its options, as both `unified().use()` and Astro's `unified()` take it. */
type Entry<Tree extends Node> = Plugin<any[], Tree> | [Plugin<any[], Tree>, unknown];

export const remarkPlugins: Entry<MdastRoot>[] = [];

export const rehypePlugins: Entry<HastRoot>[] = [];
