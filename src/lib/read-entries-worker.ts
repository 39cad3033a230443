/** Worker for {@link entryReader}: keeps one share of the files and runs the passes the main thread asks for. */
import { parentPort, workerData } from 'node:worker_threads';
import { EntryChunk } from './entry-chunk.ts';
import type { EntryJob } from './read-entry.ts';

const chunk = new EntryChunk(workerData as EntryJob[]);
parentPort!.on('message', ({ method, argument }: { method: 'read' | 'checkBodies' | 'place'; argument: never }) => {
  parentPort!.postMessage(chunk[method](argument));
});
