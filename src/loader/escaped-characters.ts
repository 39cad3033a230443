/**
 * Unprintable characters written as YAML escapes (`"Talks\u0007"`, `"\uD800"`, `"\e[31m"`), which the text scan
 * of `parseContentFile` cannot see: each value or key holding one is a problem at the escape itself when it is
 * on the field's line, at the field otherwise.
 */
import { describeCharacter, UNPRINTABLE } from '../core/unprintable.ts';
import type { ReadProblem } from './parse-content-file.ts';
import type { YamlPosition } from './yaml-locate.ts';

/** The escapes of a double-quoted YAML string that can write an unprintable character. */
const ESCAPE = /\\(?:[0abvfeN]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/g;
const SIMPLE: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', v: '\v', f: '\f', e: '\x1b', N: '\x85' };

function decode(escape: string): string {
  const kind = escape[1]!;
  if (kind in SIMPLE) return SIMPLE[kind]!;
  const code = Number.parseInt(escape.slice(2), 16);
  // A lone surrogate stays one UTF-16 unit, as js-yaml reads it.
  return code > 0xffff ? String.fromCodePoint(code) : String.fromCharCode(code);
}

/**
 * Problems for `data` (parsed from `yaml`); `locate` gives a path's position in the YAML text, `firstLine` is the
 * file line of the YAML's first line.
 */
export function escapedCharacterProblems(data: unknown, yaml: string, locate: (path: (string | number)[]) => YamlPosition, firstLine: number): ReadProblem[] {
  const found: { path: (string | number)[]; char: string }[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const match = UNPRINTABLE.exec(value);
      if (match) found.push({ path, char: match[0] });
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const match = UNPRINTABLE.exec(key);
        if (match) found.push({ path, char: match[0] });
        else walk(item, [...path, key]);
      }
    }
  };
  walk(data, []);
  if (found.length === 0) return [];
  const lines = yaml.split(/\r?\n/);
  return found.map(({ path, char }) => {
    let { line, column } = locate(path);
    const text = lines[line - 1] ?? '';
    for (const escape of text.slice(column - 1).matchAll(ESCAPE)) {
      if (decode(escape[0]) !== char) continue;
      column = [...text.slice(0, column - 1 + escape.index)].length + 1;
      break;
    }
    return { line: line + firstLine - 1, column, path, message: `the text contains ${describeCharacter(char)}, written as an escape, an invisible character; delete the escape` };
  });
}
