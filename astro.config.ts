import { defineConfig } from 'astro/config';
import { articlePass } from './src/integration/article-pass.ts';
import { contentCheck } from './src/integration/content-check.ts';
import { pictures } from './src/integration/pictures.ts';
import { shareCards } from './src/integration/share-cards.ts';
import { DEFAULT_CARD_KINDS, parseCardKinds } from './src/formats/cards/card-plan.ts';
import { sitemap } from './src/integration/sitemap.ts';
import { contentDir } from './src/loader/content-dir.ts';
import { loadContent } from './src/loader/load-content.ts';
import { shareContent } from './src/query/shared-content.ts';

/**
 * The content, read and checked once: the build stops on its errors before writing pages, and the pages read
 * it (article texts are rendered with Astro's unified processor, in a thread beside the pages in a build:
 * src/integration/article-pass.ts).
 */
// Only the graph, the problems and the file count are kept for the rest of the build.
const { graph, problems, fileCount } = await loadContent(contentDir());
const content = { graph, problems, fileCount };
// Handed to the pages' query layer (src/query/index.ts), so that a build reads the content once.
shareContent(content);
const base = process.env.BASE_PATH ?? '/';
/**
 * Which pages get a share card (`og:image`): `articles`, `rated-claims` (every status but unverified) and
 * `all-claims`, comma-separated, or `none`. CLAIMDESK_CARDS overrides it (the benchmark builds without cards).
 */
const cardKinds = process.env.CLAIMDESK_CARDS === undefined ? DEFAULT_CARD_KINDS : parseCardKinds(process.env.CLAIMDESK_CARDS);

/**
 * SITE_URL: the public origin, for canonical URLs and feeds. BASE_PATH: the sub-path the site is served
 * under (`/pr-12/` for a pull-request preview); every internal link goes through `import.meta.env.BASE_URL`.
 * CLAIMDESK_CONTENT, CLAIMDESK_OUT, CLAIMDESK_CACHE: the content, output and cache folders, so that tests and
 * the benchmark build other corpora side by side. CLAIMDESK_SEARCH_PART: articles per part of the search
 * index (2,000), so that a test can build a small site in several parts.
 */
/**
 * Astro lets the process environment override its own `import.meta.env` values in server code: a `BASE_URL`
 * or `SITE` exported in the shell or by a CI runner would replace the configured base, and every link of a
 * `/pr-12/` preview would leave it. The build's only inputs are the variables above.
 */
for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR']) delete process.env[key];
/**
 * A build makes no network request: Astro's telemetry would post each build to telemetry.astro.build (it reads
 * this variable when it records, after the config is loaded). tests/site/build.test.ts checks the build
 * connects nowhere.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://claimdesk.example',
  base,
  trailingSlash: 'always',
  outDir: process.env.CLAIMDESK_OUT ?? './dist',
  cacheDir: process.env.CLAIMDESK_CACHE ?? './node_modules/.astro',
  // Four pages in hand at a time: an article page waiting on its text does not hold up the others.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro's logger without its line for every page written (src/build/build-log.ts).
  logger: { entrypoint: './src/build/build-log.ts' },
  // The content check runs first and stops a build with content errors before any page is written.
  // The sitemap lists every page but the 404 page. The article pass renders the article texts in a thread
  // of their own and builds the search index from them and from the graph.
  integrations: [contentCheck(content, contentDir()), articlePass(content, { articlesPerPart: Number(process.env.CLAIMDESK_SEARCH_PART ?? 2000) }), pictures(content, contentDir()), shareCards(content, contentDir(), cardKinds), sitemap({ exclude: (pathname) => /^404\/?$/.test(pathname) })],
});
