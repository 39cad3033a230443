/**
 * Reads many content files, on every core when there are many: parsing and validating 10,000 articles is
 * most of the checker's time, and each file is independent. Small folders are read on this thread, since
 * starting a worker costs more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readEntry, type EntryJob, type EntryResult } from './read-entry.ts';

/** Below this many files, one thread is faster. */
const PARALLEL_FROM = 400;

export async function readEntries(jobs: readonly EntryJob[]): Promise<EntryResult[]> {
  const threads = Math.min(availableParallelism(), 8);
  if (jobs.length < PARALLEL_FROM || threads < 2) return jobs.map(readEntry);
  const size = Math.ceil(jobs.length / threads);
  const chunks = Array.from({ length: threads }, (_, i) => jobs.slice(i * size, (i + 1) * size));
  const results = await Promise.all(chunks.map(inWorker));
  return results.flat();
}

/** One chunk in a worker; on this thread if the worker cannot start (the result is the same, only slower). */
function inWorker(jobs: EntryJob[]): Promise<EntryResult[]> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./read-entries-worker.ts', import.meta.url), { workerData: jobs });
    } catch {
      resolve(jobs.map(readEntry));
      return;
    }
    let done = false;
    worker.once('message', (results: EntryResult[]) => {
      done = true;
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', () => {
      if (!done) resolve(jobs.map(readEntry));
      done = true;
    });
    worker.once('exit', () => {
      if (!done) resolve(jobs.map(readEntry));
      done = true;
    });
  });
}
