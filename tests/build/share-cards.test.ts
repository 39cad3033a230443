import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { claimCard, makeCards } from '../../src/build/share-cards.ts';
import type { CardInput } from '../../src/formats/cards/card-plan.ts';

const work = mkdtempSync(path.join(tmpdir(), 'claimdesk-share-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cards = Array.from({ length: 8 }, (_, i): { input: CardInput } => ({
  input: { kind: 'article', site: 'Claim Desk', title: `Article number ${i}`, dek: 'A report, for tests.', published: '2025-06-02' },
}));
const job = { cards, contentDir: work, cacheDir: path.join(work, 'cache') };

describe('claimCard', () => {
  test('gives each card to the first thread that asks, once', () => {
    const claims = new Int32Array(new SharedArrayBuffer(12));
    expect([claimCard(claims, 1), claimCard(claims, 1), claimCard(claims, 0), claimCard(claims, 2)]).toEqual([true, false, true, true]);
  });
});

describe('makeCards', () => {
  test('makes every card once between the card thread and its helper, with exact counts, and none on a second run', async () => {
    // finish() at once: the card thread is still loading satori and sharp, so the helper makes cards from the end.
    const first = await makeCards(job).finish();
    expect(first.digests).toHaveLength(8);
    expect(new Set(first.digests).size).toBe(8);
    expect([first.made, first.reused]).toEqual([8, 0]);
    for (const digest of first.digests) expect(existsSync(path.join(job.cacheDir, `${digest}.png`)), digest).toBe(true);
    expect(readdirSync(job.cacheDir).filter((name) => !name.endsWith('.png'))).toEqual([]);

    const second = await makeCards(job).finish();
    expect(second.digests).toEqual(first.digests);
    expect([second.made, second.reused]).toEqual([0, 8]);
    // Two threads each loading satori and sharp, and sixteen cards: more than 5 s on a busy machine.
  }, 120_000);
});
