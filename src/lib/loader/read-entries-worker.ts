/**
 * Worker for {@link entryReader}: keeps one share of the files and runs the passes the main thread asks for.
 * Started by `read-entries.ts` with the compile cache already on, so its imports load compiled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EntryChunk } from './entry-chunk.ts';
import type { ChunkOptions } from './entry-chunk.ts';
import type { EntryJob } from './read-entry.ts';

const { jobs, options } = workerData as { jobs: EntryJob[]; options: ChunkOptions };
const chunk = new EntryChunk(jobs, options);
parentPort!.on('message', ({ method, args }: { method: 'read' | 'bodies' | 'checkBodies' | 'place'; args: never[] }) => {
  // The main thread has the jobs: results go without theirs, which is less to copy between threads.
  const answer = method === 'read' ? chunk.read().map(({ job: _, ...result }) => result) : (chunk[method] as (...args: never[]) => unknown)(...args);
  parentPort!.postMessage(answer);
});
