/**
 * A quicker way to the data js-yaml reads, for the plain YAML content files are written in. js-yaml was a
 * quarter of the checker's time (about 0.1 ms an article file); content files use a narrow part of YAML,
 * which a scan of lines reads two to three times as fast:
 *
 * - block mappings whose keys are plain words (`title:`), one key a line, nested by indentation;
 * - block sequences (`- item`, also at the same indentation as their key), of values or of mappings (`- id: …`);
 * - plain values, also wrapped over several lines, resolved by js-yaml's own core-schema types (so `~` is
 *   null, `12` a number and `2025-05-17` text, exactly as js-yaml has it);
 * - block scalars (`>-`, `|`, with `-`, `+` or neither), one-line quoted values without escapes (`"2024"`,
 *   `'it''s'`) and one-line flow lists of plain words (`[a, b]`).
 *
 * Everything else gives up (returns `undefined`) and the caller runs js-yaml, which reads it or reports the
 * error: comments, tabs, carriage returns, control characters, `---` and `...` lines, directives, anchors,
 * aliases, tags, flow mappings, escapes, quoted or flow values over several lines, an indentation width on a
 * block scalar, values starting with another indicator (`-`, `?`, `:`, `@`, …), a `: ` inside a plain value,
 * keys that are not plain words, repeated keys, an empty list item, nested lists, and any indentation js-yaml
 * would refuse. Where this reads a text at all, it reads what js-yaml reads: tests compare the two on many texts.
 */
import { CORE_SCHEMA } from 'js-yaml';

/** js-yaml's implicit types of the core schema (null, bool, int, float), in its order. */
interface ImplicitType {
  resolve(data: string): boolean;
  construct(data: string): unknown;
}
const IMPLICIT = (CORE_SCHEMA as unknown as { compiledImplicit: ImplicitType[] }).compiledImplicit;

/**
 * Characters only js-yaml reads right: tab, CR, NUL, js-yaml's other non-printable characters, and (more
 * than needed) any surrogate. Comments and `---`, `...` and `%` lines fail the reading below, which gives up there.
 */
const GIVE_UP = /[\x00-\x09\x0B-\x1F\x7F-\x84\x86-\x9F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** A key as read here: a plain word, then `:` and a space or the line end. */
const KEY = /[A-Za-z][A-Za-z0-9_-]*:(?: |\n)/y;
/** First characters of a value read by js-yaml alone: indicators, and a space (by code, below 128). */
const INDICATOR = new Uint8Array(128);
for (const char of '-?:,[]{}#&*!|>\'"%@` ') INDICATOR[char.charCodeAt(0)] = 1;
/** First characters of a null, a boolean or a number in the core schema: anything else is text. */
const MAYBE_TYPED = new Uint8Array(128);
for (const char of '~nNtTfF0123456789+-.') MAYBE_TYPED[char.charCodeAt(0)] = 1;
/** A plain value ends at `: ` or a `:` at the end of the line, and a comment starts at ` #`: here, that means giving up. */
const ENDS_PLAIN = /:(?: |$)| #/;

class GiveUp extends Error {}

const giveUp = (): never => {
  throw new GiveUp();
};

/** Without the spaces at either end: js-yaml trims spaces (and tabs, given up on) but no other white space. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (text.charCodeAt(start) === 32) start++;
  while (end > start && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(start, end);
}

/** A plain value as js-yaml resolves it with the core schema. */
function resolvePlain(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first >= 128 || MAYBE_TYPED[first] === 0) return text;
  for (const type of IMPLICIT) if (type.resolve(text)) return type.construct(text);
  return text;
}

