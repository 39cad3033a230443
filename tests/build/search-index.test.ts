import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, searchPartFolder } from '../../src/build/search-index.ts';

const record = (i: number) => ({ url: `/claims/c${i}/`, content: `Claim number ${i} about the harbour.`, language: 'en', meta: { title: `Claim ${i}` }, filters: { kind: ['Claim'] } });

async function urls(folder: string): Promise<string[]> {
  const fragments = await readdir(path.join(folder, 'fragment'));
  const read = async (f: string) => JSON.parse(gunzipSync(await readFile(path.join(folder, 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string;
  return (await Promise.all(fragments.map(read))).sort();
}

describe('searchPartFolder', () => {
  test('returns the index folder itself for the first part and part-n/ for the others', () => {
    expect([0, 1, 2].map(searchPartFolder)).toEqual(['', 'part-2/', 'part-3/']);
  });
});

describe('buildSearchIndex', () => {
  test('writes each part once it has all its records, and returns how many records went in', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-')), 'pagefind');
    const index = buildSearchIndex(folder, [300, 2]);
    // Records of the second part may come first; it is written after the first.
    index.add(1, record(1000));
    for (let i = 0; i < 300; i++) index.add(0, record(i));
    index.add(1, record(1001));
    expect(await index.written).toBe(302);
    expect(await readdir(folder)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'fragment', 'index', 'filter', 'part-2']));
    expect(await urls(folder)).toEqual(Array.from({ length: 300 }, (_, i) => `/claims/c${i}/`).sort());
    expect(await urls(path.join(folder, 'part-2'))).toEqual(['/claims/c1000/', '/claims/c1001/']);
  });

  test('rejects when aborted before every part is complete', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-')), 'pagefind');
    const index = buildSearchIndex(folder, [2]);
    index.add(0, record(1));
    index.abort(new Error('1 article text(s) could not be rendered'));
    await expect(index.written).rejects.toThrow('1 article text(s) could not be rendered');
  });
});
