/**
 * The article pass of `astro build`. When the build starts, a thread begins rendering every article's text
 * (`src/build/article-bodies.ts`) while this thread builds the other pages; the article pages are spread
 * among the others in the order of their texts (`src/build/route-order.ts`), so each comes about when its
 * text is ready, and this thread writes each page itself (`src/build/page-writer.ts`). That thread also puts each text, as it is
 * rendered, into the Pagefind search index with the claim and party records built from the graph
 * (`src/build/search-plan.ts`); Pagefind indexes in its own process and writes each part of the index aside
 * once its texts are in (`src/build/search-index.ts`), and the parts are moved into the site when the build is
 * done. Search reads no built page back. A failure fails the build.
 */
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { AHEAD, renderBodies, type ArticleBodies } from '../build/article-bodies.ts';
import { writePages, type PageWriter } from '../build/page-writer.ts';
import { routeServing, spreadOut } from '../build/route-order.ts';
import { articlePath } from '../core/paths.ts';
import { planSearchIndex, searchDigests, searchPartFolder } from '../build/search-plan.ts';
import type { EditBuilds } from './edit-builds.ts';
import { articleSearchFields } from '../formats/search-records.ts';
import type { CheckedContent } from '../loader/load-content.ts';
import { shareArticleBodies, shareSearchParts } from '../query/shared-content.ts';
import { lookupFacts } from '../graph/lookup-facts.ts';

/**
 * How many texts the thread may render ahead of the pages: `CLAIMDESK_LOOK_AHEAD` (a whole number from 1), by
 * default `AHEAD`. A small one lets a test build more articles than the look-ahead.
 */
export function lookAhead(value = process.env.CLAIMDESK_LOOK_AHEAD): number {
  if (value === undefined || value === '') return AHEAD;
  const ahead = Number(value);
  if (Number.isInteger(ahead) && ahead >= 1) return ahead;
  throw new AstroError(`CLAIMDESK_LOOK_AHEAD is \`${value}\`, not a whole number of texts from 1.`, `Set it to a number such as 16, or unset it for the default (${AHEAD}).`);
}

/**
 * `content`: the build's content, loaded by `claimdesk()` when Astro set up. `articlesPerPart`: articles in each
 * part of the search index (with their claims): see `src/build/search-index.ts`. `edits`: the plan of the build
 * (`edit-builds.ts`): an edit build renders the texts of the pages it renders, and builds again only the parts of
 * the search index whose records changed, with the words of unchanged texts from the cache.
 */
