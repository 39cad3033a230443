import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefind } from './src/integrations/pagefind.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadContent } from './src/lib/load-content.ts';
import { bodyLocator } from './src/markdown/body-locator.ts';
import { createLookup } from './src/markdown/lookup.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';

/** The content, loaded once: the Markdown plugins look ids, statuses and names up in it. */
const content = await loadContent(contentDir());
const base = process.env.BASE_PATH ?? '/';

/**
 * SITE_URL: the public origin, for canonical URLs and feeds. BASE_PATH: the sub-path the site is served
 * under (`/pr-12/` for a pull-request preview); every internal link goes through `import.meta.env.BASE_URL`.
 * CLAIMDESK_CONTENT, CLAIMDESK_OUT, CLAIMDESK_CACHE: the content, output and cache folders, so that tests and
 * the benchmark build other corpora side by side.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://claimdesk.example',
  base,
  trailingSlash: 'always',
  outDir: process.env.CLAIMDESK_OUT ?? './dist',
  cacheDir: process.env.CLAIMDESK_CACHE ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    processor: unified(markdownPipeline({ lookup: createLookup(content.graph), base, locate: bodyLocator(content.files) })),
  },
  devToolbar: { enabled: false },
  // The sitemap lists every page but the 404 page; Pagefind indexes the built site once the build is done.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), pagefind()],
});
