/**
 * The query layer pages read from. It loads the three collections once, builds the content graph once per
 * build and hands out nodes; no page filters a collection itself.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { BodyMarks } from '../markdown/body-marks.ts';
import { buildGraph, type ContentGraph } from './graph.ts';
import { formatProblem } from './problems.ts';

interface Site {
  graph: ContentGraph;
  entries: Map<string, CollectionEntry<'articles'>>;
}

let site: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articles, parties, sources] = await Promise.all([
    getCollection('articles'),
    getCollection('parties'),
    getCollection('sources'),
  ]);
  const entry = <T>(e: { id: string; filePath?: string | undefined; data: T }) => ({
    id: e.id,
    data: e.data,
    ...(e.filePath ? { file: e.filePath } : {}),
  });
  const graph = buildGraph({ articles: articles.map(entry), parties: parties.map(entry), sources: sources.map(entry) });
  const errors = graph.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s); run \`npm run check\`:\n${errors.map(formatProblem).join('\n')}`);
  }
  return { graph, entries: new Map(articles.map((article) => [article.id, article])) };
}

/** The content graph of this build. */
export async function getGraph(): Promise<ContentGraph> {
  site ??= load();
  return (await site).graph;
}

/** The collection entry of an article, to render its body with `render()`. */
export async function getArticleEntry(id: string): Promise<CollectionEntry<'articles'>> {
  site ??= load();
  const entry = (await site).entries.get(id);
  if (!entry) throw new Error(`No article "${id}"`);
  return entry;
}

/**
 * An article's text, rendered, with what its markers mark (claims, parties, numbered citations). Throws when
 * the text could not be rendered (Astro then only logs the plugin's error), so a page is never built empty.
 */
export async function renderArticle(id: string): Promise<{ Content: Awaited<ReturnType<typeof render>>['Content']; marks: BodyMarks }> {
  const entry = await getArticleEntry(id);
  const { Content, remarkPluginFrontmatter } = await render(entry);
  const marks = remarkPluginFrontmatter['bodyMarks'] as BodyMarks | undefined;
  if (!marks) {
    throw new Error(`The text of ${entry.filePath ?? id} could not be rendered; see the error above, or run \`npm run check\``);
  }
  return { Content, marks };
}
