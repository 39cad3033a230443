/**
 * One line per content problem, compiler style: `file:line:column severity field: message`.
 */
import type { GraphProblem } from './graph.ts';

/** A problem with its place in the file, once the YAML position of its field is known. */
export interface Located {
  file: string;
  line?: number;
  column?: number;
}

/** `claims[1].claimant` from `['claims', 1, 'claimant']`. */
export function fieldPath(path: readonly (string | number | symbol)[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

/** `content/articles/a.md:14:5 error claims[1].claimant: unknown party "witkof"; did you mean "steve-witkoff"?` */
export function formatProblem(problem: Pick<GraphProblem, 'severity' | 'path' | 'message'> & Partial<Located> & { id?: string }): string {
  const place = problem.file ?? problem.id ?? '(content)';
  const position = problem.line ? `:${problem.line}:${problem.column ?? 1}` : '';
  const field = fieldPath(problem.path);
  return `${place}${position} ${problem.severity} ${field ? `${field}: ` : ''}${problem.message}`;
}
