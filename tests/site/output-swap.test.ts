import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, withoutVitest } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
let dist: string;

/** Every file under `dir` with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
  }));
}

beforeAll(() => {
  dist = buildSite('tests/fixtures/site/content');
});
afterAll(() => {
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

describe('a build that fails mid-way', () => {
  test('leaves the previous output byte-identical and nothing beside it, with one line naming the folder and the cause', () => {
    const before = snapshot(dist);
    expect(Object.keys(before).length).toBeGreaterThan(20);
    const preload = pathToFileURL(path.join(import.meta.dirname, 'fill-disk.mjs')).href;
    // The disk fills after 5 pages of the new build.
    const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent'], {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...withoutVitest(process.env),
        CLAIMDESK_CONTENT: path.join(root, 'tests/fixtures/site/content'),
        CLAIMDESK_OUT: dist,
        CLAIMDESK_CACHE: path.join(path.dirname(dist), 'cache'),
        NODE_OPTIONS: `--import=${preload}`,
        CLAIMDESK_FULL_UNDER: `${dist}.staging`,
        CLAIMDESK_FULL_AFTER: '5',
        NO_COLOR: '1',
      },
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(`The output folder ${dist} could not be written: no space is left on the disk (ENOSPC).`);
    expect(output).not.toMatch(/^\s+at /m);
    expect(snapshot(dist)).toEqual(before);
    expect(readdirSync(path.dirname(dist)).sort()).toEqual(['cache', 'dist']);
    expect(existsSync(`${dist}.staging`)).toBe(false);
  });
});
