/**
 * The remark and rehype plugins every article body goes through, in order. One list for both places Markdown
 * is rendered: article bodies (`render-article.ts`, at page time) and any Markdown page Astro renders itself
 * (`astro.config.ts`). Add a plugin here, not in one of them.
 */
import type { PluggableList } from 'unified';

export const remarkPlugins: PluggableList = [];

export const rehypePlugins: PluggableList = [];
