/**
 * The Pagefind search index, built in parts while the build runs and written to a folder of its own, part n
 * to `<folder>/<n>/`; the build moves each part into the site when it is done (`search-plan.ts` says where).
 * Pagefind indexes in a process of its own, on another core, and takes each record as it comes, so that
 * little is left to do once the last text is rendered.
 *
 * Parts, because Pagefind holds the whole index it is building in memory: about 1.4 GB for 10,000
 * articles' texts and 1.2 GB more for their 50,000 claims; and so that an edit build writes again only the
 * parts whose records changed. The parts are indexed one after the other, one Pagefind process at a time:
 * records of a later part wait until the part before is written and its process stopped. A part's files
 * depend on its records only (their names are digests of their bytes, and `pagefind-entry.json` lists the
 * part's own), so a part kept from the last build sits beside parts written again. The search page merges
 * the parts (Pagefind's `mergeIndex`).
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../formats/search-records.ts';

export interface SearchIndex {
  /** Adds a record to part `part` (0-based), one of those to write; the part is written once it has all its records. */
  add(part: number, record: SearchRecord): void;
  /** Gives up the parts not written yet: `written` rejects with `error`. */
  abort(error: Error): void;
  /** Resolves with the number of records once every part is written; rejects with what Pagefind reported. */
  written: Promise<number>;
}

/** Requests in flight at most: each record is a round trip to Pagefind's process, and they overlap. */
const IN_FLIGHT = 256;

/** `parts`: the parts to write, in order, with how many records each will get. */
export function buildSearchIndex(folder: string, parts: readonly { part: number; size: number }[]): SearchIndex {
  /** Records added and not yet handed to Pagefind, by part. */
  const waiting = new Map(parts.map(({ part }) => [part, [] as SearchRecord[]]));
  let failure: Error | undefined;
  /** Wakes the part being indexed when a record comes or the index is given up. */
  let wake: (() => void) | undefined;
  const signal = () => {
    wake?.();
    wake = undefined;
  };
  const next = async (part: number): Promise<SearchRecord[]> => {
    while (waiting.get(part)!.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
    return waiting.get(part)!.splice(0, IN_FLIGHT);
  };

  const written = (async () => {
    let count = 0;
    for (const { part, size } of parts) count += await writePart(path.join(folder, String(part)), size, () => next(part));
    return count;
  })();

  return {
    add(part, record) {
      const queue = waiting.get(part);
      if (!queue) throw new Error(`A search record for part ${part}, which this build does not write: ${record.url}`);
      queue.push(record);
      signal();
    },
    abort(error) {
      failure ??= error;
      signal();
    },
    written,
  };
}

/** Indexes `size` records, taken in batches from `next` as they come, then writes the part to `folder`. */
async function writePart(folder: string, size: number, next: () => Promise<SearchRecord[]>): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (let added = 0; added < size; ) {
      const batch = await next();
      const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      const failed = results.findIndex((result) => result.errors.length > 0);
      if (failed >= 0) throw new Error(`Pagefind could not index ${batch[failed]!.url}: ${results[failed]!.errors.join('; ')}`);
      added += batch.length;
    }
    const result = await index.writeFiles({ outputPath: folder });
    if (result.errors.length > 0) throw new Error(`Pagefind could not write its index: ${result.errors.join('; ')}`);
    return size;
  } finally {
    await close();
  }
}