export function articlePass(content: () => CheckedContent | undefined, edits: EditBuilds, { articlesPerPart = 2000 }: { articlesPerPart?: number } = {}): AstroIntegration {
  let base = '/';
  let outDir = '';
  let format = '';
  let staging = '';
  let bodies: ArticleBodies | undefined;
  let writer: PageWriter | undefined;
  /** The route Astro serves the article pages from, by its route data; its pages wait on the texts. */
  let articleRoute: string | Error = new Error("Astro's route data never came (`astro:routes:resolved`)");
  let indexed: Promise<number> | undefined;
  let parts = 1;
  let texts = '';
  /** The parts of the search index this build writes (the others are kept from the last build). */
  let rebuilt: number[] = [];
  return {
    name: 'claimdesk:article-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        format = config.build.format;
        staging = fileURLToPath(new URL('claimdesk-search/', config.cacheDir));
        texts = fileURLToPath(new URL('claimdesk-edit/search-texts.json', config.cacheDir));
      },
      'astro:routes:resolved': ({ routes }) => {
        try {
          articleRoute = routeServing(routes, `/${articlePath('x')}`);
        } catch (error) {
          articleRoute = error as Error;
        }
      },
      'astro:build:start': async ({ setPrerenderer, logger }) => {
        const loaded = content();
        if (!loaded) throw new AstroError('The article pass started a build without the content: `claimdesk()` loads it when Astro sets up.', 'Add the article pass through `claimdesk()` in astro.config.ts, not on its own.');
        const route = articleRoute;
        if (route instanceof Error) {
          throw new AstroError(`The article pages' route could not be found: ${route.message}.`, 'The article pages are src/pages/articles/[slug].astro, at the paths src/core/paths.ts gives (`articlePath`); keep the two together.');
        }
        const ahead = lookAhead();
        const { graph } = loaded;
        await rm(staging, { recursive: true, force: true });
        const search = planSearchIndex(graph, articlesPerPart);
        const { partOf, records, sizes } = search;
        parts = search.parts.length;
        const folders = search.parts.map(searchPartFolder);
        shareSearchParts(folders);
        const fields = [...graph.articles.values()].map((article) => ({ id: article.id, fields: articleSearchFields(article) }));
        const { plan, body } = edits.start(
          graph,
          { extra: { 'search:parts': JSON.stringify(folders) }, search: { digests: (text) => searchDigests(search, fields, text), parts: search.parts } },
          logger,
        );
        const keptParts = plan.clean ? new Set<number>() : plan.keptParts;
        rebuilt = search.parts.filter((part) => !keptParts.has(part));
        const build = new Set(rebuilt);
        const page = (id: string) => plan.clean || !plan.keptBodies.has(id);
        // In the graph's order, as the search index takes them: the texts of pages, and those of the parts built.
        const jobs = [...graph.articles.values()]
          .map((article, i) => {
            const part = partOf.get(article.id)!;
            const job = { id: article.id, file: article.file!, absolute: path.resolve(article.file!), page: page(article.id), digest: body(article.id) };
            return build.has(part) ? { ...job, search: { part, fields: fields[i]!.fields } } : job;
          })
          .filter((job) => job.page || 'search' in job);
        const searchJob = {
          folder: staging,
          parts: rebuilt.map((part) => ({ part, size: sizes[part]! })),
          records: records.filter(({ part }) => build.has(part)),
          texts,
          keep: [...partOf].filter(([, part]) => !build.has(part)).map(([id]) => id),
        };
        if (rebuilt.length > 0) await mkdir(path.dirname(texts), { recursive: true });
        bodies = renderBodies({ articles: jobs, facts: lookupFacts(graph), base, ...(rebuilt.length > 0 ? { search: searchJob } : {}), ahead });
        shareArticleBodies(bodies);
        indexed = bodies.indexed; // awaited, and a failure reported, in astro:build:done
        const pages = jobs.filter((job) => job.page).length;
        setPrerenderer((prerenderer) => {
          writer = writePages(prerenderer, { outDir, base, format });
          return spreadOut(edits.prerenderer(writer), route, pages);
        });
      },
      'astro:build:generated': () => {
        try {
          writer?.verifyUnwritten();
        } catch (error) {
          throw new AstroError((error as Error).message, 'Check the Astro version against the page writer, or remove it from src/integration/article-pass.ts to let Astro write the pages.');
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexed) return;
        const waiting = performance.now();
        const records = await indexed;
        // What the index adds to the build: the time it is still being written once the pages are done.
        const waited = `; the build waited ${((performance.now() - waiting) / 1000).toFixed(1)} s for it`;
        await bodies?.close();
        // Each part written into its place; the parts kept are linked there already (edit-builds.ts).
        for (const part of rebuilt) await moveInto(path.join(staging, String(part)), path.join(fileURLToPath(dir), 'pagefind', searchPartFolder(part)));
        await rm(staging, { recursive: true, force: true });
        const kept = parts - rebuilt.length;
        if (kept === 0) logger.info(`search index: ${records} records (articles, parties and claims)${parts > 1 ? ` in ${parts} parts` : ''}${waited}`);
        else if (rebuilt.length === 0) logger.info(`search index: kept from the last build, its records unchanged${parts > 1 ? ` (${parts} parts)` : ''}`);
        else logger.info(`search index: ${rebuilt.length} of ${parts} parts rebuilt (${records} records), ${kept} kept, their records unchanged${waited}`);
      },
    },
  };
}

/** Moves what `from` holds into `to` (made if need be), beside what `to` holds already. */
async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    await rename(path.join(from, name), path.join(to, name)).catch(async (error: NodeJS.ErrnoException) => {
      // The cache folder may be on another file system than the output.
      if (error.code !== 'EXDEV') throw error;
      await cp(path.join(from, name), path.join(to, name), { recursive: true });
    });
  }
}
