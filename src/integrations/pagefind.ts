/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` when `astro build` finishes, with Pagefind's
 * Node API, so the index is part of every build whatever the output folder (`CLAIMDESK_OUT`) or `base`.
 * Pagefind reads only article and party pages, which mark their text with `data-pagefind-body`; claims,
 * five an article, go in as records built from the graph (`claimSearchRecords`), which is much cheaper than
 * parsing their pages back. A failure fails the build.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../lib/formats/search-records.ts';

/** The pages search reads, so Pagefind parses no other file: articles and parties. */
const SEARCHED = '{articles,parties}/*/index.html';

/** `records`: further entries to index without a page to parse (the claims). */
export function pagefind(records: () => SearchRecord[] = () => []): AstroIntegration {
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
          const extra = records();
          // In batches: each record is a round trip to Pagefind's process, and they can overlap.
          for (let start = 0; start < extra.length; start += 256) {
            const batch = extra.slice(start, start + 256);
            const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
            const failed = results.findIndex((result) => result.errors.length > 0);
            if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${results[failed]!.errors.join('; ')}`);
          }
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages, ${extra.length} claims`);
        } finally {
          await close();
        }
      },
    },
  };
}
