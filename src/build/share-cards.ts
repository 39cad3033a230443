/**
 * The share cards of a build, made in a thread of their own (satori and sharp: about 30 ms of CPU a card) so
 * that the pages never wait on them; the thread starts when the build does and is awaited when it is done.
 * Cards are named by a digest of what they show and kept in the cache folder (src/build/card-render.ts);
 * publishing copies each into the site at its path (`cards/articles/<id>.png`).
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

export interface CardsMade {
  /** The digest of each card, in the job's order. */
  digests: string[];
  made: number;
  reused: number;
  /** The card thread's time, start to end, in milliseconds. */
  ms: number;
}

/** Starts the card thread on `job`; resolves with what it made, rejects with its error. */
export function makeCards(job: CardJob): Promise<CardsMade> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./share-cards-worker.ts', import.meta.url), { workerData: job });
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
