import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cardRenderer } from '../../src/build/card-render.ts';
import type { CardInput } from '../../src/formats/cards/card-plan.ts';

let work: string;
const content = () => path.join(work, 'content');
const cache = () => path.join(work, 'cache');

const CLAIM: CardInput = {
  kind: 'claim',
  site: 'Claim Desk',
  claimant: 'Ruritania',
  partyKind: 'state',
  image: 'media/flag.png',
  statement: 'The harbour was closed for a week.',
  status: 'denied',
};
const ARTICLE: CardInput = { kind: 'article', site: 'Claim Desk', title: 'Ten claims about the harbour', dek: 'A report.', published: '2025-06-02' };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'claimdesk-card-render-'));
  mkdirSync(path.join(content(), 'media'), { recursive: true });
  copyFileSync('tests/fixtures/pictures-site/content/media/flag-of-ruritania.png', path.join(content(), 'media/flag.png'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('cardRenderer', () => {
  test('makes a 1200x630 PNG of a claim and of an article into the cache, then finds it there and makes it no more', async () => {
    const renderer = await cardRenderer({ contentDir: content(), cacheDir: cache() });
    for (const input of [CLAIM, ARTICLE]) {
      const digest = await renderer.digest(input);
      expect(digest).toMatch(/^[0-9a-f]{32}$/);
      expect(await renderer.make(input, digest)).toBe(true);
      const { format, width, height } = await sharp(renderer.file(digest)).metadata();
      expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
      expect(await renderer.make(input, digest)).toBe(false);
    }
    // Loading satori and sharp and drawing two cards: more than 5 s on a busy machine.
  }, 60_000);

  test('names a card by what it shows: the same input gives the same digest and bytes, another text or picture another digest', async () => {
    const first = await cardRenderer({ contentDir: content(), cacheDir: path.join(cache(), 'a') });
    const second = await cardRenderer({ contentDir: content(), cacheDir: path.join(cache(), 'b') });
    const digest = await first.digest(CLAIM);
    expect(await second.digest(CLAIM)).toBe(digest);
    await first.make(CLAIM, digest);
    await second.make(CLAIM, digest);
    expect(readFileSync(first.file(digest)).equals(readFileSync(second.file(digest)))).toBe(true);

    expect(await first.digest({ ...CLAIM, status: 'false' })).not.toBe(digest);
    // The picture's bytes, not only its path: a new file under the same name makes the card again.
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } }).png().toFile(path.join(content(), 'media/other.png'));
    copyFileSync(path.join(content(), 'media/other.png'), path.join(content(), 'media/flag.png'));
    const third = await cardRenderer({ contentDir: content(), cacheDir: path.join(cache(), 'c') });
    expect(await third.digest(CLAIM)).not.toBe(digest);
  }, 60_000);
});
