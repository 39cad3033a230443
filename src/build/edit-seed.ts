/**
 * Puts the outputs an edit build keeps into the staging folder (src/build/output-swap.ts) as hard links to
 * the files of the current output: fast, and no byte is copied. A linked file is the live site's file, so
 * nothing may write into it in place; none does, because only kept files are linked, and a kept file is one
 * no part of this build writes (edit-prerenderer.ts leaves its route out of Astro's list; a kept part of the
 * search index is not rebuilt, and a rebuilt one is moved in as new files beside it). Everything else starts from nothing in the staging folder, as in a clean build. Where the
 * file system has no hard links, the file is copied.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Links each of `files` (relative, with `/`) from `output` into `staging`. */
export function seedStaging(output: string, staging: string, files: Iterable<string>): number {
  const made = new Set<string>();
  let count = 0;
  for (const file of files) {
    const from = path.join(output, ...file.split('/'));
    const to = path.join(staging, ...file.split('/'));
    const folder = path.dirname(to);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EMLINK' && code !== 'ENOTSUP') throw error;
      copyFileSync(from, to);
    }
    count++;
  }
  return count;
}

/** The files under `folder` of `root` (relative to `root`, with `/`). */
export function filesUnder(root: string, folder: string): string[] {
  return readdirSync(path.join(root, ...folder.split('/')), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
