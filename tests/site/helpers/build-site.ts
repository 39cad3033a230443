/**
 * Runs a real production build of this project (`astro build --force`, so that no content cache of an
 * earlier build is reused) into `out`, with extra environment variables.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ASTRO = path.resolve('node_modules/.bin/astro');

export function buildSite(out: string, env: Record<string, string> = {}): void {
  const result = spawnSync(ASTRO, ['build', '--force'], {
    env: { ...process.env, CLAIMDESK_OUT: out, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`astro build into ${out} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
