import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { reportProblems, requireContentDir, type Command } from '../../src/integration/content-check.ts';
import { loadContent } from '../../src/loader/load-content.ts';

const report = async (fixture: string, command: Command) => {
  const content = await loadContent(path.join('tests/fixtures/check', fixture));
  const written: string[] = [];
  let thrown: unknown;
  try {
    reportProblems(content, command, (text) => written.push(text));
  } catch (error) {
    thrown = error;
  }
  return { output: written.join(''), thrown: thrown as { name: string; message: string; hint?: string } | undefined };
};

describe('reportProblems', () => {
  test('prints the problems as the checker does and throws an Astro error with a hint on errors in a build', async () => {
    const { output, thrown } = await report('event-conflict', 'build');
    expect(output).toContain('tests/fixtures/check/event-conflict/articles/first.md:9:5 error events[0].date: event "alexander-released" has date');
    expect(output).toContain('2 errors in 2 files.');
    expect(thrown?.name).toBe('AstroUserError');
    expect(thrown?.message).toBe('The build stopped before writing any page: the content has 2 error(s), listed above.');
    expect(thrown?.hint).toBe('Fix them (`npm run check` lists them again), then run the build again.');
    // Astro prints an error's stack under it: a content error has none, its place is in the report above.
    expect((thrown as Error).stack).toBe('');
  });

  test('prints the problems without throwing in dev', async () => {
    const { output, thrown } = await report('event-conflict', 'dev');
    expect(output).toContain('2 errors in 2 files.');
    expect(thrown).toBeUndefined();
  });

  test('prints warnings and carries on in a build without errors', async () => {
    const { output, thrown } = await report('warnings', 'build');
    expect(output).toContain('6 warnings in 4 files.');
    expect(thrown).toBeUndefined();
  });

  test('prints nothing for other commands', async () => {
    expect((await report('event-conflict', 'preview')).output).toBe('');
  });
});

describe('requireContentDir', () => {
  test('throws an Astro error naming the folder and the fix when it does not exist', () => {
    expect(() => requireContentDir('tests/fixtures/check/no-such-folder')).toThrow(
      expect.objectContaining({
        message: 'The content folder tests/fixtures/check/no-such-folder does not exist.',
        hint: 'Run from the project root, or set CLAIMDESK_CONTENT to the content folder.',
      }),
    );
  });

  test('throws an Astro error naming the folder and the fix when it is a file', () => {
    expect(() => requireContentDir('package.json')).toThrow(
      expect.objectContaining({
        message: 'The content folder package.json is a file, not a folder.',
        hint: 'Set CLAIMDESK_CONTENT to the folder that holds articles/, parties/ and sources/.',
      }),
    );
  });

  test('returns for a folder that exists', () => {
    expect(() => requireContentDir('tests/fixtures/check/warnings')).not.toThrow();
  });
});
