/**
 * Runs the content checks before Astro builds anything: `astro build` prints every problem, exactly as
 * `npm run check` does, and stops with exit status 1 before writing a page when there is an error;
 * `astro dev` prints them and carries on. The content is loaded once, in `astro.config.ts`, and shared with
 * whatever else needs it.
 */
import type { AstroIntegration } from 'astro';
import { contentDirProblem } from '../loader/content-dir.ts';
import type { CheckedContent } from '../loader/load-content.ts';
import { formatReport } from '../loader/problems.ts';

/** `dir`: the content folder the content was loaded from; a build from a folder that is not there fails. */
export function contentCheck(content: CheckedContent, dir: string): AstroIntegration {
  return {
    name: 'claimdesk:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        const unusable = command === 'build' ? contentDirProblem(dir) : undefined;
        if (unusable) {
          process.stderr.write(`${unusable.charAt(0).toUpperCase()}${unusable.slice(1)}.\n`);
          return process.exit(1);
        }
        const { problems } = content;
        if (problems.length === 0 || (command !== 'build' && command !== 'dev')) return;
        process.stderr.write(formatReport(problems, content.fileCount, 'human', process.stderr.isTTY === true && !process.env.NO_COLOR));
        if (command === 'build' && problems.some((problem) => problem.severity === 'error')) {
          process.stderr.write('The build stopped before writing any page: fix the errors above, then run it again.\n');
          process.exit(1);
        }
      },
    },
  };
}
