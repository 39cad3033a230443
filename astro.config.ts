import { defineConfig } from 'astro/config';
import claimdesk from './src/integration/index.ts';

/**
 * SITE_URL: the public origin, for canonical URLs and feeds. BASE_PATH: the sub-path the site is served
 * under (`/pr-12/` for a pull-request preview); every internal link goes through `import.meta.env.BASE_URL`.
 * CLAIMDESK_CONTENT, CLAIMDESK_OUT, CLAIMDESK_CACHE: the content, output and cache folders, so that tests and
 * the benchmark build other corpora side by side. CLAIMDESK_SEARCH_PART: articles per part of the search
 * index at most (2,000), so that a test can build a small site in several parts. CLAIMDESK_CARDS: which pages get share
 * cards (`articles,rated-claims` by default, or `none`: src/integration/index.ts).
 * Everything else the site needs of Astro, `claimdesk()` sets up (src/integration/index.ts).
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://claimdesk.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.CLAIMDESK_OUT ?? './dist',
  cacheDir: process.env.CLAIMDESK_CACHE ?? './.cache/astro',
  devToolbar: { enabled: false },
  // Astro's logger without its line for every page written (src/build/build-log.ts).
  logger: { entrypoint: './src/build/build-log.ts' },
  integrations: [claimdesk({ articlesPerPart: Number(process.env.CLAIMDESK_SEARCH_PART ?? 2000) })],
});
