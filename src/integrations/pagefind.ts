/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes, with Pagefind's
 * Node API, so the index is part of every build whatever the output folder (`CLAIMDESK_OUT`) or `base`.
 * Pagefind reads only article, claim and party pages, which mark their text with `data-pagefind-body`.
 * A failure fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** The pages search covers, so Pagefind reads no other file: articles, claims and parties. */
const SEARCHED = '{articles,claims,parties}/*/index.html';

export function pagefind(): AstroIntegration {
  return {
    name: 'claimdesk:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site, glob: SEARCHED });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
