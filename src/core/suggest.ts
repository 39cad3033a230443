/**
 * The nearest valid id to a misspelt one, for "did you mean" hints: `witkof` suggests `steve-witkoff`
 * when the registry has it. Returns `undefined` when nothing is close.
 */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const shorter = Math.min(candidate.length, value.length);
    const contained = shorter >= 4 && (candidate.includes(value) || value.includes(candidate));
    const score = Math.min(distance(value, candidate), contained ? 1 + Math.abs(candidate.length - value.length) / 10 : Infinity);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

export interface UnknownIdOptions {
  /** The quote around the id and the suggestion: `"` in reports on fields, a backtick in reports on Markdown. Default: `"`. */
  quote?: string;
  /** Where the id was written, after the id: `in :claim[...]{#id}`. Default: nothing. */
  where?: string;
}

/**
 * The report on an id that names nothing: `unknown party "witkof"; did you mean "steve-witkoff"?`, or `hint` (how
 * to fix it) when no known id is close. The one wording of this rule, for fields, Markdown marks and files.
 */
export function unknownId(kind: string, id: string, known: Iterable<string>, hint: string, { quote = '"', where }: UnknownIdOptions = {}): string {
  const near = suggest(id, known);
  return `unknown ${kind} ${quote}${id}${quote}${where ? ` in ${where}` : ''}; ${near ? `did you mean ${quote}${near}${quote}?` : hint}`;
}

/** Levenshtein distance, two rows at a time. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
