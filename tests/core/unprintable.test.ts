import { describe, expect, test } from 'vitest';
import { describeCharacter, escapeForTerminal, UNPRINTABLE } from '../../src/core/unprintable.ts';

describe('UNPRINTABLE', () => {
  test('matches control characters, non-characters and lone surrogates, but not tab, line ends or whole characters', () => {
    for (const char of ['\0', '\x07', '\x1b', '\x7f', '\x85', '\x9f', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', 'a\uD83Db']) expect(UNPRINTABLE.test(char), JSON.stringify(char)).toBe(true);
    for (const char of ['\t', '\n', '\r', ' ', 'é', '😀', '\u202E', '\u00A0']) expect(UNPRINTABLE.test(char), JSON.stringify(char)).toBe(false);
  });
});

describe('describeCharacter', () => {
  test('returns the code point and, for the common ones, the name', () => {
    expect(describeCharacter('\0')).toBe('the control character U+0000 (NUL)');
    expect(describeCharacter('\x1b')).toBe('the control character U+001B (ESC)');
    expect(describeCharacter('\x85')).toBe('the control character U+0085');
    expect(describeCharacter('\uD800')).toBe('half of a character (a lone surrogate, U+D800)');
    expect(describeCharacter('\uFFFF')).toBe('the non-character U+FFFF');
  });
});

describe('escapeForTerminal', () => {
  test('returns ANSI escapes, bidirectional overrides and line breaks as visible escapes', () => {
    expect(escapeForTerminal('red \x1b[31mX\x1b[0m')).toBe('red \\u{1B}[31mX\\u{1B}[0m');
    expect(escapeForTerminal('abc\u202Edef\u2066')).toBe('abc\\u{202E}def\\u{2066}');
    expect(escapeForTerminal('one\ntwo\r')).toBe('one\\u{A}two\\u{D}');
  });

  test('returns ordinary text unchanged', () => {
    expect(escapeForTerminal('Pezeshkian à Téhéran: "yes" — 😀')).toBe('Pezeshkian à Téhéran: "yes" — 😀');
  });
});
