/**
 * PLACEHOLDER, to be replaced by the real body checker (issue 4) at merge time. It keeps the contract the
 * content checker codes against: every inline marker of an article body checked against the known ids,
 * and the ids the body marks. This stand-in finds no problems and no marks.
 */
export interface KnownIds {
  claims: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  parties: ReadonlySet<string>;
}

/** 1-based, relative to the body string. */
export interface BodyProblem {
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
}

/** Problems, and the ids marked in the body. */
export interface BodyReport {
  problems: BodyProblem[];
  claims: string[];
  sources: string[];
  parties: string[];
}

export function checkBody(_markdown: string, _known: KnownIds): BodyReport {
  return { problems: [], claims: [], sources: [], parties: [] };
}
