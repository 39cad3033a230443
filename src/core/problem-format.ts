/**
 * One content problem as one line, compiler style, for people: `file:line:column severity field: message`. The
 * checker, the build and the Markdown plugins all print problems this way (`src/loader/problems.ts` adds the
 * report formats for tools).
 */
import { styleText } from 'node:util';
import { escapeForTerminal } from './unprintable.ts';

/** A problem with its place in the file, once the YAML position of its field is known. */
export interface Located {
  file: string;
  line?: number;
  column?: number;
}

/** A problem as printed: its severity, the field's path inside the entry, the message, and where it is. */
export type Problem = { severity: 'error' | 'warning'; path: (string | number)[]; message: string } & Partial<Located> & { id?: string };

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
