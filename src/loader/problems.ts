/**
 * Content problems as text, one a line: compiler style for people (`file:line:column severity field:
 * message`), JSON for tools, and GitHub Actions annotations so that errors appear on a pull request's lines.
 */
import { count } from '../core/count.ts';
import { escapeForTerminal } from '../core/unprintable.ts';
import type { GraphProblem } from '../graph/graph.ts';
import { fieldPath, formatProblem, type Located, type Problem } from '../core/problem-format.ts';

export type ReportFormat = 'human' | 'json' | 'github';

export const REPORT_FORMATS: readonly ReportFormat[] = ['human', 'json', 'github'];

/** A GitHub Actions workflow command: `::error file=…,line=…,col=…,title=…::message`. */
export function formatGithubAnnotation(problem: Problem): string {
  const property = (value: string) => escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const field = fieldPath(problem.path);
  const properties = [`file=${property(problem.file ?? problem.id ?? '')}`];
  if (problem.line) properties.push(`line=${problem.line}`, `col=${problem.column ?? 1}`);
  if (field) properties.push(`title=${property(field)}`);
  return `::${problem.severity} ${properties.join(',')}::${escapeData(`${field ? `${field}: ` : ''}${problem.message}`)}`;
}

/** The workflow command's escapes, then every character that could colour or reorder the log (`escapeForTerminal`). */
function escapeData(value: string): string {
  return escapeForTerminal(value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A'));
}

/** "2 errors and 1 warning in 21 files." or "No problems in 21 files." */
export function summarize(problems: readonly Pick<GraphProblem, 'severity'>[], files: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const where = `in ${count(files, 'file')}`;
  if (errors === 0 && warnings === 0) return `No problems ${where}.`;
  return `${[errors ? count(errors, 'error') : '', warnings ? count(warnings, 'warning') : ''].filter(Boolean).join(' and ')} ${where}.`;
}

/**
 * The whole report for people or for tools: human ends with the count line; JSON carries the counts. GitHub's
 * annotations are ordered and limited for a pull request: `src/cli/github-report.ts`.
 */
export function formatReport(problems: readonly (Problem & Located)[], files: number, format: Exclude<ReportFormat, 'github'>, color = false): string {
  if (format === 'json') {
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const list = problems.map((problem) => ({
      file: problem.file,
      line: problem.line ?? 1,
      column: problem.column ?? 1,
      severity: problem.severity,
      field: fieldPath(problem.path),
      message: problem.message,
    }));
    return `${JSON.stringify({ files, errors, warnings: problems.length - errors, problems: list }, null, 2)}\n`;
  }
  const lines = problems.map((problem) => formatProblem(problem, color));
  return `${[...lines, summarize(problems, files)].join('\n')}\n`;
}
