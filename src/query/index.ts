/**
 * The query layer pages read from. The content is loaded and checked once per build, by the loader
 * `npm run check` uses (`load-content.ts`, no Astro content store: see bench/README.md); the graph is
 * built once, and no page filters a collection itself. In a build, the article texts are rendered in a
 * thread of their own (`src/build/article-bodies.ts`), and a page takes its text from there (`shared-content.ts`); `astro dev`
 * reads and renders a text when its page is asked for.
 */
import { readFile } from 'node:fs/promises';
import { contentText } from '../core/content-text.ts';
import path from 'node:path';
import { createLookup } from '../markdown/lookup.ts';
import { lookupFacts } from '../graph/lookup-facts.ts';
import { bodyRenderer, type RenderedBody } from './render-article.ts';
import { contentDir } from '../loader/content-dir.ts';
import type { ArticleNode, ClaimNode, ContentGraph, PartyNode, SourceNode } from '../graph/graph.ts';
import { loadContent } from '../loader/load-content.ts';
import { formatProblem } from '../core/problem-format.ts';
import { buildArticleTexts, buildContent, sharedDevContent, sharedSearchParts, type ArticleBody } from './shared-content.ts';
import { timelineOf, type TimelineLayout } from '../graph/timeline.ts';
import { latestStatusChanges, statusChangesKey, type StatusChange } from '../graph/status-changes.ts';
import { memoByGraph, recordRead } from '../graph/reads.ts';
import { recordingGraph } from './recording-graph.ts';

interface Site {
  graph: ContentGraph;
  render: (text: string, path?: string) => Promise<RenderedBody>;
}

/** The graph's lists as arrays, made once, so that each page of an index slices instead of copying. */
export interface Lists {
  /** Newest first. */
  articles: ArticleNode[];
  /** Newest claim date first. */
  claims: ClaimNode[];
  /** A to Z by name, for `/parties/` and its pages. */
  parties: PartyNode[];
  /** A to Z by title, for `/sources/` and its pages. */
  sources: SourceNode[];
  /** The timeline: its years (oldest first) and months, the pages of busy years, each event's page. */
  timeline: TimelineLayout;
  /** The newest status changes, for the front page. */
  statusChanges: StatusChange[];
}

/** How many status changes the front page shows. */
const FRONT_PAGE_CHANGES = 6;

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  // In a build, `claimdesk()` has loaded and checked the content already; in `astro dev`, it reads it again
  // after each change to the content folder.
  const { graph, problems } = import.meta.env.DEV ? await (sharedDevContent() ?? loadContent(contentDir())) : buildContent();
  const errors = problems.filter((problem) => problem.severity === 'error');
  // `astro dev` shows a page listing the errors instead of any page (src/integration/dev-content.ts); a page
  // rendered in the moment a save makes the content wrong shows what is valid of it.
  if (errors.length > 0 && !import.meta.env.DEV) {
    throw new Error(`The content has ${errors.length} error(s); run \`npm run check\`:\n${errors.map((problem) => formatProblem(problem)).join('\n')}`);
  }
  // A build notes what each page reads of the graph, for the next build (src/graph/reads.ts, docs/edit-builds.md).
  return { graph: import.meta.env.DEV ? graph : recordingGraph(graph), render: bodyRenderer({ lookup: createLookup(lookupFacts(graph)), base: import.meta.env.BASE_URL }) };
}

/** Loads once per build; in `astro dev` on every request, from the content as of its last change. */
function current(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  site ??= load();
  return site;
}

/** The content graph of this build. */
export async function getGraph(): Promise<ContentGraph> {
  return (await current()).graph;
}

/**
 * An article's text as HTML, with what its markers mark (claims, parties, numbered citations), and its text:
 * from the build's rendering thread, which then forgets it, or else read from its file and rendered now.
 */
export async function renderArticle(id: string): Promise<ArticleBody> {
  recordRead(`body:${id}`);
  if (!import.meta.env.DEV) return buildArticleTexts().take(id);
  const { graph, render } = await current();
  const article = graph.articles.get(id);
  if (!article?.file) throw new Error(`No article "${id}"`);
  const file = path.resolve(article.file);
  return render(contentText(await readFile(file)), article.file);
}

/** The lists index pages split into pages: articles, claims, parties, sources and the timeline's years. */
export async function getLists(): Promise<Lists> {
  return listsOf((await current()).graph);
}

/**
 * Each list made once per graph; a page that takes one reads which entities it holds, in order (`articles:*`,
 * `reads.ts`), and what it reads of each entity it shows.
 */
const lists = {
  articles: memoByGraph('articles:*', (graph: ContentGraph) => [...graph.articles.values()]),
  claims: memoByGraph('claims:*', (graph: ContentGraph) => [...graph.claims.values()]),
  parties: memoByGraph('parties:*', (graph: ContentGraph) => [...graph.parties.values()]),
  sources: memoByGraph('sources:*', (graph: ContentGraph) => [...graph.sources.values()]),
  statusChanges: memoByGraph(statusChangesKey(FRONT_PAGE_CHANGES), (graph: ContentGraph) => latestStatusChanges(graph, FRONT_PAGE_CHANGES)),
};

function listsOf(graph: ContentGraph): Lists {
  return {
    get articles() {
      return lists.articles(graph);
    },
    get claims() {
      return lists.claims(graph);
    },
    get parties() {
      return lists.parties(graph);
    },
    get sources() {
      return lists.sources(graph);
    },
    get timeline() {
      return timelineOf(graph);
    },
    get statusChanges() {
      return lists.statusChanges(graph);
    },
  };
}

/** The folders of the search index's parts under `pagefind/`: the first is `''`, the others are merged into it. */
export function searchParts(): string[] {
  recordRead('search:parts');
  return sharedSearchParts();
}
