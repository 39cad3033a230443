import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { articleSchema } from './schemas/article.ts';
import { partySchema } from './schemas/party.ts';
import { sourceSchema } from './schemas/source.ts';

const base = contentDir();

export const collections = {
  articles: defineCollection({ loader: glob({ base: `${base}/articles`, pattern: '**/*.md', retainBody: false }), schema: articleSchema }),
  parties: defineCollection({ loader: glob({ base: `${base}/parties`, pattern: '*.yaml' }), schema: partySchema }),
  sources: defineCollection({ loader: glob({ base: `${base}/sources`, pattern: '*.yaml' }), schema: sourceSchema }),
};
