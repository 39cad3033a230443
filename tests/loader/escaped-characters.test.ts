import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { escapedCharacterProblems } from '../../src/loader/escaped-characters.ts';

/** The problems of a YAML text, each field placed at the start of its line (column 1) as a locator would. */
function problems(yaml: string, firstLine = 2) {
  const lines = yaml.split('\n');
  const locate = (path: (string | number)[]) => ({ line: lines.findIndex((line) => line.startsWith(`${String(path.at(-1))}:`)) + 1, column: 1 });
  return escapedCharacterProblems(load(yaml), yaml, locate, firstLine);
}

describe('escapedCharacterProblems', () => {
  test('places an unprintable character written as an escape at the escape, on the file line', () => {
    const [problem, ...rest] = problems('title: Talks\ndek: "Talks\\u0007 stall"\n');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 3, column: 12, path: ['dek'] });
    expect(problem!.message).toMatch(/^the text contains .+, written as an escape, an invisible character; delete the escape$/);
  });

  test('finds the short escapes and the escapes of a key', () => {
    expect(problems('dek: "red \\e[31m"\n').map(({ column }) => column)).toEqual([11]);
    expect(problems('"bad\\x07key": 1\n')).toHaveLength(1);
  });

  test('returns nothing for text without unprintable characters', () => {
    expect(problems('title: "A \\"quoted\\" word"\ndek: Plain.\n')).toEqual([]);
  });
});
