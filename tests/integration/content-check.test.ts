import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentCheck } from '../../src/integration/content-check.ts';
import { loadContent } from '../../src/loader/load-content.ts';

const setup = async (fixture: string, command: 'build' | 'dev' | 'preview') => {
  const dir = path.join('tests/fixtures/check', fixture);
  const hook = contentCheck(await loadContent(dir), dir).hooks['astro:config:setup']!;
  const written: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const exit = vi.spyOn(process, 'exit').mockImplementation(() => undefined as never);
  await hook({ command } as Parameters<typeof hook>[0]);
  return { output: written.join(''), exit };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('contentCheck', () => {
  test('prints the problems as the checker does and exits 1 on errors in a build', async () => {
    const { output, exit } = await setup('event-conflict', 'build');
    expect(output).toContain('tests/fixtures/check/event-conflict/articles/first.md:9:5 error events[0].date: event "alexander-released" has date');
    expect(output).toContain('1 error in 2 files.\nThe build stopped before writing any page');
    expect(exit).toHaveBeenCalledWith(1);
  });

  test('prints the problems without exiting in dev', async () => {
    const { output, exit } = await setup('event-conflict', 'dev');
    expect(output).toContain('1 error in 2 files.');
    expect(exit).not.toHaveBeenCalled();
  });

  test('prints warnings and carries on in a build without errors', async () => {
    const { output, exit } = await setup('warnings', 'build');
    expect(output).toContain('6 warnings in 4 files.');
    expect(exit).not.toHaveBeenCalled();
  });

  test('stops a build from a content folder that does not exist', async () => {
    const { output, exit } = await setup('no-such-folder', 'build');
    expect(output).toBe('The content folder tests/fixtures/check/no-such-folder does not exist; run from the project root or set CLAIMDESK_CONTENT.\n');
    expect(exit).toHaveBeenCalledWith(1);
  });
});
