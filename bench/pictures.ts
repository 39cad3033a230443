/**
 * Pictures for the benchmark's corpus, drawn here with sharp (no download): a few party pictures and article
 * leads that the generated content names (`generateCorpus(…, { pictures: true })`), and the measure of a share
 * card's CPU time, made in this process so that sharp's own threads are counted.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { cardRenderer } from '../src/build/card-render.ts';
import { planCards } from '../src/formats/cards/card-plan.ts';
import { DEFAULT_CARD_KINDS } from '../src/formats/cards/card-plan.ts';
import { loadContent } from '../src/loader/load-content.ts';
import { BENCH_PICTURES } from './generate.ts';

const hue = (i: number) => `hsl(${(i * 47) % 360}, 55%, 45%)`;

/** Draws the corpus's pictures into `content/media/`: squares for parties, 1600 × 900 leads. */
export async function writePictures(content: string): Promise<number> {
  const dir = path.join(content, 'media');
  mkdirSync(dir, { recursive: true });
  const jobs: Promise<unknown>[] = [];
  for (let i = 0; i < BENCH_PICTURES.parties; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><rect width="600" height="600" fill="${hue(i)}"/><circle cx="300" cy="240" r="120" fill="#fff" opacity="0.8"/><rect x="140" y="380" width="320" height="220" rx="120" fill="#fff" opacity="0.8"/></svg>`;
    jobs.push(sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path.join(dir, `party-${i}.jpg`)));
  }
  for (let i = 0; i < BENCH_PICTURES.leads; i++) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="${hue(i + 3)}"/><rect y="600" width="1600" height="300" fill="#234"/><circle cx="${300 + i * 90}" cy="260" r="140" fill="#fd6"/></svg>`;
    jobs.push(sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(path.join(dir, `lead-${i}.jpg`)));
  }
  await Promise.all(jobs);
  return jobs.length;
}

export interface CardCpu {
  cards: number;
  /** CPU time of this process (its threads and sharp's) per card, in milliseconds. */
  cpuMsPerCard: number;
}

/** Makes the first `count` cards of the corpus's plan into an empty cache and measures their CPU time. */
export async function measureCards(content: string, count = 100): Promise<CardCpu> {
  const { graph } = await loadContent(content);
  const cards = planCards(graph, DEFAULT_CARD_KINDS);
  // Articles and claims alike: every fifth card of the plan.
  const sample = cards.filter((_, i) => i % 5 === 0).slice(0, count);
  const cacheDir = path.join(os.tmpdir(), `claimdesk-bench-cards-${process.pid}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const renderer = await cardRenderer({ contentDir: content, cacheDir });
  // One card first, outside the measure: it loads satori, sharp and the fonts.
  const first = sample.shift()!;
  await renderer.make(first.input, await renderer.digest(first.input));
  const before = process.cpuUsage();
  for (const card of sample) await renderer.make(card.input, await renderer.digest(card.input));
  const used = process.cpuUsage(before);
  rmSync(cacheDir, { recursive: true, force: true });
  return { cards: sample.length, cpuMsPerCard: (used.user + used.system) / 1000 / sample.length };
}
