import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** The environment without what Vitest adds (`BASE_URL`, `MODE`, `NODE_ENV=test`...), which would leak into Vite. */
export function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^(VITEST.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(key)));
}

/**
 * Builds the site from a content folder into a fresh temporary folder with the project's own Astro, and
 * returns the output folder. Throws with Astro's output when the build fails.
 */
export function buildSite(content: string, env: Record<string, string> = {}): string {
  const work = mkdtempSync(path.join(tmpdir(), 'claimdesk-site-'));
  const out = path.join(work, 'dist');
  const result = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...withoutVitest(process.env),
      CLAIMDESK_CONTENT: path.resolve(root, content),
      CLAIMDESK_OUT: out,
      CLAIMDESK_CACHE: path.join(work, 'cache'),
      ...env,
    },
  });
  if (result.status !== 0) throw new Error(`astro build failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return out;
}
