/**
 * Characters that have no place in content text, and text made safe to print on a terminal.
 *
 * Unprintable: the control characters but tab, line feed and carriage return (C0, DEL and C1), the
 * non-characters U+FFFE and U+FFFF, and half a character (a lone UTF-16 surrogate, which a YAML escape such as
 * `"\uD800"` can write). None can be shown, XML 1.0 forbids most of them (a feed with one is not a feed), and
 * a search indexer may refuse them.
 */

/** One unprintable character; test with `UNPRINTABLE.test`, find all with `matchAll(UNPRINTABLE_ALL)`. */
export const UNPRINTABLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'g');

/** Characters that reorder the text shown after them (bidirectional overrides, isolates and marks). */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const NAMES: Record<number, string> = { 0: 'NUL', 7: 'BEL', 8: 'backspace', 0x1b: 'ESC', 0x7f: 'DEL', 0xfffe: 'non-character', 0xffff: 'non-character' };

/** `U+0007`, in words: `the control character U+0007 (BEL)`, `half of a character (lone surrogate U+D800)`. */
export function describeCharacter(char: string): string {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `half of a character (a lone surrogate, ${hex})`;
  if (code >= 0xfffe) return `the non-character ${hex}`;
  return `the control character ${hex}${NAMES[code] ? ` (${NAMES[code]})` : ''}`;
}

/**
 * `text` with every unprintable, bidirectional-control and line-break character written as a `\u{…}` escape,
 * so that a value quoted in a message can neither colour nor move nor hide what a terminal shows after it.
 */
export function escapeForTerminal(text: string): string {
  const risky = new RegExp(`${UNPRINTABLE.source}|${BIDI.source}|[\\n\\r\\u2028\\u2029]`, 'g');
  return text.replace(risky, (char) => `\\u{${char.charCodeAt(0).toString(16).toUpperCase()}}`);
}
