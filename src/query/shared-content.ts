/**
 * What `astro.config.ts` and its integrations prepare before the pages render, handed to the pages' query
 * layer in the same process: the content, loaded and checked once (a build reads and validates 10,000
 * articles once rather than twice), and in a build the article texts, rendered in a thread of their own, and
 * the parts of the search index.
 * Astro bundles the pages apart from the config, so a module variable would not be shared: the hand-over is
 * a global.
 */
import type { ArticleBodies } from '../build/article-bodies.ts';
import type { CardKind } from '../formats/cards/card-plan.ts';
import type { CheckedContent } from '../loader/load-content.ts';

const CONTENT = Symbol.for('claimdesk.content');
const BODIES = Symbol.for('claimdesk.article-bodies');
const SEARCH_PARTS = Symbol.for('claimdesk.search-parts');
const CARD_KINDS = Symbol.for('claimdesk.card-kinds');
const shared = globalThis as Record<symbol, unknown>;

/** Keeps the loaded content for {@link sharedContent}. */
export function shareContent(content: CheckedContent): void {
  shared[CONTENT] = content;
}

/** The content `shareContent` kept, or undefined when nothing was shared (outside `astro build`). */
export function sharedContent(): CheckedContent | undefined {
  return shared[CONTENT] as CheckedContent | undefined;
}

/** Keeps the thread rendering the article texts for {@link sharedArticleBodies}. */
export function shareArticleBodies(bodies: ArticleBodies): void {
  shared[BODIES] = bodies;
}

/** The article texts `shareArticleBodies` kept, or undefined (`astro dev` renders each page's own). */
export function sharedArticleBodies(): ArticleBodies | undefined {
  return shared[BODIES] as ArticleBodies | undefined;
}

/** Keeps the folders of the search index's parts, relative to `pagefind/`, for {@link sharedSearchParts}. */
export function shareSearchParts(folders: string[]): void {
  shared[SEARCH_PARTS] = folders;
}

/** The folders `shareSearchParts` kept: `['']` (one part, `pagefind/` itself) when nothing was shared. */
export function sharedSearchParts(): string[] {
  return (shared[SEARCH_PARTS] as string[] | undefined) ?? [''];
}

/** Keeps the kinds of pages that get share cards (the site option) for {@link sharedCardKinds}. */
export function shareCardKinds(kinds: readonly CardKind[]): void {
  shared[CARD_KINDS] = kinds;
}

/** The kinds of pages that get share cards, or undefined when the config set none (outside `astro build` and `astro dev`). */
export function sharedCardKinds(): readonly CardKind[] | undefined {
  return shared[CARD_KINDS] as readonly CardKind[] | undefined;
}
