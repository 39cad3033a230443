/**
 * The content check of `astro build` and `astro dev`: prints every problem, exactly as `npm run check` does;
 * a build with an error stops before writing a page (an Astro error with a hint), `astro dev` carries on.
 */
import { AstroError } from 'astro/errors';
import { contentDirProblem } from '../loader/content-dir.ts';
import type { CheckedContent } from '../loader/load-content.ts';
import { formatReport } from '../loader/problems.ts';

export type Command = 'build' | 'dev' | 'preview' | 'sync';

/**
 * An Astro error about the content, not the code: without a stack, which Astro would print under it and which
 * would only point here.
 */
function contentError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.stack = '';
  return error;
}

/** Throws when `dir`, the content folder, is not there or is a file: a build or a dev server would show an empty site. */
export function requireContentDir(dir: string): void {
  const problem = contentDirProblem(dir);
  if (!problem) return;
  const [what, fix] = problem.split('; ') as [string, string];
  throw contentError(`${what.charAt(0).toUpperCase()}${what.slice(1)}.`, `${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`);
}

/** Prints the problems on `write` (`colour`: with ANSI colours); throws in a build when one is an error. */
export function reportProblems(content: CheckedContent, command: Command, write: (text: string) => void, colour = false): void {
  const { problems } = content;
  if (problems.length === 0 || (command !== 'build' && command !== 'dev')) return;
  write(formatReport(problems, content.fileCount, 'human', colour));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  if (command === 'build' && errors > 0) {
    throw contentError(`The build stopped before writing any page: the content has ${errors} error(s), listed above.`, 'Fix them (`npm run check` lists them again), then run the build again.');
  }
}
