/**
 * Worker for {@link entryReader}: reads the files it claims and runs the passes the main thread asks for.
 * Started by `read-entries.ts` with the compile cache already on, so its imports load compiled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EntryChunk } from './entry-chunk.ts';
import type { ChunkOptions } from './entry-chunk.ts';
import type { WorkerResult } from './read-entries.ts';
import type { EntryJob } from './read-entry.ts';

const { jobs, options, next } = workerData as { jobs: EntryJob[]; options: ChunkOptions; next: Int32Array };
const chunk = new EntryChunk(jobs, options);
const index = new Map(jobs.map((job, j) => [job, j]));
parentPort!.on('message', ({ method, args }: { method: 'read' | 'checkBodies' | 'place'; args: never[] }) => {
  // The main thread has the jobs: results go with the index of theirs, which is less to copy between threads.
  const answer =
    method === 'read'
      ? chunk.read(next).map(({ job, ...result }): WorkerResult => [index.get(job)!, result])
      : (chunk[method] as (...args: never[]) => unknown)(...args);
  parentPort!.postMessage(answer);
});
