// Bare Astro 7 with `unified()` from @astrojs/markdown-remark, no plugins: what remark and rehype cost in Astro.
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT ?? './dist',
  cacheDir: process.env.BENCH_CACHE ?? './node_modules/.astro',
  markdown: { syntaxHighlight: false, processor: unified() },
  devToolbar: { enabled: false },
});
