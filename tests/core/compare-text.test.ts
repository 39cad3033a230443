import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/** Sorts `words` in a fresh Node whose locale is `locale`, with `compareText` and with bare `localeCompare`. */
function sortUnder(locale: string, words: string[]): { compareText: string[]; localeCompare: string[] } {
  const script = `
    import { compareText } from './src/core/compare-text.ts';
    const words = ${JSON.stringify(words)};
    console.log(JSON.stringify({
      compareText: [...words].sort(compareText),
      localeCompare: [...words].sort((a, b) => a.localeCompare(b)),
    }));`;
  const env = { ...process.env, LC_ALL: locale, LANG: locale };
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' })) as never;
}

describe('compareText', () => {
  test('returns the English order under a Lithuanian locale, where `y` would sort before `j`', () => {
    const result = sortUnder('lt_LT.UTF-8', ['Yusuf', 'Jamal', 'Ibrahim']);
    // The machine's locale really is in effect: the bare comparison puts Yusuf before Jamal.
    expect(result.localeCompare).toEqual(['Ibrahim', 'Yusuf', 'Jamal']);
    expect(result.compareText).toEqual(['Ibrahim', 'Jamal', 'Yusuf']);
  });

  test('returns the English order under a Swedish locale, where `ä` would sort after `z`', () => {
    const result = sortUnder('sv_SE.UTF-8', ['Zayed', 'Ärlig', 'Ahmed']);
    expect(result.localeCompare).toEqual(['Ahmed', 'Zayed', 'Ärlig']);
    expect(result.compareText).toEqual(['Ahmed', 'Ärlig', 'Zayed']);
  });
});
