/**
 * Content problems as text, one a line: compiler style for people (`file:line:column severity field:
 * message`), JSON for tools, and GitHub Actions annotations so that errors appear on a pull request's lines.
 */
import { styleText } from 'node:util';
import { count } from '../core/count.ts';
import { escapeForTerminal } from '../core/unprintable.ts';
import type { GraphProblem } from '../graph/graph.ts';

/** A problem with its place in the file, once the YAML position of its field is known. */
export interface Located {
  file: string;
  line?: number;
  column?: number;
}

type Problem = Pick<GraphProblem, 'severity' | 'path' | 'message'> & Partial<Located> & { id?: string };

export type ReportFormat = 'human' | 'json' | 'github';

export const REPORT_FORMATS: readonly ReportFormat[] = ['human', 'json', 'github'];

/** `claims[1].claimant` from `['claims', 1, 'claimant']`. */
export function fieldPath(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/**
 * `content/articles/a.md:14:5 error claims[1].claimant: unknown party "witkof"; did you mean "steve-witkoff"?`
 * With `color`, the place is bold and the severity red or yellow; the words stay, so colour is never needed.
 * Content quoted in it cannot reach the terminal raw: control and bidirectional characters are escaped.
 */
export function formatProblem(problem: Problem, color = false): string {
  const paint = (format: Parameters<typeof styleText>[0], text: string) => (color ? styleText(format, text, { validateStream: false }) : text);
  const place = escapeForTerminal(`${problem.file ?? problem.id ?? '(content)'}${problem.line ? `:${problem.line}:${problem.column ?? 1}` : ''}`);
  const field = escapeForTerminal(fieldPath(problem.path));
  const severity = paint(problem.severity === 'error' ? ['bold', 'red'] : ['bold', 'yellow'], problem.severity);
  return `${paint('bold', place)} ${severity} ${field ? `${field}: ` : ''}${escapeForTerminal(problem.message)}`;
}

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
