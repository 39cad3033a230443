/**
 * Thread for {@link makeCards}: the digest of each card, then each card not in the cache made, in order;
 * posts the digests and the counts once done, or the error.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardJob, CardsMade } from './share-cards.ts';

enableCompileCache();
// The pages are the build's critical path: this thread yields to them.
const { lowerThreadPriority } = await import('./thread-priority.ts');
lowerThreadPriority();
const { cardRenderer } = await import('./card-render.ts');

const { cards, contentDir, cacheDir } = workerData as CardJob;
const start = performance.now();
try {
  const renderer = await cardRenderer({ contentDir, cacheDir });
  const digests: string[] = [];
  let made = 0;
  for (const { input } of cards) {
    const digest = await renderer.digest(input);
    digests.push(digest);
    if (await renderer.make(input, digest)) made++;
  }
  parentPort!.postMessage({ digests, made, reused: cards.length - made, ms: performance.now() - start } satisfies CardsMade);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
