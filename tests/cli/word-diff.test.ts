import { describe, expect, test } from 'vitest';
import { wordDiff } from '../../src/cli/word-diff.ts';

describe('wordDiff', () => {
  test('returns the kept, removed and added runs of words in order', () => {
    expect(wordDiff('Talks stall in Doha', 'Talks resume in Doha')).toEqual([
      { kind: 'kept', text: 'Talks' },
      { kind: 'removed', text: 'stall' },
      { kind: 'added', text: 'resume' },
      { kind: 'kept', text: 'in Doha' },
    ]);
  });

  test('returns added and removed words at either end, and whitespace changes as no change', () => {
    expect(wordDiff('A deal was made.', 'A deal was made  last week.')).toEqual([
      { kind: 'kept', text: 'A deal was' },
      { kind: 'removed', text: 'made.' },
      { kind: 'added', text: 'made last week.' },
    ]);
    expect(wordDiff('one  two', 'one two')).toEqual([{ kind: 'kept', text: 'one two' }]);
    expect(wordDiff('', 'New text')).toEqual([{ kind: 'added', text: 'New text' }]);
    expect(wordDiff('Old text', '')).toEqual([{ kind: 'removed', text: 'Old text' }]);
  });

  test('returns the whole old and new texts when they are too long to compare word by word', () => {
    const long = (word: string) => Array.from({ length: 600 }, (_, i) => `${word}${i}`).join(' ');
    expect(wordDiff(long('a'), long('b')).map((run) => run.kind)).toEqual(['removed', 'added']);
  });
});
