/**
 * `.github/publish-pages.sh` against a local bare repository standing for GitHub: the live site at the
 * root, previews under pr-<n>/, each publication keeping the other's files.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const SCRIPT = path.resolve('.github/publish-pages.sh');
let root: string;
let remote: string;

function site(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function publish(...args: string[]) {
  return spawnSync('bash', [SCRIPT, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, PAGES_REMOTE: remote } });
}

/** The files of the gh-pages branch and its number of commits. */
function published(): { files: string[]; commits: number } {
  const git = (...args: string[]) => execFileSync('git', ['-C', remote, ...args], { encoding: 'utf8' }).trim();
  return { files: git('ls-tree', '-r', '--name-only', 'gh-pages').split('\n').sort(), commits: Number(git('rev-list', '--count', 'gh-pages')) };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'publish-pages-'));
  remote = path.join(root, 'remote.git');
  execFileSync('git', ['init', '--quiet', '--bare', remote]);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Each test runs git a dozen times: slow on a busy machine, never a measure of speed.
describe('publish-pages.sh', { timeout: 60_000 }, () => {
  test('publishes the live site at the root, previews beside it, and removes a closed preview', () => {
    const live = site('live', { 'index.html': 'live 1', '_astro/a.css': 'a', 'claims/x/index.html': 'x' });
    expect(publish(live, '/').status).toBe(0);
    expect(published()).toEqual({ files: ['.nojekyll', '_astro/a.css', 'claims/x/index.html', 'index.html'], commits: 1 });

    const preview = site('preview', { 'index.html': 'preview', 'claims/y/index.html': 'y' });
    expect(publish(preview, 'pr-12').status).toBe(0);
    const live2 = site('live2', { 'index.html': 'live 2' });
    expect(publish(live2, '/').status).toBe(0);
    expect(published()).toEqual({ files: ['.nojekyll', 'index.html', 'pr-12/claims/y/index.html', 'pr-12/index.html'], commits: 1 });

    expect(publish('-', 'pr-12').status).toBe(0);
    expect(published()).toEqual({ files: ['.nojekyll', 'index.html'], commits: 1 });
  });

  test('refuses a target that is neither the root nor pr-<number>, and a folder without a built site', () => {
    const live = site('live3', { 'index.html': 'x' });
    for (const target of ['../x', 'pr-', 'pr-1/..', 'docs']) {
      const result = publish(live, target);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('give / for the live site or pr-<number> for a preview');
    }
    const empty = site('empty', { 'note.txt': '' });
    expect(publish(empty, '/').stderr).toContain('index.html is missing');
  });
});
