/**
 * Where the content lives: `content/` at the project root, or the folder named by `CLAIMDESK_CONTENT`
 * (the tests and the benchmark build fixture corpora that way).
 */
import { statSync } from 'node:fs';
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CLAIMDESK_CONTENT ?? 'content');
}

/** Why `dir` cannot be the content folder (it is missing, or a file), in one line; undefined when it can. */
export function contentDirProblem(dir: string): string | undefined {
  try {
    if (statSync(dir).isDirectory()) return undefined;
    return `the content folder ${dir} is a file, not a folder; set CLAIMDESK_CONTENT to the folder that holds articles/, parties/ and sources/`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `the content folder ${dir} does not exist; run from the project root, or set CLAIMDESK_CONTENT to the content folder`;
    return `the content folder ${dir} cannot be read (${code}); check its permissions`;
  }
}
