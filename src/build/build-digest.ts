/**
 * The digest of everything a build's outputs depend on that is not content: the site's code and styles
 * (`src/`), `public/`, `astro.config.ts`, the package files and lockfile, Node's version, and the settings
 * given (the environment that `astro.config.ts` and `claimdesk()` read, such as `BASE_PATH`, `SITE_URL`,
 * `CLAIMDESK_CARDS` and `CLAIMDESK_PREVIEW_PR`, and the options of `claimdesk()`). An edit build reuses outputs only under the digest
 * they were written with; any other is a clean build (docs/edit-builds.md).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files and folders of the project, relative to its root, that hold code or settings. */
export const CODE = ['src', 'public', 'astro.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * The environment the site reads when it builds (astro.config.ts, src/integration/): these, and every
 * `CLAIMDESK_` variable but those that only say where to write, whether to build clean, or what to log.
 */
export const SETTINGS_ENV = ['BASE_PATH', 'SITE_URL', 'TZ'];
const NOT_SETTINGS = new Set(['CLAIMDESK_OUT', 'CLAIMDESK_CACHE', 'CLAIMDESK_CLEAN', 'CLAIMDESK_EDIT_EXPLAIN']);

/** The names of the variables of `env` that shape the outputs, sorted. */
export function settingsEnv(env: NodeJS.ProcessEnv): string[] {
  return [...SETTINGS_ENV, ...Object.keys(env).filter((name) => name.startsWith('CLAIMDESK_') && !NOT_SETTINGS.has(name))].sort();
}

function files(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .map((child) => child.name)
    .sort()
    .flatMap((name) => files(root, path.join(entry, name)));
}

/** `root`: the project; `settings`: what else the build was given (Astro's config values, `claimdesk()`'s options). */
export function buildDigest(root: string, settings: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash('sha1');
  hash.update(`node ${process.version}\n`);
  for (const name of settingsEnv(env)) hash.update(`${name}=${env[name] ?? ''}\n`);
  hash.update(`${JSON.stringify(settings)}\n`);
  for (const file of CODE.flatMap((entry) => files(root, entry))) {
    hash.update(`${file.split(path.sep).join('/')}\n`);
    hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest('base64url');
}
