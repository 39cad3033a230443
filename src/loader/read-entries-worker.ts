/**
 * Worker for {@link entryReader}: reads the files it claims and runs the passes the main thread asks for.
 * Started by `read-entries.ts` with the compile cache already on, so its imports load compiled.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EntryChunk } from './entry-chunk.ts';
import type { ChunkOptions } from './entry-chunk.ts';
import { PART, type WorkerMessage, type WorkerResult } from './read-entries.ts';
import type { EntryJob } from './read-entry.ts';

const { jobs, options, next } = workerData as { jobs: EntryJob[]; options: ChunkOptions; next: Int32Array };
const chunk = new EntryChunk(jobs, options);
const index = new Map(jobs.map((job, j) => [job, j]));
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
parentPort!.on('message', ({ method, args }: { method: 'read' | 'checkBodies' | 'place'; args: never[] }) => {
  if (method === 'read') {
    // In parts as they are read, each with the index of its jobs: the main thread has the jobs themselves.
    for (let part = chunk.read(next, PART); part.length > 0; part = chunk.read(next, PART)) {
      post({ part: part.map(({ job, ...result }): WorkerResult => [index.get(job)!, result]) });
    }
    post({ answer: [] });
    return;
  }
  post({ answer: (chunk[method] as (...args: never[]) => unknown)(...args) });
});
