/**
 * The Pagefind search index, built in parts while the build runs and written to a folder of its own; the
 * build moves that folder into the site when it is done (Astro empties the output folder when its build
 * starts, so nothing can be written there early). Pagefind indexes in a process of its own, on another core.
 *
 * Parts, because Pagefind holds the whole index it is building in memory: about 1.4 GB for 10,000
 * articles' texts and 1.2 GB more for their 50,000 claims. Each part is written, and its Pagefind process
 * stopped, as soon as its last record is in, before the next part starts; the search page merges the parts
 * (Pagefind's `mergeIndex`). The first part is written to the folder itself, part n to `part-n/` inside it.
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../lib/formats/search-records.ts';

export interface SearchIndex {
  /** Adds a record to part `part` (0-based); the part is written once it has all its records. */
  add(part: number, record: SearchRecord): void;
  /** Gives up the parts not written yet: `written` rejects with `error`. */
  abort(error: Error): void;
  /** Resolves with the number of records once every part is written; rejects with what Pagefind reported. */
  written: Promise<number>;
}

/** Requests in flight at most: each record is a round trip to Pagefind's process, and they overlap. */
const IN_FLIGHT = 256;

/** The folder of part `part` (0-based), relative to the index's folder: `''`, `part-2/`, `part-3/`... */
export function searchPartFolder(part: number): string {
  return part === 0 ? '' : `part-${part + 1}/`;
}

/** `sizes`: how many records each part will get. */
export function buildSearchIndex(folder: string, sizes: readonly number[]): SearchIndex {
  const records = sizes.map((): SearchRecord[] => []);
  const ready = sizes.map(() => Promise.withResolvers<void>());
  sizes.forEach((size, part) => size === 0 && ready[part]!.resolve());
  const aborted = Promise.withResolvers<never>();

  const written = (async () => {
    let count = 0;
    for (const [part, { promise }] of ready.entries()) {
      await Promise.race([promise, aborted.promise]);
      count += await writePart(path.join(folder, searchPartFolder(part)), records[part]!);
      records[part] = []; // handed to Pagefind: not kept
    }
    return count;
  })();

  return {
    add(part, record) {
      const list = records[part]!;
      list.push(record);
      if (list.length === sizes[part]) ready[part]!.resolve();
    },
    abort: (error) => aborted.reject(error),
    written,
  };
}

async function writePart(folder: string, records: readonly SearchRecord[]): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (let start = 0; start < records.length; start += IN_FLIGHT) {
      const batch = records.slice(start, start + IN_FLIGHT);
      const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      const failed = results.findIndex((result) => result.errors.length > 0);
      if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${results[failed]!.errors.join('; ')}`);
    }
    const result = await index.writeFiles({ outputPath: folder });
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
    return records.length;
  } finally {
    await close();
  }
}
