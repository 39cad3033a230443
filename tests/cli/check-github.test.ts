/**
 * `npm run check -- --format github --changed-from <ref>` in a git repository: 25 errors and 14 warnings,
 * some in files the change touched, as a pull request's check would see them.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CHECK = path.resolve('src/cli/check.ts');
let repo: string;

/** An article with one error (an unknown kind), or with one warning (updated before published). */
function article(name: string, problem: 'error' | 'warning', title = name) {
  const kind = problem === 'error' ? 'nonsense' : 'report';
  writeFileSync(
    path.join(repo, 'content/articles', `${name}.md`),
    `---\ntitle: ${title}\ndek: A dek.\nkind: ${kind}\npublished: 2025-05-17\nupdated: 2025-05-10\nbyline: [News desk]\n---\n\nText.\n`,
  );
}

async function check(...args: string[]) {
  const summary = path.join(repo, 'summary.md');
  rmSync(summary, { force: true });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [CHECK, '--format', 'github', ...args], {
      cwd: repo,
      env: { ...process.env, CLAIMDESK_CONTENT: 'content', GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr: '', summary: readFileSync(summary, 'utf8') };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    let text = '';
    try {
      text = readFileSync(summary, 'utf8');
    } catch {}
    return { code, stdout, stderr, summary: text };
  }
}

const fileOf = (line: string) => line.match(/file=([^,]+)/)?.[1];

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'check-github-'));
  for (const folder of ['articles', 'parties', 'sources']) mkdirSync(path.join(repo, 'content', folder), { recursive: true });
  for (let i = 1; i <= 22; i++) article(`old-error-${String(i).padStart(2, '0')}`, 'error');
  for (let i = 1; i <= 12; i++) article(`old-warning-${String(i).padStart(2, '0')}`, 'warning');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo });
  git('init', '--quiet');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '-m', 'base');
  // The change: one article edited, three new ones with an error, two with a warning.
  article('old-error-20', 'error', 'Edited title');
  for (let i = 1; i <= 3; i++) article(`new-error-${i}`, 'error');
  for (let i = 1; i <= 2; i++) article(`new-warning-${i}`, 'warning');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Each test starts the checker: slow on a busy machine, never a measure of speed.
describe('check --format github --changed-from', { timeout: 60_000 }, () => {
  const changed = new Set(['content/articles/old-error-20.md', 'content/articles/new-error-1.md', 'content/articles/new-error-2.md', 'content/articles/new-error-3.md', 'content/articles/new-warning-1.md', 'content/articles/new-warning-2.md']);

  test('prints the changed files\' problems first, 10 errors and 10 warnings, then one notice and the count', async () => {
    const { code, stdout } = await check('--changed-from', 'HEAD');
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    const warnings = lines.filter((line) => line.startsWith('::warning '));
    expect([errors.length, warnings.length]).toEqual([10, 10]);
    expect(errors.slice(0, 4).map(fileOf).every((file) => changed.has(file!))).toBe(true);
    expect(errors.slice(4).map(fileOf).some((file) => changed.has(file!))).toBe(false);
    expect(warnings.slice(0, 2).map(fileOf).every((file) => changed.has(file!))).toBe(true);
    expect(warnings.slice(2).map(fileOf).some((file) => changed.has(file!))).toBe(false);
    // 25 + 14 problems, 20 shown.
    expect(lines.at(-2)).toBe('::notice title=Content check::19 more problems: see the job summary');
    expect(lines.at(-1)).toBe('25 errors and 14 warnings in 39 files.');
    expect(lines.length).toBe(22);
  });

  test('writes every problem to the job summary, the changed files\' first', async () => {
    const { summary } = await check('--changed-from', 'HEAD');
    expect(summary).toContain('## Content check\n\n25 errors and 14 warnings in 39 files.\n');
    const [touched, other] = summary.split('### In other files') as [string, string];
    expect(touched).toContain('### In the files this change touches');
    expect(touched.match(/^content\/articles\/\S+:\d+:\d+ (error|warning) /gm)?.length).toBe(6);
    expect(other.match(/^content\/articles\/\S+:\d+:\d+ (error|warning) /gm)?.length).toBe(33);
    expect(touched).toContain('content/articles/new-error-1.md:4:1 error kind: "nonsense" is not one of');
    expect(other).toContain('content/articles/old-warning-01.md:6:1 warning updated: "2025-05-10" is before `published`');
  });

  test('without --changed-from keeps the check\'s order, with the same limit and notice', async () => {
    const { stdout, summary } = await check();
    const lines = stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error ')).length).toBe(10);
    expect(lines.at(-2)).toBe('::notice title=Content check::19 more problems: see the job summary');
    expect(summary).not.toContain('### In');
    expect(summary.match(/^content\/articles\/\S+:\d+:\d+ (error|warning) /gm)?.length).toBe(39);
  });

  test('exits 2 with one line on an unknown ref, or with --changed-from in another format', async () => {
    const unknown = await check('--changed-from', 'no-such-branch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('check: unknown git ref `no-such-branch`; name a branch, tag or commit (`main`, `origin/main`, `HEAD~1`)\n');
    const { code, stderr } = await promisify(execFile)(process.execPath, [CHECK, '--changed-from', 'HEAD'], { cwd: repo, env: { ...process.env, CLAIMDESK_CONTENT: 'content' } }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(code).toBe(2);
    expect(stderr).toContain('--changed-from orders GitHub annotations; use it with --format github');
  });
});
