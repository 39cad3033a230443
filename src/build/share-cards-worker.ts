/**
 * A card thread of {@link makeCards}. From the start of the plan (the build's card thread, at a lower priority):
 * the digest of each card, and each card it claims made unless it is in the cache; posts the digests and the
 * count of the cards it made. From the end (the helper, once the pages are done): each card it claims, until
 * one is claimed already, where it has met the other thread; posts its count. Or posts the error.
 */
import { enableCompileCache } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { claimCard, type CardThreadData, type CardsMade } from './share-cards.ts';

enableCompileCache();
const { cards, contentDir, cacheDir, claims, from } = workerData as CardThreadData;
if (from === 'start') {
  // The pages are the build's critical path: this thread yields to them.
  const { lowerThreadPriority } = await import('./thread-priority.ts');
  lowerThreadPriority();
}
const { cardRenderer } = await import('./card-render.ts');

const start = performance.now();
try {
  const renderer = await cardRenderer({ contentDir, cacheDir });
  const digests: string[] = [];
  let made = 0;
  if (from === 'start') {
    for (const [i, { input }] of cards.entries()) {
      const digest = await renderer.digest(input);
      digests.push(digest);
      if (claimCard(claims, i) && (await renderer.make(input, digest))) made++;
    }
  } else {
    for (let i = cards.length - 1; i >= 0 && claimCard(claims, i); i--) {
      const input = cards[i]!.input;
      if (await renderer.make(input, await renderer.digest(input))) made++;
    }
  }
  parentPort!.postMessage({ digests, made, reused: cards.length - made, ms: performance.now() - start } satisfies CardsMade);
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
