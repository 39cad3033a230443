/**
 * What `claimdesk()` (src/integration/) prepares before the pages render, handed to the pages' query layer:
 * the content, loaded and checked once (a build reads and validates 10,000 articles once rather than
 * twice), and in a build the article texts, rendered in a thread of their own, and the parts of the search
 * index. Astro bundles the pages apart from the config, so a module variable would not be shared: the
 * hand-over is a global of the process.
 *
 * That relies on Astro rendering the pages in the thread that loaded the config (Astro 7 does: its default
 * prerenderer renders in the build's own thread, `node_modules/astro/dist/core/build/generate.js`). A page
 * rendered in another thread or process would find nothing here; in a build, {@link buildContent} and
 * {@link buildArticleTexts} then throw, naming the cause, instead of each worker loading the content again
 * and the text thread waiting for pages that never come.
 */
import type { CardKind } from '../formats/cards/card-plan.ts';
import type { CheckedContent } from '../loader/load-content.ts';
import type { RenderedBody } from './render-article.ts';

/** What a page takes of its article's text: the HTML and the marks (the words went to the search index). */
export type ArticleBody = Omit<RenderedBody, 'text'>;

/** The article texts a build renders ahead of the pages (`src/build/article-bodies.ts`). */
export interface ArticleTexts {
  /** The text of article `id`, once: it is forgotten when taken. */
  take(id: string): Promise<ArticleBody>;
}

const CONTENT = Symbol.for('claimdesk.content');
const BODIES = Symbol.for('claimdesk.article-bodies');
const SEARCH_PARTS = Symbol.for('claimdesk.search-parts');
const CARD_KINDS = Symbol.for('claimdesk.card-kinds');
const shared = globalThis as Record<symbol, unknown>;

/** Why a page of a build found nothing shared, and what to do. */
const NOT_SHARED =
  'was not handed over by `claimdesk()` in this thread (process ' +
  `${process.pid}). Either astro.config.ts does not call \`claimdesk()\`, or Astro rendered this page in another ` +
  'thread or process than the one that loaded the config (a parallel prerenderer): the hand-over ' +
  '(src/query/shared-content.ts) is a global of the process, and the build cannot go on without it.';

const DEV_CONTENT = Symbol.for('claimdesk.dev-content');

/** In `astro dev`: keeps how to get the content as of the last change the dev server saw (`src/integration/dev-content.ts`). */
export function shareDevContent(load: () => Promise<CheckedContent>): void {
  shared[DEV_CONTENT] = load;
}

/** In `astro dev`: the content as of the last change the dev server saw, loaded once per change; undefined elsewhere. */
export function sharedDevContent(): Promise<CheckedContent> | undefined {
  return (shared[DEV_CONTENT] as (() => Promise<CheckedContent>) | undefined)?.();
}

/** Keeps the loaded content for {@link sharedContent}. */
export function shareContent(content: CheckedContent): void {
  shared[CONTENT] = content;
}

/** The content `shareContent` kept, or undefined when nothing was shared (outside `astro build`). */
export function sharedContent(): CheckedContent | undefined {
  return shared[CONTENT] as CheckedContent | undefined;
}

/** The content `shareContent` kept, for a page of a build: throws, naming the cause, when there is none. */
export function buildContent(): CheckedContent {
  const content = sharedContent();
  if (!content) throw new Error(`The build's content ${NOT_SHARED}`);
  return content;
}

/** Keeps the thread rendering the article texts for {@link sharedArticleBodies}. */
export function shareArticleBodies(bodies: ArticleTexts): void {
  shared[BODIES] = bodies;
}

/** The article texts `shareArticleBodies` kept, or undefined (`astro dev` renders each page's own). */
export function sharedArticleBodies(): ArticleTexts | undefined {
  return shared[BODIES] as ArticleTexts | undefined;
}

/** The article texts `shareArticleBodies` kept, for a page of a build: throws, naming the cause, when there are none. */
export function buildArticleTexts(): ArticleTexts {
  const bodies = sharedArticleBodies();
  if (!bodies) throw new Error(`The thread rendering the article texts ${NOT_SHARED}`);
  return bodies;
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
