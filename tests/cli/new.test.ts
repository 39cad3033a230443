import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';

let dir: string;
const run = async (...args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['src/cli/new.ts', ...args], { env: { ...process.env, CLAIMDESK_CONTENT: dir } });
    return { code: 0, stdout, stderr: '' };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'claimdesk-new-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each test starts the command and the checker: slow on a busy machine, never a measure of speed.
describe('new', { timeout: 60_000 }, () => {
  test('writes an article, a party and a source that the checker passes without errors', async () => {
    expect((await run('article', 'Café talks: a deal?')).code).toBe(0);
    expect((await run('party', 'Steve Witkoff')).code).toBe(0);
    expect((await run('source', 'Interview with Basem Naim')).code).toBe(0);
    const { problems, fileCount } = await loadContent(dir);
    expect(fileCount).toBe(3);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const article = await readFile(path.join(dir, 'articles/cafe-talks-a-deal.md'), 'utf8');
    expect(article).toContain('title: "Café talks: a deal?"');
    for (const field of ['updated', 'dateline', 'claims', 'events', 'corrections', 'claimant', 'assessment', 'relations']) expect(article).toContain(`${field}:`);
  });

  test('refuses to overwrite an existing file', async () => {
    await run('party', 'Hamas');
    const again = await run('party', 'Hamas');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/parties\/hamas\.yaml already exists; edit it, or choose another title\n$/);
  });

  test('exits 2 with the usage for an unknown kind', async () => {
    const { code, stderr } = await run('claim', 'Something');
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run new -- article "Title" | party "Name" | source "Title"');
  });
});
