import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { outputFault, outputFolderOf, stagingFolder, swapIn } from '../../src/build/output-swap.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'claimdesk-swap-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const site = (dir: string, text: string) => {
  mkdirSync(path.join(dir, 'a'), { recursive: true });
  writeFileSync(path.join(dir, 'a', 'index.html'), text);
};

describe('stagingFolder', () => {
  test('returns the folder beside the output, and outputFolderOf the way back', () => {
    expect(stagingFolder('/x/dist/')).toBe('/x/dist.staging');
    expect(outputFolderOf('/x/dist.staging/')).toBe('/x/dist');
    expect(outputFolderOf('/x/dist')).toBe('/x/dist');
  });
});

describe('swapIn', () => {
  test('replaces the output with the staging folder and leaves nothing beside it', async () => {
    const output = path.join(work, 'dist');
    site(output, 'old');
    site(stagingFolder(output), 'new');
    await swapIn(stagingFolder(output), output);
    expect(readFileSync(path.join(output, 'a', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  test('puts the staging folder in place when there was no output yet', async () => {
    const output = path.join(work, 'dist');
    site(stagingFolder(output), 'new');
    await swapIn(stagingFolder(output), output);
    expect(readFileSync(path.join(output, 'a', 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(work)).toEqual(['dist']);
  });

  test('puts the previous output back when the staging folder cannot take its place', async () => {
    const output = path.join(work, 'dist');
    site(output, 'old');
    await expect(swapIn(path.join(work, 'missing.staging'), output)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(path.join(output, 'a', 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(work)).toEqual(['dist']);
  });
});

describe('outputFault', () => {
  test('returns a file-system error as one line naming the folder and the cause, without a stack', () => {
    const fault = outputFault(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }), '/x/dist') as Error & { hint: string };
    expect(fault.message).toBe('The output folder /x/dist could not be written: no space is left on the disk (ENOSPC).');
    expect(fault.hint).toMatch(/previous site in it is as it was/);
    expect(fault.stack).toBe('');
    expect((outputFault(Object.assign(new Error('x'), { code: 'EROFS' }), '/x/dist') as Error).message).toBe('The output folder /x/dist could not be written: it is on a read-only file system (EROFS).');
  });

  test('returns other errors unchanged', () => {
    const error = new TypeError('a bug');
    expect(outputFault(error, '/x/dist')).toBe(error);
  });
});
