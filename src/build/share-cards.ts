/**
 * The share cards of a build, made in a thread of their own (satori and sharp: tens of ms of CPU a card) so
 * that the pages never wait on them; the thread starts when the build does, at a lower priority than the
 * pages. Once the pages are done, {@link CardThread.finish} starts a second thread at the build's own priority
 * that makes the cards still to make from the end of the plan, while the first goes on from the start: two
 * cores for the rest. Each card is claimed once, in memory both threads share, so none is made twice and the
 * counts are exact. Cards are named by a digest of what they show and kept in the cache folder
 * (src/build/card-render.ts); publishing copies each into the site at its path (`cards/articles/<id>.png`).
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Card, CardInput } from '../formats/cards/card-plan.ts';

export interface CardJob {
  cards: { input: CardInput }[];
  contentDir: string;
  /** The folder of cached cards. */
  cacheDir: string;
}

/** What a card thread is given: the job, the claims it shares, and which end of the plan it starts from. */
export interface CardThreadData extends CardJob {
  /** One slot a card, 0 until a thread claims it ({@link claimCard}). */
  claims: Int32Array<SharedArrayBuffer>;
  /**
   * `start`: the card thread of the build, at a lower priority than the pages, which digests every card;
   * `end`: the helper started once the pages are done, at the build's priority, until it meets the other.
   */
  from: 'start' | 'end';
}

export interface CardsMade {
  /** The digest of each card, in the job's order (the helper's: none). */
  digests: string[];
  made: number;
  reused: number;
  /** The card thread's time, start to end, in milliseconds. */
  ms: number;
}

export interface CardThread {
  /** Helps the card thread with what is left, from the end of the plan, and resolves with both threads' counts. */
  finish(): Promise<CardsMade>;
}

/** Claims card `index` for the calling thread: true once, for the first thread that asks. */
export function claimCard(claims: Int32Array<SharedArrayBuffer>, index: number): boolean {
  return Atomics.compareExchange(claims, index, 0, 1) === 0;
}

/** Runs a card thread; resolves with what it made, rejects with its error. */
function runThread(data: CardThreadData): Promise<CardsMade> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./share-cards-worker.ts', import.meta.url), { workerData: data });
    worker.once('message', (result: CardsMade | { error: string }) => {
      if ('error' in result) reject(new Error(`share cards: ${result.error}`));
      else resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`share cards: the card thread stopped (exit code ${code})`));
    });
  });
}

/** Starts the card thread on the cards; `finish()` helps it and resolves with what both made, or rejects with an error of either. */
export function makeCards(job: CardJob): CardThread {
  const claims = new Int32Array(new SharedArrayBuffer(Math.max(1, job.cards.length) * Int32Array.BYTES_PER_ELEMENT));
  const thread = runThread({ ...job, claims, from: 'start' });
  // Awaited, and a failure reported, in finish().
  thread.catch(() => {});
  return {
    async finish() {
      // A second thread, started from this one (at the build's priority), only if some card is still unclaimed.
      const helper = claims.includes(0) ? runThread({ ...job, claims, from: 'end' }) : undefined;
      const [result, helped] = await Promise.all([thread, helper]);
      const made = helped?.made ?? 0;
      return { ...result, made: result.made + made, reused: result.reused - made };
    },
  };
}

/** Copies each card from the cache into `outDir` at its path, and records the counts beside the cache (`last-build.json`). */
export async function publishCards(cards: readonly Card[], result: CardsMade, cacheDir: string, outDir: string): Promise<void> {
  const folders = new Set(cards.map((card) => path.dirname(path.join(outDir, card.path))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  const queue = cards.map((card, i) => [card, result.digests[i]!] as const);
  // A few copies at a time: thousands of cards at once would open as many files.
  const copyNext = async (): Promise<void> => {
    for (let next = queue.pop(); next; next = queue.pop()) await copyFile(path.join(cacheDir, `${next[1]}.png`), path.join(outDir, next[0].path));
  };
  await Promise.all(Array.from({ length: 8 }, copyNext));
  await writeFile(path.join(cacheDir, 'last-build.json'), `${JSON.stringify({ cards: cards.length, made: result.made, reused: result.reused, ms: Math.round(result.ms) })}\n`);
}
