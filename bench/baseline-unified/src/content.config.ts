import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

/** One collection: the benchmark corpus's articles, with no schema. */
export const collections = {
  articles: defineCollection({ loader: glob({ base: process.env.BENCH_ARTICLES ?? './articles', pattern: '*.md' }) }),
};
