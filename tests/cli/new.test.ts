import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadContent } from '../../src/loader/load-content.ts';
import { formatProblem } from '../../src/core/problem-format.ts';

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
  test('writes an article, a party with its kind and a source that the checker passes, warning about each placeholder by field', async () => {
    expect((await run('article', 'Café talks: a deal?')).code).toBe(0);
    expect((await run('party', 'Steve Witkoff', '--kind', 'person')).code).toBe(0);
    expect((await run('source', 'Interview with Basem Naim')).code).toBe(0);
    const { problems, fileCount } = await loadContent(dir);
    expect(fileCount).toBe(3);
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const placeholders = problems.filter((problem) => problem.message.includes('still the placeholder from `npm run new`'));
    // The field is named: in the problem's path for frontmatter, first in the message for the text.
    expect(placeholders.map((problem) => [path.basename(problem.file), formatProblem(problem).replace(/^\S+ warning /, '')])).toEqual([
      ['cafe-talks-a-deal.md', 'dek: still the placeholder from `npm run new`; write one or two sentences that sum up the story'],
      ['cafe-talks-a-deal.md', 'text: still the placeholder from `npm run new`; write the article here'],
      ['steve-witkoff.yaml', 'description: still the placeholder from `npm run new`; write one neutral line on who they are'],
    ]);
    const article = await readFile(path.join(dir, 'articles/cafe-talks-a-deal.md'), 'utf8');
    expect(article).toContain('title: "Café talks: a deal?"');
    for (const field of ['updated', 'dateline', 'claims', 'events', 'corrections', 'claimant', 'assessment', 'relations']) expect(article).toContain(`${field}:`);
    expect(await readFile(path.join(dir, 'parties/steve-witkoff.yaml'), 'utf8')).toContain('\nkind: person\n');
  });

  test('writes a party without --kind with a kind the check refuses, and says so', async () => {
    const { code, stdout } = await run('party', 'Egyptian Foreign Ministry');
    expect(code).toBe(0);
    expect(stdout).toContain('Choose its kind (one of person, organisation, government');
    const { problems } = await loadContent(dir);
    const kind = problems.find((problem) => problem.file.endsWith('parties/egyptian-foreign-ministry.yaml') && problem.severity === 'error');
    expect(kind).toMatchObject({ path: ['kind'], line: 4 });
    expect(kind?.message).toContain('"choose-one" is not one of `person`');
  });

  test('exits 2 for a --kind that is not a party kind, or --kind with an article', async () => {
    const bogus = await run('party', 'Someone', '--kind', 'villain');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe('new: --kind "villain" is not a kind of party; use one of person, organisation, government, state, armed-group, military, media-outlet, international-body, unidentified\n');
    expect((await run('article', 'Talks', '--kind', 'state')).code).toBe(2);
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
    expect(stderr).toContain('usage: npm run new -- article "Title" | party "Name" --kind <person|organisation|');
  });
});
