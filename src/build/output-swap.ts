/**
 * A failed build loses nothing: `astro build` writes into a staging folder beside the output folder
 * (`dist.staging/` beside `dist/`), and the staging folder takes the output's place only once the build has
 * succeeded. A crash, a full disk or Ctrl-C leaves the previous site as it was, and the staging folder is
 * removed on the way out. Faults of the output folder are one line naming it and the cause ({@link outputFault}).
 *
 * The integration ({@link outputSwap}) points Astro's `outDir` at the staging folder when Astro sets up, and
 * swaps in `astro:build:done`; it must be the last integration, so that every other one (the article pass's
 * search index, the sitemap) has written into the staging folder by then.
 *
 * Astro empties its `outDir` (the staging folder) when the build starts, unless `vite.build.emptyOutDir` is
 * false (`node_modules/astro/dist/core/build/static-build.js`, `viteBuild`); edit builds set it false, and
 * link the outputs they keep into the staging folder (src/build/edit-seed.ts, docs/edit-builds.md).
 */
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { cp, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

/** The staging folder of an output folder: beside it, so that the swap is a rename on one file system. */
export function stagingFolder(output: string): string {
  return `${output.replace(/[\\/]+$/, '')}.staging`;
}

/** The output folder a staging folder stands for (the folder itself when it is not one), for messages. */
export function outputFolderOf(folder: string): string {
  return folder.replace(/[\\/]+$/, '').replace(/\.staging$/, '');
}

const CAUSES: Record<string, string> = {
  ENOSPC: 'no space is left on the disk',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'it cannot be written (no permission)',
  EPERM: 'it cannot be written (no permission)',
  EROFS: 'it is on a read-only file system',
  ENOTDIR: 'it is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  EISDIR: 'a folder stands where a file should be written',
  EXDEV: 'it is on another file system than the staging folder beside it, and could not be copied over',
  EMFILE: 'too many files are open',
  EIO: 'the disk reported an input/output error',
};

/**
 * A file-system error met writing `folder` as one line (an Astro error without a stack): the folder, the cause,
 * and that the previous site is untouched. Errors that are not file-system errors come back as they are.
 */
export function outputFault(error: unknown, folder: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !(code in CAUSES || /^E[A-Z]+$/.test(code))) return error;
  const fault = new AstroError(
    `The output folder ${folder} could not be written: ${CAUSES[code] ?? (error as Error).message} (${code}).`,
    'The build stopped and the previous site in it is as it was; fix the folder or the disk, then build again.',
  );
  fault.stack = '';
  return fault;
}

/**
 * Replaces `output` with `staging`: the output is moved aside, the staging folder renamed in its place, then
 * the old output removed. When the output cannot be renamed (it is a mount point, another file system), its
 * entries are moved aside inside it and the staging folder's copied in, and put back if the copy fails.
 */
export async function swapIn(staging: string, output: string): Promise<void> {
  const previous = `${output}.previous`;
  await rm(previous, { recursive: true, force: true });
  let aside = false;
  try {
    await rename(output, previous);
    aside = true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return copyIn(staging, output);
  }
  try {
    await rename(staging, output);
  } catch (error) {
    if (aside) await rename(previous, output);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
}

/** The swap by copy, into an output folder that cannot be renamed. */
async function copyIn(staging: string, output: string): Promise<void> {
  const aside = path.join(output, `.claimdesk-previous-${process.pid}`);
  const old = (await readdir(output)).filter((name) => !name.startsWith('.claimdesk-previous-'));
  await rm(aside, { recursive: true, force: true });
  mkdirSync(aside, { recursive: true });
  for (const name of old) await rename(path.join(output, name), path.join(aside, name));
  const copied: string[] = [];
  try {
    for (const name of await readdir(staging)) {
      copied.push(name);
      await cp(path.join(staging, name), path.join(output, name), { recursive: true });
    }
  } catch (error) {
    for (const name of copied) await rm(path.join(output, name), { recursive: true, force: true });
    for (const name of old) await rename(path.join(aside, name), path.join(output, name));
    await rm(aside, { recursive: true, force: true });
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
  await rm(staging, { recursive: true, force: true });
}

/**
 * The integration: stage the build, swap on success, clean up on any other way out. Builds only. `swapped`:
 * called once the new output is in place (an edit build writes its manifest then).
 */
export function outputSwap({ swapped: done }: { swapped?: () => void | Promise<void> } = {}): AstroIntegration {
  let output = '';
  let staging = '';
  let swapped = false;
  /** Removes the staging folder unless it became the output; synchronous, for the process's `exit` event. */
  const discard = () => {
    if (staging && !swapped) rmSync(staging, { recursive: true, force: true });
  };
  const interrupted = (signal: NodeJS.Signals) => {
    discard();
    process.kill(process.pid, signal);
  };
  return {
    name: 'claimdesk:output-swap',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        output = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        staging = stagingFolder(output);
        if (existsSync(output) && !statSync(output).isDirectory()) throw outputFault(Object.assign(new Error('not a folder'), { code: 'ENOTDIR' }), output);
        try {
          rmSync(staging, { recursive: true, force: true });
          mkdirSync(staging, { recursive: true });
        } catch (error) {
          throw outputFault(error, path.dirname(output));
        }
        process.once('exit', discard);
        process.once('SIGINT', interrupted);
        process.once('SIGTERM', interrupted);
        updateConfig({ outDir: pathToFileURL(`${staging}${path.sep}`) });
      },
      'astro:build:done': async ({ dir }) => {
        if (!staging) return;
        // The assumption this module rests on: Astro wrote where it was told to.
        if (path.resolve(fileURLToPath(dir)) !== path.resolve(staging)) {
          throw new AstroError(`Astro wrote the site to ${fileURLToPath(dir)}, not to the staging folder ${staging}.`, 'Another integration changed `outDir`; keep claimdesk() the only one that sets it.');
        }
        try {
          await swapIn(staging, output);
        } catch (error) {
          throw outputFault(error, output);
        }
        swapped = true;
        process.off('SIGINT', interrupted);
        process.off('SIGTERM', interrupted);
        await done?.();
      },
    },
  };
}
