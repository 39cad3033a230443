/**
 * The Pagefind search index, fed with records while the build runs (Pagefind indexes in a process of its
 * own, on another core) and written to a folder of its own once they are all in; the build moves that
 * folder into the site when it is done. Astro empties the output folder when its build starts, so the index
 * cannot be written there early.
 */
import { close, createIndex } from 'pagefind';
import type { SearchRecord } from '../lib/formats/search-records.ts';

export interface SearchIndex {
  /** Adds a record; failures are reported by `write`. */
  add(record: SearchRecord): void;
  /** Waits for every record, writes the index into `folder`, stops Pagefind, and says how many records went in. */
  write(folder: string): Promise<number>;
}

/** Requests in flight at most: each record is a round trip to Pagefind's process, and they overlap. */
const IN_FLIGHT = 256;

export async function openSearchIndex(): Promise<SearchIndex> {
  const { index, errors } = await createIndex({ forceLanguage: 'en' });
  if (!index) {
    await close();
    throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  }
  const problems: string[] = [];
  const pending = new Set<Promise<unknown>>();
  const queue: SearchRecord[] = [];
  let count = 0;
  let drained: (() => void) | undefined;

  const pump = () => {
    while (pending.size < IN_FLIGHT && queue.length > 0) {
      const record = queue.shift()!;
      const request: Promise<unknown> = index.addCustomRecord(record).then(
        (result) => {
          if (result.errors.length > 0) problems.push(`${record.url}: ${result.errors.join('; ')}`);
        },
        (error: unknown) => problems.push(`${record.url}: ${String(error)}`),
      );
      pending.add(request);
      void request.finally(() => {
        pending.delete(request);
        pump();
        if (pending.size === 0 && queue.length === 0) drained?.();
      });
    }
  };

  return {
    add(record) {
      count++;
      queue.push(record);
      pump();
    },
    async write(folder) {
      try {
        if (pending.size > 0 || queue.length > 0) await new Promise<void>((resolve) => (drained = resolve));
        if (problems.length > 0) throw new Error(`Pagefind could not index ${problems.slice(0, 5).join('; ')}`);
        const written = await index.writeFiles({ outputPath: folder });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        return count;
      } finally {
        await close();
      }
    },
  };
}
