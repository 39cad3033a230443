/**
 * `npm run diff` end to end: a small git repository with two commits, the CLI run as editors and CI run it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const CLI = path.resolve('src/cli/diff.ts');

const PARTY = 'name: Basem Naim\nkind: person\ndescription: Senior member of the Hamas political bureau.\n';
const WITKOFF = 'name: Steve Witkoff\nkind: person\ndescription: US special envoy.\n';
const SOURCE = 'title: Interview with Basem Naim\nkind: interview\npublished: 2025-05-16\n';

function article(assessment: string, eventDate: string): string {
  return `---
title: Hamas official says US broke a promise
dek: Basem Naim says a US envoy made promises.
kind: report
published: 2025-05-17
byline: [News desk]
claims:
  - id: naim-deal
    claimant: basem-naim
    statement: Witkoff promised an end to the blockade in exchange for the release.
    date: 2025-05-16
    sources: [naim-interview]
    attribution: interview
    assessment:
      - date: 2025-05-17
        status: unverified
        rationale: Not independently verified.
${assessment}events:
  - id: alexander-released
    date: ${eventDate}
    title: Edan Alexander released
---

The text.
`;
}

let repo: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

function git(...args: string[]) {
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, stdio: 'pipe' });
}

function diff(cwd: string, ...args: string[]) {
  const { CLAIMDESK_CONTENT: _unused, ...env } = process.env;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'claimdesk-diff-repo-'));
  git('init', '--quiet', '--initial-branch=main');
  write('content/parties/basem-naim.yaml', PARTY);
  write('content/sources/naim-interview.yaml', SOURCE);
  write('content/articles/naim.md', article('', '2025-05'));
  git('add', '.');
  git('commit', '--quiet', '-m', 'First article');
  write('content/parties/steve-witkoff.yaml', WITKOFF);
  write(
    'content/articles/naim.md',
    article('      - date: 2025-05-20\n        status: disputed\n        rationale: US officials deny that any promise was made.\n', '2025-05-12'),
  );
  git('add', '.');
  git('commit', '--quiet', '-m', 'Naim claim disputed');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

// Each test runs git and loads the content twice: slow on a busy machine, never a measure of speed.
describe('main', { timeout: 60_000 }, () => {
  test('returns 0 and prints the status change between two commits, with its rationale', () => {
    const result = diff(repo, 'HEAD~1', 'HEAD');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Content changes: `HEAD~1` → `HEAD`');
    expect(result.stdout).toContain(
      '- `naim-deal` (Basem Naim): Witkoff promised an end to the blockade in exchange for the release.  \n' +
        '  **Unverified** → **Disputed** on 2025-05-20. Rationale: US officials deny that any promise was made.',
    );
    expect(result.stdout).toContain('- Re-dated: Edan Alexander released (`alexander-released`): `2025-05` → `2025-05-12`');
    expect(result.stdout).toContain('### Parties\n\n- Added: Steve Witkoff (`steve-witkoff`)');
  });

  test('returns 0 and compares with the working tree when no head ref is given', () => {
    write('content/sources/new-source.yaml', 'title: A new statement\nkind: official-statement\npublished: 2025-05-21\n');
    try {
      const result = diff(repo, 'HEAD');
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('## Content changes: `HEAD` → `working tree`\n\n1 source added.\n\n### Sources\n\n- Added: A new statement (`new-source`)\n');
    } finally {
      rmSync(path.join(repo, 'content/sources/new-source.yaml'));
    }
  });

  test('returns 0 and leaves an article with errors out, rather than reporting it removed', () => {
    const file = path.join(repo, 'content/articles/naim.md');
    const original = readFileSync(file, 'utf8');
    // A YAML syntax error: the loader cannot read the article at all.
    writeFileSync(file, original.replace('kind: report', 'kind: [report'));
    try {
      const result = diff(repo, 'HEAD');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(
        /^## Content changes: `HEAD` → `working tree`\n\n> \*\*Warning:\*\* `working tree` has \d+ content errors?; `npm run check` lists them\. Left out of the comparison: `articles\/naim`\.\n\nNo content changes\.\n$/,
      );
    } finally {
      writeFileSync(file, original);
    }
  });

  test('returns 0 and lists everything as added when the base has no content folder yet', () => {
    const root = execFileSync('git', ['rev-list', '--max-parents=0', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
    git('checkout', '--quiet', '--orphan', 'empty');
    git('rm', '-r', '--quiet', '--cached', '.');
    git('commit', '--quiet', '--allow-empty', '-m', 'nothing');
    git('checkout', '--quiet', '-f', 'main');
    const result = diff(repo, 'empty', root);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 article added');
  });

  test('returns 2 with one line naming an unknown ref', () => {
    const result = diff(repo, 'no-such-branch', 'HEAD');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('diff: unknown git ref `no-such-branch`; name a branch, tag or commit (`main`, `origin/main`, `HEAD~1`)\n');
  });

  test('returns 2 with one line outside a git repository', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'claimdesk-not-a-repo-'));
    try {
      const result = diff(outside, 'HEAD');
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(`diff: ${outside} is not inside a git repository; run \`npm run diff\` in a clone of the project\n`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  test('returns 2 with the usage line when no ref is given', () => {
    const result = diff(repo);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('diff: usage: npm run diff -- <base-ref> [<head-ref>]   (without <head-ref>: the working tree)\n');
  });
});
