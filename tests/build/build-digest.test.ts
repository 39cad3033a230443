import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDigest } from '../../src/build/build-digest.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimdesk-digest-'));
mkdirSync(path.join(root, 'src'));
writeFileSync(path.join(root, 'src', 'page.ts'), 'one');
writeFileSync(path.join(root, 'astro.config.ts'), 'config');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('buildDigest', () => {
  test('is the same for the same code, settings and environment', () => {
    expect(buildDigest(root, { base: '/' }, {})).toBe(buildDigest(root, { base: '/' }, {}));
  });

  test('changes with the code, the settings and the environment the build reads, not with other variables', () => {
    const first = buildDigest(root, { base: '/' }, {});
    expect(buildDigest(root, { base: '/pr-1/' }, {})).not.toBe(first);
    expect(buildDigest(root, { base: '/' }, { BASE_PATH: '/pr-1/' })).not.toBe(first);
    expect(buildDigest(root, { base: '/' }, { CLAIMDESK_CARDS: 'none' })).not.toBe(first);
    expect(buildDigest(root, { base: '/' }, { CLAIMDESK_PREVIEW_PR: '12' })).not.toBe(first);
    expect(buildDigest(root, { base: '/' }, { CLAIMDESK_OUT: 'elsewhere', CLAIMDESK_CLEAN: '1', CLAIMDESK_EDIT_EXPLAIN: '1' })).toBe(first);
    expect(buildDigest(root, { base: '/' }, { HOME: '/elsewhere' })).toBe(first);
    writeFileSync(path.join(root, 'src', 'page.ts'), 'two');
    expect(buildDigest(root, { base: '/' }, {})).not.toBe(first);
  });
});
