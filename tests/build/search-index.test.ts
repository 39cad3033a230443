import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex } from '../../src/build/search-index.ts';

const record = (i: number) => ({ url: `/claims/c${i}/`, content: `Claim number ${i} about the harbour.`, language: 'en', meta: { title: `Claim ${i}` }, filters: { kind: ['Claim'] } });

async function urls(folder: string): Promise<string[]> {
  const fragments = await readdir(path.join(folder, 'fragment'));
  const read = async (f: string) => JSON.parse(gunzipSync(await readFile(path.join(folder, 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string;
  return (await Promise.all(fragments.map(read))).sort();
}

describe('buildSearchIndex', () => {
  test('writes each part given to a folder of its own once it has all its records, and returns how many records went in', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-')), 'pagefind');
    // Parts 0 and 2 only: part 1 is kept from an earlier build.
    const index = buildSearchIndex(folder, [
      { part: 0, size: 300 },
      { part: 2, size: 2 },
    ]);
    // Records of a later part may come first; it is written after the first.
    index.add(2, record(1000));
    for (let i = 0; i < 300; i++) index.add(0, record(i));
    index.add(2, record(1001));
    expect(await index.written).toBe(302);
    expect((await readdir(folder)).sort()).toEqual(['0', '2']);
    expect(await readdir(path.join(folder, '0'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'fragment', 'index', 'filter']));
    expect(await urls(path.join(folder, '0'))).toEqual(Array.from({ length: 300 }, (_, i) => `/claims/c${i}/`).sort());
    expect(await urls(path.join(folder, '2'))).toEqual(['/claims/c1000/', '/claims/c1001/']);
    expect(() => index.add(1, record(5))).toThrow('A search record for part 1, which this build does not write: /claims/c5/');
  });

  test("writes a part's files from its own records only, whatever the other parts hold", async () => {
    const write = async (other: number) => {
      const folder = await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-'));
      const index = buildSearchIndex(folder, [
        { part: 0, size: other },
        { part: 1, size: 3 },
      ]);
      for (let i = 0; i < other; i++) index.add(0, record(2000 + i * other));
      for (let i = 0; i < 3; i++) index.add(1, record(i));
      await index.written;
      const part = path.join(folder, '1');
      const files = (await readdir(part, { recursive: true })).sort();
      return Promise.all(files.map(async (file) => [file, await readFile(path.join(part, file)).catch(() => 'a folder')]));
    };
    // Same records in part 1, different ones beside it: the same file names and bytes in part 1.
    expect(await write(5)).toEqual(await write(40));
  });

  test('rejects when aborted before every part is complete', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-')), 'pagefind');
    const index = buildSearchIndex(folder, [{ part: 0, size: 2 }]);
    index.add(0, record(1));
    index.abort(new Error('1 article text(s) could not be rendered'));
    await expect(index.written).rejects.toThrow('1 article text(s) could not be rendered');
  });
});
