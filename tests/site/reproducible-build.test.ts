/**
 * Two builds of the same commit give byte-identical sites, even when they run in different time zones,
 * under different locales and at different times: no build timestamps, a stable order everywhere.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';

const CLOCK = path.resolve(import.meta.dirname, 'shifted-clock.ts');

let first: string;
let second: string;

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();

/** The first difference between two files, with a little context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (buffer: Buffer) => JSON.stringify(buffer.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `byte ${i}: ${around(a)} vs ${around(b)}`;
}

// Each build starts from an empty cache and writes into a fresh folder.
beforeAll(() => {
  first = buildSite('content', { TZ: 'Pacific/Honolulu', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' });
  second = buildSite('content', {
    TZ: 'Pacific/Kiritimati',
    LANG: 'lt_LT.UTF-8',
    LC_ALL: 'lt_LT.UTF-8',
    NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import=${CLOCK}`.trim(),
  });
});

afterAll(() => {
  for (const dist of [first, second]) rmSync(path.dirname(dist), { recursive: true, force: true });
});

describe('astro build', () => {
  test('returns the same files from two builds in different time zones, locales and years', () => {
    const list = files(first);
    expect(list).toContain('index.html');
    expect(files(second)).toEqual(list);
  });

  test('returns byte-identical files from the two builds', () => {
    const differing = files(first).flatMap((file) => {
      const a = readFileSync(path.join(first, file));
      const b = readFileSync(path.join(second, file));
      return a.equals(b) ? [] : [`${file}: ${firstDifference(a, b)}`];
    });
    expect(differing.slice(0, 10)).toEqual([]);
  });

  test('returns pages without the preview-only noindex meta and banner', () => {
    const html = readFileSync(path.join(first, 'index.html'), 'utf8');
    expect(html).toContain('<meta name="description"');
    expect(html).not.toContain('name="robots"');
    expect(html).not.toContain('Preview of pull request');
  });

  test('returns files that name no folder of the machine that built them', () => {
    const leaks = files(first).filter((file) => {
      const text = readFileSync(path.join(first, file), 'latin1');
      return text.includes(process.cwd()) || text.includes(path.dirname(first));
    });
    expect(leaks).toEqual([]);
  });
});
