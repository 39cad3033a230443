import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';

/**
 * SITE_URL: the public origin, for canonical URLs and feeds. BASE_PATH: the sub-path the site is served
 * under (`/pr-12/` for a pull-request preview); every internal link goes through `import.meta.env.BASE_URL`.
 * CLAIMDESK_CONTENT, CLAIMDESK_OUT, CLAIMDESK_CACHE: the content, output and cache folders, so that tests and
 * the benchmark build other corpora side by side.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://claimdesk.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.CLAIMDESK_OUT ?? './dist',
  cacheDir: process.env.CLAIMDESK_CACHE ?? './node_modules/.astro',
  // Pages render while others are written: page writes wait on the disk, not the CPU (README, Performance).
  build: { format: 'directory', concurrency: 4 },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins,
      rehypePlugins,
      // Curly quotes and dashes by remark-smartypants cost more than parsing the Markdown (see README, Performance).
      smartypants: false,
      // CommonMark without GFM, as article bodies are rendered (src/markdown/render-article.ts).
      gfm: false,
    }),
  },
  devToolbar: { enabled: false },
});
