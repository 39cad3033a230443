/**
 * `npm run check`: validates all content (schemas, cross-references, inline markers, warnings) without
 * building pages, and prints every problem, one a line, then a count.
 *
 *   node src/cli/check.ts [--strict] [--format human|json|github [--changed-from <ref>]]
 *
 * `--format github` prints annotations for a pull request, the problems of the files changed since `<ref>`
 * first, at most as many as GitHub shows, and writes every problem to `$GITHUB_STEP_SUMMARY` when it is set
 * (`src/cli/github-report.ts`).
 *
 * Exit status: 0 when there is no error, 1 when there is (with `--strict`, warnings count as errors),
 * 2 for a bad option or a bug in the checker itself. Never prints a stack trace.
 */
import { enableCompileCache } from 'node:module';
import { parseArgs } from 'node:util';
import { contentDir, contentDirProblem } from '../loader/content-dir.ts';
import { appendFile } from 'node:fs/promises';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../loader/problems.ts';
import { changedFiles, CommandError } from './git.ts';
import { githubReport } from './github-report.ts';

// Node strips the types of every module it loads, in each thread, on every run: about half of the start-up.
// Its compile cache keeps the stripped and compiled modules between runs; so the loader is imported after this.
enableCompileCache();

const USAGE = 'usage: npm run check -- [--strict] [--format human|json|github [--changed-from <ref>]]';

function fatal(message: string): never {
  process.stderr.write(`check: ${message}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let options: { strict?: boolean; format?: string; 'changed-from'?: string; help?: boolean };
  try {
    ({ values: options } = parseArgs({
      options: { strict: { type: 'boolean' }, format: { type: 'string' }, 'changed-from': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (error) {
    fatal(`${(error as Error).message}\n${USAGE}`);
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = (options.format ?? 'human') as ReportFormat;
  if (!REPORT_FORMATS.includes(format)) fatal(`unknown format "${options.format}"; use human, json or github\n${USAGE}`);
  const changedFrom = options['changed-from'];
  if (changedFrom !== undefined && format !== 'github') fatal(`--changed-from orders GitHub annotations; use it with --format github\n${USAGE}`);
  const dir = contentDir();
  const problem = contentDirProblem(dir);
  if (problem) fatal(problem);
  const changed = changedFrom === undefined ? new Set<string>() : await changedFiles(changedFrom).catch((error: unknown) => fatal(error instanceof CommandError ? error.message : String(error)));

  const { loadContent } = await import('../loader/load-content.ts');
  const content = await loadContent(dir);
  const problems = options.strict ? content.problems.map((problem) => ({ ...problem, severity: 'error' as const })) : content.problems;
  if (format === 'github') {
    const { log, summary } = githubReport(problems, content.fileCount, changed);
    process.stdout.write(log);
    if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, summary);
  } else {
    process.stdout.write(formatReport(problems, content.fileCount, format, format === 'human' && process.stdout.isTTY === true && !process.env.NO_COLOR));
  }
  return problems.some((problem) => problem.severity === 'error') ? 1 : 0;
}

const bug = (error: unknown) =>
  fatal(`internal error, a bug in the checker and not in your content: ${error instanceof Error ? error.message : String(error)}. Please report it.`);
process.on('uncaughtException', bug);
process.on('unhandledRejection', bug);
main().then((code) => {
  process.exitCode = code;
}, bug);
