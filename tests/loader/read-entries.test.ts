import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EntryChunk } from '../../src/loader/entry-chunk.ts';
import { busyCores, entryReader, threadCount } from '../../src/loader/read-entries.ts';

let dir: string;
const jobs: { collection: 'parties' | 'articles'; id: string; file: string; absolute: string }[] = [];

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimdesk-many-'));
  await mkdir(path.join(dir, 'parties'));
  await mkdir(path.join(dir, 'articles'));
  for (let i = 0; i < 450; i++) {
    const file = path.join(dir, 'parties', `p-${i}.yaml`);
    await writeFile(file, `name: Party ${i}\nkind: ${i === 7 ? 'persn' : 'person'}\ndescription: Someone.\n`);
    jobs.push({ collection: 'parties', id: `p-${i}`, file: `parties/p-${i}.yaml`, absolute: file });
  }
  const article = path.join(dir, 'articles', 'a.md');
  await writeFile(article, '---\ntitle: T\ndek: D\nkind: report\npublished: 2025-05-17\nbyline: [A]\nparties: [p-1, p-2]\n---\n\nText.\n');
  jobs.push({ collection: 'articles', id: 'a', file: 'articles/a.md', absolute: article });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('entryReader', () => {
  test('returns, from worker threads, the same results as reading on this thread', async () => {
    const reader = entryReader(jobs, { bodies: true }, 2);
    try {
      const inThreads = await reader.read();
      const here = new EntryChunk(jobs);
      expect(inThreads).toEqual(here.read());
      expect(inThreads.flatMap((result) => result.problems).map((problem) => `${problem.file}:${problem.line}:${problem.column} ${problem.message}`)).toEqual([
        'parties/p-7.yaml:2:1 "persn" is not one of `person`, `organisation`, `government`, `state`, `armed-group`, `military`, `media-outlet`, `international-body`, `unidentified`; did you mean "person"?',
      ]);
      const known = { claims: new Set<string>(), sources: new Set<string>(), parties: new Set<string>() };
      expect(await reader.checkBodies(known)).toEqual(new Map(here.checkBodies(known)));
      const requests = new Map([['articles/a.md', [['parties', 1], ['title']]], ['parties/p-3.yaml', [['kind']]]]);
      expect(await reader.place(requests)).toEqual(new Map([
        ['articles/a.md', [{ line: 7, column: 16 }, { line: 2, column: 1 }]],
        ['parties/p-3.yaml', [{ line: 2, column: 1 }]],
      ]));
    } finally {
      reader.close();
    }
  });
});

describe('threadCount', () => {
  test('returns one thread for a small folder, whatever the cores', () => {
    expect(threadCount(399, 8, 0)).toBe(1);
  });

  test('returns a thread for each core other work leaves free, at most 8', () => {
    expect(threadCount(3360, 2, 0.3)).toBe(2);
    expect(threadCount(3360, 2, 0.9)).toBe(2);
    expect(threadCount(3360, 8, 5)).toBe(3);
    expect(threadCount(33060, 16, 0)).toBe(8);
  });

  test('returns one thread when other work keeps the cores busy', () => {
    expect(threadCount(3360, 2, 1.6)).toBe(1);
    expect(threadCount(3360, 2, 3.8)).toBe(1);
  });
});

describe('busyCores', () => {
  test('counts the threads ready to run now, less this one, from /proc/loadavg', () => {
    expect(busyCores('1.95 1.20 0.70 1/345 9876\n')).toBe(0);
    expect(busyCores('0.10 0.20 0.30 3/345 9876\n')).toBe(2);
  });

  test('falls back to the load average when the text has no count of running threads', () => {
    expect(busyCores('garbage')).toBe(loadavg()[0]);
  });
});
