/** Worker for {@link entryReader}: keeps one share of the files and runs the passes the main thread asks for. */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { EntryJob } from './read-entry.ts';

// Each thread strips and compiles its own modules; the compile cache (see src/cli/check.ts) saves it, so they load after this.
enableCompileCache();
const { EntryChunk } = await import('./entry-chunk.ts');
const chunk = new EntryChunk(workerData as EntryJob[]);
parentPort!.on('message', ({ method, argument }: { method: 'read' | 'checkBodies' | 'place'; argument: never }) => {
  parentPort!.postMessage(chunk[method](argument));
});
