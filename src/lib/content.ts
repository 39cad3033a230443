/**
 * The query layer pages read from. It loads the content once per build with the same loader as
 * `npm run check` (`load-content.ts`, no Astro content store), builds the graph once and hands out nodes;
 * no page filters a collection itself. Article bodies are read and rendered one page at a time.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleBody, renderMarkdown } from '../markdown/render-article.ts';
import { contentDir } from './content-dir.ts';
import type { ArticleNode, ClaimNode, ContentGraph } from './graph.ts';
import { loadContent } from './load-content.ts';
import { formatProblem } from './problems.ts';
import { groupTimeline, type YearGroup } from './timeline.ts';

interface Site {
  graph: ContentGraph;
  lists?: Lists;
}

/** The graph's lists as arrays, made once, so that each page of an index slices instead of copying. */
export interface Lists {
  /** Newest first. */
  articles: ArticleNode[];
  /** Newest claim date first. */
  claims: ClaimNode[];
  /** The timeline, by year (oldest first) and month. */
  years: YearGroup[];
  /** The same year groups by year, for `/timeline/<year>/`. */
  byYear: Map<number, YearGroup>;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  // Only the graph is kept: the parsed files (YAML documents, bodies) go once the problems are placed.
  const { graph, problems } = await loadContent(contentDir());
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s); fix them and build again (\`npm run check\` lists them too):\n${errors.map(formatProblem).join('\n')}`);
  }
  return { graph };
}

/** Loads once per build; in `astro dev` on every request, so that edits to the content show. */
function current(): Promise<Site> {
  if (import.meta.env.DEV) return load();
  site ??= load();
  return site;
}

/** The content graph of this build. */
export async function getGraph(): Promise<ContentGraph> {
  return (await current()).graph;
}

/** The HTML of an article's body, read from its file and rendered now; nothing of it is kept. */
export async function renderArticleBody(id: string): Promise<string> {
  const article = (await getGraph()).articles.get(id);
  if (!article?.file) throw new Error(`No article "${id}"`);
  const text = await readFile(path.resolve(article.file), 'utf8');
  return renderMarkdown(articleBody(text), article.file);
}

/** The lists index pages split into pages: articles, claims and the timeline's years. */
export async function getLists(): Promise<Lists> {
  const loaded = await current();
  if (!loaded.lists) {
    const { graph } = loaded;
    const years = groupTimeline(graph.events.values());
    loaded.lists = {
      articles: [...graph.articles.values()],
      claims: [...graph.claims.values()],
      years,
      byYear: new Map(years.map((group) => [group.year, group])),
    };
  }
  return loaded.lists;
}
