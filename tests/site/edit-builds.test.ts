/**
 * Edit builds give the bytes of a clean build, always (docs/edit-builds.md). A generated site (bench/generate.ts)
 * is built once; then, after each step of a seeded random sequence of edits (bench/edits.ts), the site is
 * built again on the last build's output and cache (an edit build), and from nothing into another folder (a
 * clean build: `CLAIMDESK_CLEAN=1`, an empty output folder), and the two outputs are compared file by file,
 * pictures included. One edit build is killed halfway, and the
 * next build must still give the clean result.
 *
 * The search index is in parts of 20 articles (`CLAIMDESK_SEARCH_PART`), so that an edit build keeps some parts
 * and writes others, as on a large archive.
 *
 * In `npm test`, a short sequence: every kind of edit once, six to a step, then a typo alone, which must
 * write one part of the search index again and keep the others; so that the suite stays fast.
 * `npm run test:edits` (with `EDITS=N`, default 30): N steps of one edit each, of kinds drawn at random.
 * `EDIT_ARTICLES` (200 articles, 80 in the short sequence) and `EDIT_SEED` (16) choose the site and the sequence.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeCorpus } from '../../bench/generate.ts';
import { applyEdit, editRandom, EDIT_KINDS, type EditKind } from '../../bench/edits.ts';
import { writePictures } from '../../bench/pictures.ts';
import { withoutVitest } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const EDITS = Number(process.env.EDITS ?? 0);
/** 200 articles for `npm run test:edits`; fewer in `npm test`, which must stay fast. */
const ARTICLES = Number(process.env.EDIT_ARTICLES ?? (EDITS > 0 ? 200 : 80));
const SEED = Number(process.env.EDIT_SEED ?? 16);

const work = mkdtempSync(path.join(tmpdir(), 'claimdesk-edits-'));
const content = path.join(work, 'content');
const edited = { out: path.join(work, 'edited', 'dist'), cache: path.join(work, 'edited', 'cache') };
const clean = { out: path.join(work, 'clean', 'dist'), cache: path.join(work, 'clean', 'cache') };

/** Builds `content` into `into`; resolves with the log, rejects with it when the build fails. `kill`: ms after which to kill it. */
function build(into: { out: string; cache: string }, env: Record<string, string> = {}, kill?: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, 'node_modules/.bin/astro'), ['build'], {
      cwd: root,
      env: { ...withoutVitest(process.env), CLAIMDESK_CONTENT: content, CLAIMDESK_OUT: into.out, CLAIMDESK_CACHE: into.cache, CLAIMDESK_CARDS: 'none', CLAIMDESK_SEARCH_PART: '20', ...env },
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    // Killed once it is rendering pages, the point where it has written most.
    if (kill !== undefined) child.stdout.on('data', () => log.includes('generating static routes') && setTimeout(() => child.kill('SIGKILL'), kill));
    child.on('close', (code, signal) => (code === 0 || signal === 'SIGKILL' ? resolve(log) : reject(new Error(`astro build failed (${code}):\n${log.slice(-4000)}`))));
  });
}

/** Every file under `dir`, relative. */
function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The differences between two outputs: files in one only, files whose bytes differ. */
function differences(a: string, b: string): string[] {
  const left = filesOf(a);
  const right = new Set(filesOf(b));
  const out: string[] = [];
  for (const file of left) {
    if (!right.delete(file)) out.push(`only in the edit build: ${file}`);
    else if (!readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file)))) out.push(`differs: ${file}`);
  }
  for (const file of right) out.push(`only in the clean build: ${file}`);
  return out;
}

/** The steps: lists of edit kinds. */
function steps(random: () => number): EditKind[][] {
  if (EDITS > 0) return Array.from({ length: EDITS }, () => [EDIT_KINDS[Math.floor(random() * EDIT_KINDS.length)]!]);
  const kinds = [...EDIT_KINDS].sort(() => random() - 0.5);
  return [kinds.slice(0, 6), kinds.slice(6), ['body-typo']];
}

beforeAll(async () => {
  // With pictures: a kept page's picture files must be made again, as a clean build makes them.
  writeCorpus(content, ARTICLES, 3, undefined, { pictures: true });
  await writePictures(content);
  await build(edited);
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('an edit build', () => {
  test('gives the same files, byte for byte, as a clean build after every step of edits, a killed build included', async () => {
    const random = editRandom(SEED);
    const plan = steps(random);
    for (const [i, kinds] of plan.entries()) {
      const done: string[] = [];
      for (const kind of kinds) done.push(`${kind}: ${await applyEdit(content, kind, random)}`);
      // The first step's edit build is killed halfway; the next build starts from what it left.
      if (i === 0) await build(edited, {}, 1500);
      const log = await build(edited);
      // A clean build into an empty output; its cache keeps Astro's encoded pictures only, to save time.
      rmSync(clean.out, { recursive: true, force: true });
      await build(clean, { CLAIMDESK_CLEAN: '1' });
      expect(log, `step ${i + 1}: ${done.join('; ')}`).toMatch(/edit build: [\d,]+ outputs? rendered, [\d,]+ kept, [\d,]+ removed/);
      // A typo changes one article's record: one part of the search index is written again, the others kept.
      if (kinds.length === 1 && kinds[0] === 'body-typo') expect(log, `step ${i + 1}: ${done.join('; ')}`).toMatch(/search index: 1 of (\d+) parts rebuilt \(\d+ records\), [1-9]\d* kept/);
      expect(differences(edited.out, clean.out), `step ${i + 1}: ${done.join('; ')}`).toEqual([]);
    }
  }, 3_600_000);
});