/** The data of `yaml` as js-yaml's `load(yaml, { schema: CORE_SCHEMA })` gives it, or `undefined` when only js-yaml can tell. */
export function parseSimpleYaml(yaml: string): Record<string, unknown> | undefined {
  if (GIVE_UP.test(yaml)) return undefined;
  // As js-yaml reads it: with a final line break, and a NUL after the end (NUL is not allowed in the text).
  const text = `${yaml.endsWith('\n') ? yaml : `${yaml}\n`}\0`;
  const length = text.length - 1;
  /** Position: always at the start of a line between entries, or inside the line being read. */
  let p = 0;

  /** Skips blank lines from the start of a line; returns the indentation of the next line, or -1 at the end. */
  const nextLine = (): number => {
    for (;;) {
      if (p >= length) return -1;
      let q = p;
      while (text.charCodeAt(q) === 32) q++;
      if (text.charCodeAt(q) !== 10) return q - p;
      p = q + 1;
    }
  };
  const endOfLine = (from: number) => text.indexOf('\n', from);
  /** From `from` to the line end, only spaces; moves to the next line. */
  const finishLine = (from: number) => {
    const end = endOfLine(from);
    for (let i = from; i < end; i++) if (text.charCodeAt(i) !== 32) giveUp();
    p = end + 1;
  };
  const isKeyAt = (at: number) => {
    KEY.lastIndex = at;
    return KEY.test(text);
  };
  const isDashAt = (at: number) => text.charCodeAt(at) === 45 && text.charCodeAt(at + 1) === 32;

  /** A value that starts on the line at `at`; `minIndent` is the indentation its continuation lines need. */
  const inlineValue = (at: number, minIndent: number): unknown => {
    const char = text.charCodeAt(at);
    if (char === 34 || char === 39) return quoted(at, text[at]!);
    if (char === 91) return flowList(at);
    if (char === 124 || char === 62) return blockScalar(at, minIndent);
    if (char < 128 && INDICATOR[char] === 1) giveUp();
    return plain(at, minIndent);
  };

  const quoted = (at: number, quote: string): string => {
    const end = endOfLine(at);
    let value = '';
    let from = at + 1;
    for (;;) {
      const close = text.indexOf(quote, from);
      if (close === -1 || close > end) giveUp();
      if (quote === '"') {
        value = text.slice(from, close);
        if (value.includes('\\')) giveUp();
        finishLine(close + 1);
        return value;
      }
      value += text.slice(from, close);
      if (text[close + 1] === "'") {
        value += "'";
        from = close + 2;
        continue;
      }
      finishLine(close + 1);
      return value;
    }
  };

  const flowList = (at: number): unknown[] => {
    const end = endOfLine(at);
    const close = text.indexOf(']', at);
    if (close === -1 || close > end) giveUp();
    const inside = text.slice(at + 1, close);
    if (/[[{}"':#]/.test(inside)) giveUp();
    finishLine(close + 1);
    if (trimSpaces(inside) === '') return [];
    return inside.split(',').map((item) => {
      const word = trimSpaces(item);
      const first = word.charCodeAt(0);
      if (word === '' || (first < 128 && INDICATOR[first] === 1)) giveUp();
      return resolvePlain(word);
    });
  };

  /**
   * A literal (`|`) or folded (`>`) block scalar, with `-` or `+` or neither after it: js-yaml's reading,
   * line for line. `nodeIndent` is the least indentation of its text.
   */
  const blockScalar = (at: number, nodeIndent: number): string => {
    const folding = text.charCodeAt(at) === 62;
    let q = at + 1;
    const chomping = text[q] === '-' ? 'strip' : text[q] === '+' ? 'keep' : 'clip';
    if (chomping !== 'clip') q++;
    finishLine(q);
    let result = '';
    let textIndent = nodeIndent;
    let detectedIndent = false;
    let didReadContent = false;
    let emptyLines = 0;
    let atMoreIndented = false;
    for (;;) {
      const lineStart = p;
      let lineIndent = 0;
      while ((!detectedIndent || lineIndent < textIndent) && text.charCodeAt(p) === 32) {
        lineIndent++;
        p++;
      }
      if (!detectedIndent && lineIndent > textIndent) textIndent = lineIndent;
      const char = text.charCodeAt(p);
      if (char === 10) {
        emptyLines++;
        p++;
        continue;
      }
      if (lineIndent < textIndent) {
        if (chomping === 'keep') result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
        else if (chomping === 'clip' && didReadContent) result += '\n';
        p = lineStart;
        return result;
      }
      if (!folding) result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      else if (char === 32) {
        atMoreIndented = true;
        result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += '\n'.repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += ' ';
      } else {
        result += '\n'.repeat(emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const end = endOfLine(p);
      result += text.slice(p, end);
      p = end + 1;
    }
  };

  /** A plain value from `at`, with the lines that continue it (indented at least `minIndent`), folded as js-yaml folds them. */
  const plain = (at: number, minIndent: number): unknown => {
    let end = endOfLine(at);
    let value = trimSpaces(text.slice(at, end));
    if (ENDS_PLAIN.test(value)) giveUp();
    p = end + 1;
    for (;;) {
      const lineStart = p;
      let breaks = 1;
      const indent = nextLine();
      // Blank lines inside the value count as line breaks.
      for (let q = lineStart; q < p; q = text.indexOf('\n', q) + 1) breaks++;
      if (indent === -1 || indent < minIndent) {
        p = lineStart;
        break;
      }
      const from = p + indent;
      end = endOfLine(from);
      const line = trimSpaces(text.slice(from, end));
      if (line.charCodeAt(0) === 35 || ENDS_PLAIN.test(line)) giveUp();
      value += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
      value += line;
      p = end + 1;
    }
    return resolvePlain(value);
  };

  /** A block mapping whose first key is at `at`, in column `column`. */
  const mapping = (at: number, column: number, depth: number): Record<string, unknown> => {
    if (depth > 20) giveUp();
    const result: Record<string, unknown> = {};
    let keyAt = at;
    for (;;) {
      if (!isKeyAt(keyAt)) giveUp();
      const colon = KEY.lastIndex - 2;
      const key = String(resolvePlain(text.slice(keyAt, colon)));
      if (Object.hasOwn(result, key)) giveUp();
      let q = colon + 1;
      while (text.charCodeAt(q) === 32) q++;
      if (text.charCodeAt(q) === 10) {
        p = q + 1;
        result[key] = nested(column, depth);
      } else {
        result[key] = inlineValue(q, column + 1);
      }
      const indent = nextLine();
      if (indent === -1 || indent < column) return result;
      if (indent > column) giveUp();
      keyAt = p + indent;
    }
  };

  /** The value of a key written alone on its line (`key:`): what the following lines hold. */
  const nested = (column: number, depth: number): unknown => {
    const indent = nextLine();
    if (indent === -1 || indent < column) return null;
    const at = p + indent;
    if (indent === column) return isDashAt(at) ? sequence(at, column, depth + 1) : null;
    if (isDashAt(at)) return sequence(at, indent, depth + 1);
    if (isKeyAt(at)) return mapping(at, indent, depth + 1);
    return giveUp();
  };

  /** A block sequence whose first `- ` is at `at`, in column `column`. */
  const sequence = (at: number, column: number, depth: number): unknown[] => {
    if (depth > 20) giveUp();
    const result: unknown[] = [];
    let dash = at;
    for (;;) {
      let q = dash + 2;
      while (text.charCodeAt(q) === 32) q++;
      if (text.charCodeAt(q) === 10 || isDashAt(q)) giveUp();
      const itemColumn = q - (dash - column);
      result.push(isKeyAt(q) ? mapping(q, itemColumn, depth + 1) : inlineValue(q, column + 1));
      const indent = nextLine();
      if (indent === -1 || indent < column) return result;
      if (indent > column) giveUp();
      if (!isDashAt(p + indent)) return result;
      dash = p + indent;
    }
  };

  try {
    const indent = nextLine();
    if (indent !== 0 || !isKeyAt(p)) return undefined;
    const data = mapping(p, 0, 0);
    return nextLine() === -1 ? data : undefined;
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}
