/**
 * Where the content lives: `content/` at the project root, or the folder named by `CLAIMDESK_CONTENT`
 * (the tests and the benchmark build fixture corpora that way).
 */
import path from 'node:path';

export function contentDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env.CLAIMDESK_CONTENT ?? 'content');
}
