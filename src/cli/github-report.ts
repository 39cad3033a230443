/**
 * `npm run check -- --format github`: GitHub shows at most 10 error and 10 warning annotations of a step
 * and drops the rest without a word. So the annotations come in the order a reviewer needs them (the
 * problems of the files the pull request changed first), stop at 10 of each, and one notice says how many
 * more there are; the full list goes to the job summary.
 */
import { formatProblem, type Located } from '../core/problem-format.ts';
import { formatGithubAnnotation, summarize } from '../loader/problems.ts';
import type { GraphProblem } from '../graph/graph.ts';

type Problem = Pick<GraphProblem, 'severity' | 'path' | 'message'> & Located & { id?: string };

/** Annotations of each severity that GitHub shows for one step. */
export const ANNOTATIONS_SHOWN = 10;

export interface GithubReport {
  /** The annotations, the notice when some were left out, and the count line: for the step's log. */
  log: string;
  /** Every problem, as Markdown: for `$GITHUB_STEP_SUMMARY`. */
  summary: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `problems` as annotations, those in `changed` (paths as the problems give them) first, 10 errors and 10 warnings at most. */
export function githubReport(problems: readonly Problem[], files: number, changed: ReadonlySet<string> = new Set()): GithubReport {
  const inChange = problems.filter((problem) => changed.has(problem.file));
  const elsewhere = problems.filter((problem) => !changed.has(problem.file));
  const shown: Problem[] = [];
  const count = { error: 0, warning: 0 };
  for (const problem of [...inChange, ...elsewhere]) {
    if (count[problem.severity] === ANNOTATIONS_SHOWN) continue;
    count[problem.severity]++;
    shown.push(problem);
  }
  const hidden = problems.length - shown.length;
  const log = [
    ...shown.map(formatGithubAnnotation),
    ...(hidden ? [`::notice title=Content check::${plural(hidden, 'more problem')}: see the job summary`] : []),
    summarize(problems, files),
  ];
  return { log: `${log.join('\n')}\n`, summary: summaryMarkdown(problems, files, changed.size ? inChange : undefined, elsewhere) };
}

/** The count, then every problem, one a line in the check's own words, in a code block. */
function summaryMarkdown(problems: readonly Problem[], files: number, inChange: readonly Problem[] | undefined, elsewhere: readonly Problem[]): string {
  const block = (list: readonly Problem[]) => {
    const lines = list.map((problem) => formatProblem(problem));
    const longestTicks = Math.max(2, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((ticks) => ticks.length))));
    const fence = '`'.repeat(longestTicks + 1);
    return [fence, ...lines, fence];
  };
  const out = ['## Content check', '', summarize(problems, files)];
  if (inChange === undefined) {
    if (problems.length) out.push('', ...block(problems));
  } else {
    if (inChange.length) out.push('', '### In the files this change touches', '', ...block(inChange));
    if (elsewhere.length) out.push('', '### In other files', '', ...block(elsewhere));
  }
  return `${out.join('\n')}\n`;
}
