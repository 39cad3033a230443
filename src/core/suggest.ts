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
