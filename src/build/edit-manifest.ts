/**
 * The manifest of the last build, kept in the cache folder (`<cacheDir>/claimdesk-edit/manifest.json`) beside
 * the output it describes: the build digest it was made under (`build-digest.ts`), the output folder, and for
 * each output of a route (a page, a feed, a data file) its file and the keys it read of the content
 * (src/graph/reads.ts) with the digest each had (`content-digests.ts`); and the digest of the records of each
 * part of the search index. It is written once the output is in place, and removed before the output is
 * replaced, so that a manifest never describes another output than the one beside it.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const MANIFEST_VERSION = 2;

export interface OutputRecord {
  /** The route's component, as Astro names it (`src/pages/articles/[slug].astro`). */
  route: string;
  /** Whether Astro counts it as a page (it goes into the sitemap), rather than an endpoint. */
  page: boolean;
  /** The file, relative to the output folder, with `/`. */
  file: string;
  /** Indexes into {@link EditManifest.keys}. */
  reads: number[];
}

export interface EditManifest {
  version: typeof MANIFEST_VERSION;
  buildDigest: string;
  /** The output folder, absolute. */
  output: string;
  /** The digest of the records of each part of the search index, by part (`searchDigests` in `search-plan.ts`). */
  search: string[];
  /** Every key some output read. */
  keys: string[];
  /** The digest of each key, in the order of `keys`, when the outputs were written. */
  digests: string[];
  /** By pathname, as Astro's `getStaticPaths` gives it (`/articles/x/`). */
  outputs: Record<string, OutputRecord>;
}

/** The manifest's file in the cache folder. */
export function manifestFile(cacheDir: string): string {
  return path.join(cacheDir, 'claimdesk-edit', 'manifest.json');
}

/** The manifest, or why there is none to use: missing, unreadable, or of another version. */
export function readManifest(file: string): EditManifest | { missing: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return { missing: 'no manifest of an earlier build in the cache folder' };
  }
  try {
    const manifest = JSON.parse(text) as EditManifest;
    if (manifest.version !== MANIFEST_VERSION) return { missing: `the manifest in the cache folder is of another version (${String(manifest.version)})` };
    if (!Array.isArray(manifest.keys) || !Array.isArray(manifest.digests) || !Array.isArray(manifest.search) || typeof manifest.outputs !== 'object' || manifest.keys.length !== manifest.digests.length) {
      return { missing: 'the manifest in the cache folder is incomplete' };
    }
    return manifest;
  } catch {
    return { missing: 'the manifest in the cache folder could not be read (it is not JSON)' };
  }
}

/** Writes the manifest whole or not at all (a temporary file renamed over it). */
export function writeManifest(file: string, manifest: EditManifest): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(manifest));
  renameSync(temporary, file);
}

/** Removes the manifest: the output it describes is about to be replaced. */
export function removeManifest(file: string): void {
  rmSync(file, { force: true });
}
