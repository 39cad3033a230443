// Bare Astro 7 with its default Markdown engine: the floor the benchmark compares against.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.BENCH_OUT ?? './dist',
  cacheDir: process.env.BENCH_CACHE ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
