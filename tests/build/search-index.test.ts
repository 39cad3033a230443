import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { openSearchIndex } from '../../src/build/search-index.ts';

describe('openSearchIndex', () => {
  test('writes every record added into the folder, and returns how many there were', async () => {
    const folder = path.join(await mkdtemp(path.join(os.tmpdir(), 'claimdesk-search-')), 'pagefind');
    const index = await openSearchIndex();
    const records = Array.from({ length: 300 }, (_, i) => ({
      url: `/claims/c${i}/`,
      content: `Claim number ${i} about the harbour.`,
      language: 'en',
      meta: { title: `Claim ${i}` },
      filters: { kind: ['Claim'] },
    }));
    for (const record of records) index.add(record);
    expect(await index.write(folder)).toBe(300);
    expect(await readdir(folder)).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'fragment', 'index', 'filter']));
    const fragments = await readdir(path.join(folder, 'fragment'));
    const urls = await Promise.all(fragments.map(async (f) => JSON.parse(gunzipSync(await readFile(path.join(folder, 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')).url as string));
    expect(urls.sort()).toEqual(records.map((r) => r.url).sort());
  });
});
