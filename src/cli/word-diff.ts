/**
 * A word diff of two short texts (a title, a statement), for a reviewer: the runs of words kept, removed and
 * added, in order. `wordDiff('Talks stall in Doha', 'Talks resume in Doha')` gives
 * `[kept 'Talks', removed 'stall', added 'resume', kept 'in Doha']`.
 */
export interface WordRun {
  kind: 'kept' | 'removed' | 'added';
  text: string;
}

/** Above this many word pairs the texts are too long to compare word by word: all removed, all added. */
const MAX_PAIRS = 250_000;

export function wordDiff(before: string, after: string): WordRun[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  const runs: WordRun[] = [];
  const push = (kind: WordRun['kind'], word: string) => {
    const last = runs.at(-1);
    if (last?.kind === kind) last.text += ` ${word}`;
    else runs.push({ kind, text: word });
  };
  if (a.length * b.length > MAX_PAIRS) {
    for (const word of a) push('removed', word);
    for (const word of b) push('added', word);
    return runs;
  }
  // Longest common subsequence, from the end: common[i][j] for a[i..] and b[j..].
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push('kept', a[i]!);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || common[i]![j + 1]! >= common[i + 1]![j]!)) {
      // Removed words before added ones where both are possible: `~~old~~ **new**`.
      if (i < a.length && common[i]![j + 1]! === common[i + 1]![j]!) {
        push('removed', a[i]!);
        i++;
      } else {
        push('added', b[j]!);
        j++;
      }
    } else {
      push('removed', a[i]!);
      i++;
    }
  }
  return runs;
}
