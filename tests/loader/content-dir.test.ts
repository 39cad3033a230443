import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { contentDir, contentDirProblem } from '../../src/loader/content-dir.ts';

describe('contentDir', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('returns content/ under the root, or the folder CLAIMDESK_CONTENT names', () => {
    vi.stubEnv('CLAIMDESK_CONTENT', undefined);
    expect(contentDir('/site')).toBe(path.resolve('/site/content'));
    vi.stubEnv('CLAIMDESK_CONTENT', 'fixtures/small');
    expect(contentDir('/site')).toBe(path.resolve('/site/fixtures/small'));
  });
});

describe('contentDirProblem', () => {
  test('returns undefined for a folder, and the cause and the fix for a file or a missing folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'content-dir-'));
    try {
      writeFileSync(path.join(dir, 'file'), '');
      expect(contentDirProblem(dir)).toBeUndefined();
      expect(contentDirProblem(path.join(dir, 'file'))).toBe(
        `the content folder ${path.join(dir, 'file')} is a file, not a folder; set CLAIMDESK_CONTENT to the folder that holds articles/, parties/ and sources/`,
      );
      expect(contentDirProblem(path.join(dir, 'missing'))).toMatch(/does not exist; run from the project root, or set CLAIMDESK_CONTENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
