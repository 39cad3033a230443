import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadContent } from './src/lib/load-content.ts';

/** The content, read and checked once; the build stops on its errors before writing pages. */
const content = await loadContent(contentDir());

/**
 * SITE_URL: the public origin, for canonical URLs and feeds. BASE_PATH: the sub-path the site is served
 * under (`/pr-12/` for a pull-request preview); every internal link goes through `import.meta.env.BASE_URL`.
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://claimdesk.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.CLAIMDESK_OUT ?? './dist',
  build: { format: 'directory' },
  markdown: {
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [],
      rehypePlugins: [],
    }),
  },
  devToolbar: { enabled: false },
  integrations: [contentCheck(content)],
});
