/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes, with Pagefind's
 * Node API, so the index is part of every build whatever the output folder (`CLAIMDESK_OUT`) or `base`.
 * Pages opt in with `data-pagefind-body` (articles, claims, parties). A failure fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'claimdesk:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'en' });
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index built from ${added.page_count} HTML files`);
        } finally {
          await close();
        }
      },
    },
  };
}
