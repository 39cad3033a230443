/**
 * The property of tests/property/check-build.test.ts through real processes, on a seeded sample of 20 cases:
 * `npm run check` exits 0 implies `astro build` succeeds and every page exists; `check` exits 1 implies the
 * build fails before writing a page, printing the same lines; no stack trace in either. SAMPLE=n, SEED=n
 * change the sample (`npm run test:fuzz`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { baseContent, mutate, mutations, writeContent } from '../property/content-cases.ts';
import { withoutVitest } from './build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
const SAMPLE = Number(process.env.SAMPLE ?? 20);
const SEED = Number(process.env.SEED ?? 18_003);
const work = mkdtempSync(path.join(tmpdir(), 'claimdesk-sample-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = fc.sample(mutations, { numRuns: SAMPLE, seed: SEED }).map((list, i) => ({ name: `case ${i + 1}: ${list.map((m) => m.kind).join(', ')}`, list }));
const base = baseContent();

const run = (command: string, args: string[], env: Record<string, string>) => {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...withoutVitest(process.env), NO_COLOR: '1', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe(`check and a real build (seed ${SEED})`, () => {
  test.each(cases)('agree on $name', async ({ list }) => {
    const dir = path.join(work, 'content');
    const out = path.join(work, 'dist');
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    writeContent(dir, mutate(base, list));
    const env = { CLAIMDESK_CONTENT: dir, CLAIMDESK_OUT: out, CLAIMDESK_CACHE: path.join(work, 'cache') };
    const check = run(process.execPath, ['src/cli/check.ts'], env);
    const build = run(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent'], env);
    const all = [check.stdout, check.stderr, build.stdout, build.stderr].join('\n');
    expect(all).not.toMatch(/^\s+at \S/m);
    expect([0, 1]).toContain(check.status);
    if (check.status === 0) {
      expect(build.status, all).toBe(0);
      const { graph } = await loadContent(dir, dir);
      const pages = [
        '', 'claims', 'parties', 'sources', 'timeline',
        ...[...graph.articles.keys()].map((id) => `articles/${id}`),
        ...[...graph.claims.keys()].map((id) => `claims/${id}`),
        ...[...graph.parties.keys()].map((id) => `parties/${id}`),
        ...[...graph.sources.keys()].map((id) => `sources/${id}`),
      ];
      for (const page of pages) expect(existsSync(path.join(out, page, 'index.html')), page).toBe(true);
      for (const file of ['rss.xml', 'claims/status-changes.xml', 'data/claims.json']) expect(existsSync(path.join(out, file)), file).toBe(true);
    } else {
      expect(build.status, all).not.toBe(0);
      // Every problem line of the check, in the build's output; and no page, no staging folder left.
      for (const line of check.stdout.trimEnd().split('\n').slice(0, -1)) expect(build.stderr).toContain(line);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.staging`)).toBe(false);
    }
  });
});
