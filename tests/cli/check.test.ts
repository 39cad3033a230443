import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { writeBigPng } from '../fixtures/big-png.ts';

const run = async (content: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['src/cli/check.ts', ...args], {
      env: { ...process.env, CLAIMDESK_CONTENT: content, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
};
const fixture = (name: string) => path.join('tests/fixtures/check', name);

// Each test starts the checker, several times: slow on a busy machine, never a measure of speed.
describe('check', { timeout: 60_000 }, () => {
  test('exits 0 on the clean content and ends with the count line', async () => {
    const { code, stdout, stderr } = await run('content');
    expect(code).toBe(0);
    expect(stdout).toMatch(/(No problems|\d+ warnings?) in 21 files\.\n$/);
    expect(stderr).toBe('');
  });

  test('exits 1 on errors, printing file:line:column, the field and the count, without a stack trace', async () => {
    const { code, stdout, stderr } = await run(fixture('yaml-unclosed-quote'));
    expect(code).toBe(1);
    expect(stdout).toBe(
      'tests/fixtures/check/yaml-unclosed-quote/articles/unclosed-quote.md:2:8 error title: invalid YAML: the " opened here is never closed; add the closing "\n1 error in 1 file.\n',
    );
    expect(stderr).toBe('');
  });

  test('exits 1 on warnings with --strict, which reports them as errors', async () => {
    const plain = await run(fixture('warnings'));
    const strict = await run(fixture('warnings'), '--strict');
    expect(plain.code).toBe(0);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('articles/warned.md:6:1 error updated: "2025-05-10" is before `published`');
    expect(strict.stdout).toMatch(/6 errors in 4 files\.\n$/);
  });

  test('warns about the placeholders of `npm run new` and unread files, and fails on them with --strict', async () => {
    const plain = await run(fixture('placeholders'));
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('articles/talks-stall.md:5:1 warning dek: still the placeholder from `npm run new`');
    expect(plain.stdout).toContain('articles/old-notes.markdown:1:1 warning is not read');
    const strict = await run(fixture('placeholders'), '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('articles/talks-stall.md:5:1 error dek: still the placeholder from `npm run new`');
    expect(strict.stdout).toContain('articles/talks-stall.md:55:1 error text: still the placeholder from `npm run new`');
  });

  test('prints JSON with --format json', async () => {
    const { code, stdout } = await run(fixture('not-utf8'), '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ files: 1, errors: 1, warnings: 0, problems: [{ file: 'tests/fixtures/check/not-utf8/articles/latin1.md', line: 2, column: 11, field: 'title' }] });
  });

  test('prints GitHub annotations with --format github', async () => {
    const { code, stdout } = await run(fixture('yaml-tab'), '--format=github');
    expect(code).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      '::error file=tests/fixtures/check/yaml-tab/articles/tab.md,line=7,col=1,title=byline[0]::byline[0]: invalid YAML: a tab is used for indentation; indent with spaces only',
    );
  });

  test('warns at file:line:column about a picture over 10 MB, and exits 0 (1 with --strict)', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'claimdesk-check-big-'));
    try {
      mkdirSync(path.join(content, 'parties'));
      mkdirSync(path.join(content, 'media'));
      await writeBigPng(path.join(content, 'media/big.png'));
      writeFileSync(path.join(content, 'parties/big.yaml'), 'name: Big\nkind: state\ndescription: A state.\nimage:\n  src: media/big.png\n  alt: Flag of Big\n  credit: Flag of Big, public domain\n');
      const plain = await run(content);
      expect(plain.code).toBe(0);
      expect(plain.stdout).toMatch(/parties\/big\.yaml:5:3 warning image\.src: `media\/big\.png` is 10\.\d MB, over 10 MB; save a smaller copy/);
      expect((await run(content, '--strict')).code).toBe(1);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });

  test('exits 2 with the usage on an unknown option or format, or with one line on a content folder that is missing or a file', async () => {
    for (const args of [['--fromat', 'json'], ['--format', 'xml']]) {
      const { code, stderr } = await run('content', ...args);
      expect(code).toBe(2);
      expect(stderr).toContain('usage: npm run check -- [--strict] [--format human|json|github [--changed-from <ref>]]');
    }
    const file = await run('package.json');
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/^check: the content folder .*package\.json is a file, not a folder; set CLAIMDESK_CONTENT to the folder that holds articles\/, parties\/ and sources\/\n$/);
    const missing = await run('no/such/folder');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^check: the content folder .*no\/such\/folder does not exist; run from the project root, or set CLAIMDESK_CONTENT to the content folder\n$/);
  });
});
