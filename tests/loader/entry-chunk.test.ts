import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EntryChunk } from '../../src/loader/entry-chunk.ts';
import type { EntryJob } from '../../src/loader/read-entry.ts';

let dir: string;
let job: EntryJob;
const known = { claims: new Set(['c1']), sources: new Set<string>(), parties: new Set<string>() };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimdesk-chunk-'));
  const absolute = path.join(dir, 'a.md');
  await writeFile(absolute, '---\ntitle: T\n---\n\nSaid :claim[it]{#c1} and :claim[that]{#c2}.\n');
  job = { collection: 'articles', id: 'a', file: 'articles/a.md', absolute };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('EntryChunk', () => {
  test('returns, batch by batch from a counter shared with another share, together the results of one full read', async () => {
    const jobs = await Promise.all(
      Array.from({ length: 40 }, async (_, i): Promise<EntryJob> => {
        const absolute = path.join(dir, `p-${i}.yaml`);
        await writeFile(absolute, `name: Party ${i}\nkind: person\ndescription: Someone.\n`);
        return { collection: 'parties', id: `p-${i}`, file: `parties/p-${i}.yaml`, absolute };
      }),
    );
    const next = new Int32Array(new SharedArrayBuffer(4));
    const [one, two] = [new EntryChunk(jobs), new EntryChunk(jobs)];
    const parts = [one.read(next, 1), two.read(next, 1), one.read(next)];
    expect(parts.map((part) => part.length)).toEqual([16, 16, 8]);
    expect(two.read(next)).toEqual([]);
    expect(parts.flat()).toEqual(new EntryChunk(jobs).read());
  });

  test('returns the bodies it holds, by file', () => {
    const chunk = new EntryChunk([job], { bodies: false });
    chunk.read();
    expect(chunk.bodies()).toEqual([['articles/a.md', '\nSaid :claim[it]{#c1} and :claim[that]{#c2}.\n']]);
  });

  test('returns reports for its own bodies, then for the bodies of another share it is given', () => {
    const chunk = new EntryChunk([job], { bodies: false });
    chunk.read();
    const reports = chunk.checkBodies(known, [['articles/b.md', 'Only :claim[this]{#c1}.']]);
    expect(reports.map(([file, report]) => [file, report.claims, report.problems.map(({ line, column, message }) => `${line}:${column} ${message}`)])).toEqual([
      ['articles/a.md', ['c1'], ['2:26 unknown claim `c2` in `:claim`; did you mean `c1`?']],
      ['articles/b.md', ['c1'], []],
    ]);
  });
});
