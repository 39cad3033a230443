/**
 * The article pass of `astro build`. When the build starts, a thread begins rendering every article's text
 * (`src/build/article-bodies.ts`) while this thread builds the other pages; the article pages are spread
 * among the others in the order of their texts (`src/build/route-order.ts`), so each comes about when its
 * text is ready, and this thread writes each page itself (`src/build/page-writer.ts`). That thread also puts each text, as it is
 * rendered, into the Pagefind search index with the claim and party records built from the graph
 * (`src/build/search-plan.ts`); Pagefind indexes in its own process and writes each part of the index aside
 * once its texts are in (`src/build/search-index.ts`), and the index is moved into the site when the build is
 * done. Search reads no built page back. A failure fails the build.
 */
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { AHEAD, renderBodies, type ArticleBodies } from '../build/article-bodies.ts';
import { writePages, type PageWriter } from '../build/page-writer.ts';
import { routeServing, spreadOut } from '../build/route-order.ts';
import { articlePath } from '../core/paths.ts';
import { searchPartFolder } from '../build/search-index.ts';
import { planSearchIndex } from '../build/search-plan.ts';
import { articleSearchFields } from '../formats/search-records.ts';
import type { CheckedContent } from '../loader/load-content.ts';
import { shareArticleBodies, shareSearchParts } from '../query/shared-content.ts';
import { lookupFacts } from '../markdown/lookup.ts';

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
 * part of the search index (with their claims): see `src/build/search-index.ts`.
 */
export function articlePass(content: () => CheckedContent | undefined, { articlesPerPart = 2000 }: { articlesPerPart?: number } = {}): AstroIntegration {
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
  return {
    name: 'claimdesk:article-pass',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
        format = config.build.format;
        staging = fileURLToPath(new URL('claimdesk-search/', config.cacheDir));
      },
      'astro:routes:resolved': ({ routes }) => {
        try {
          articleRoute = routeServing(routes, `/${articlePath('x')}`);
        } catch (error) {
          articleRoute = error as Error;
        }
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        const loaded = content();
        if (!loaded) throw new AstroError('The article pass started a build without the content: `claimdesk()` loads it when Astro sets up.', 'Add the article pass through `claimdesk()` in astro.config.ts, not on its own.');
        const route = articleRoute;
        if (route instanceof Error) {
          throw new AstroError(`The article pages' route could not be found: ${route.message}.`, 'The article pages are src/pages/articles/[slug].astro, at the paths src/core/paths.ts gives (`articlePath`); keep the two together.');
        }
        const ahead = lookAhead();
        const { graph } = loaded;
        await rm(staging, { recursive: true, force: true });
        const { partOf, records, sizes } = planSearchIndex(graph, articlesPerPart);
        parts = sizes.length;
        shareSearchParts(sizes.map((_, part) => searchPartFolder(part)));
        const jobs = [...graph.articles.values()].map((article) => ({
          id: article.id,
          file: article.file!,
          absolute: path.resolve(article.file!),
          search: { part: partOf.get(article.id)!, fields: articleSearchFields(article) },
        }));
        bodies = renderBodies({ articles: jobs, facts: lookupFacts(graph), base, search: { folder: staging, sizes, records }, ahead });
        shareArticleBodies(bodies);
        indexed = bodies.indexed; // awaited, and a failure reported, in astro:build:done
        setPrerenderer((prerenderer) => {
          writer = writePages(prerenderer, { outDir, base, format });
          return spreadOut(writer, route, jobs.length);
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
        const records = await indexed;
        await bodies?.close();
        const target = path.join(fileURLToPath(dir), 'pagefind');
        await rm(target, { recursive: true, force: true });
        await rename(staging, target).catch(async (error: NodeJS.ErrnoException) => {
          // The cache folder may be on another file system than the output.
          if (error.code !== 'EXDEV') throw error;
          await cp(staging, target, { recursive: true });
          await rm(staging, { recursive: true, force: true });
        });
        logger.info(`search index: ${records} records (articles, parties and claims)${parts > 1 ? ` in ${parts} parts` : ''}`);
      },
    },
  };
}
