/**
 * A YAML syntax error from js-yaml, in an editor's words and at the right place: an unclosed quote is
 * reported where the quote opens (js-yaml notices it at the end of the file), and the field is named from
 * the keys on the lines above, since a text that does not parse has no tree to ask.
 *
 * Over 200 lines: one rewriting of js-yaml's messages, each case beside the position rule it needs.
 */
import type { YAMLException } from 'js-yaml';

export interface SyntaxProblem {
  /** 1-based, in the file. */
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
}

/** `firstLine` is the file line of the YAML's first line (2 in frontmatter); the result is in file lines. */
export function describeYamlError(error: YAMLException, yaml: string, firstLine = 1): SyntaxProblem {
  const lines = yaml.split(/\r?\n/);
  let line = (error.mark?.line ?? 0) + 1;
  let column = (error.mark?.column ?? 0) + 1;
  const reason = error.reason ?? error.message;
  const at = (message: string, withAncestors: boolean): SyntaxProblem => ({
    line: line + firstLine - 1,
    column,
    path: fieldAtLine(lines, line - 1, withAncestors),
    message: `invalid YAML: ${message}`,
  });

  // A quote left open runs on to the next quote mark, often many lines down, where js-yaml then stumbles:
  // the value that opens a quote and does not close it on its own line is the mistake to point at.
  const runaway = runawayQuote(lines, line - 1);
  if (runaway) {
    ({ line, column } = runaway);
    return at(`the ${runaway.mark} opened here is never closed; add the closing ${runaway.mark}`, true);
  }
  const quote = /within a (double|single) quoted scalar/.exec(reason);
  if (quote) {
    const mark = quote[1] === 'double' ? '"' : "'";
    const opening = openingQuote(lines, line - 1, mark);
    if (opening) ({ line, column } = opening);
    return at(`the ${mark} opened here is never closed; add the closing ${mark}`, true);
  }
  if (reason === 'duplicated mapping key') {
    const key = keyOf(lines[line - 1] ?? '');
    const first = key === undefined ? undefined : firstOccurrence(lines, line - 1, key);
    column = (lines[line - 1]?.search(/\S/) ?? 0) + 1;
    return at(`field "${key ?? '?'}" appears twice${first ? ` (first on line ${first + firstLine - 1})` : ''}; keep one of them`, true);
  }
  if (reason.startsWith('tab characters must not be used')) {
    return at('a tab is used for indentation; indent with spaces only', true);
  }
  // A badly indented line's parents cannot be trusted: name its own key, or the parents when it has none.
  const keyless = shape(lines[line - 1] ?? '')?.key === undefined;
  if (reason === 'bad indentation of a mapping entry') {
    return at('this line is not lined up with the fields above it; fix its indentation (spaces only), or put a value that contains ": " in quotes', keyless);
  }
  if (reason === 'bad indentation of a sequence entry') {
    return at('this line is not lined up with the fields or list items above it; fix its indentation (spaces only)', keyless);
  }
  if (reason.startsWith('the stream contains non-printable characters')) {
    const found = findControlCharacter(lines);
    if (found) ({ line, column } = found);
    return at('the text contains an invisible control character here; delete it', true);
  }
  const tag = /^unknown tag !<tag:yaml\.org,2002:(.*)>/.exec(reason) ?? /^unknown tag !<(.*)>/.exec(reason);
  if (tag) {
    return at(`the YAML tag "!!${tag[1]}" is not allowed; write plain text, in quotes if it starts with "!"`, true);
  }
  if (reason === 'missed comma between flow collection entries') {
    return at('a list in [ ] or { } is missing a comma or its closing bracket', false);
  }
  if (reason.startsWith('end of the stream or a document separator is expected')) {
    return at('unexpected text; check the indentation and the quotes of this line', false);
  }
  return at(`${reason}; check the indentation, colons and quotes of this line`, false);
}

interface LineShape {
  /** Column (0-based) of the first dash of a list item, or of the content. */
  lead: number;
  /** Column (0-based) where the key or value starts, after any `- `. */
  content: number;
  item: boolean;
  key?: string;
}

function shape(text: string): LineShape | undefined {
  const match = /^([ \t]*)((?:-[ \t]+)*)(.*)$/.exec(text);
  const rest = match?.[3] ?? '';
  // A tab in the indentation counts for nothing: the editor meant spaces, and how many cannot be known.
  const lead = match ? match[1]!.replaceAll('\t', '').length : 0;
  const dashes = match?.[2]?.replaceAll('\t', ' ').length ?? 0;
  if (!match || rest === '' || rest.startsWith('#')) return match && match[2] ? { lead, content: lead + dashes, item: true } : undefined;
  const key = keyOf(rest);
  const result: LineShape = { lead, content: lead + dashes, item: match[2] !== '' };
  if (key !== undefined) result.key = key;
  return result;
}

function keyOf(text: string): string | undefined {
  const match = /^[ \t]*(?:-[ \t]+)*("[^"]*"|'[^']*'|[^\s#'"{[][^:#]*?)[ \t]*:(?:[ \t]|$)/.exec(text);
  return match?.[1]?.replace(/^["']|["']$/g, '');
}

/**
 * The field a line belongs to, from indentation: `claims[1].claimant` for a `claimant:` line under the
 * second item of `claims:`. With `withAncestors` false, only the key on the line itself: for a badly
 * indented line the parents cannot be trusted.
 */
export function fieldAtLine(lines: readonly string[], index: number, withAncestors: boolean): (string | number)[] {
  const own = shape(lines[index] ?? '');
  if (!own) return [];
  const path: (string | number)[] = own.key !== undefined ? [own.key] : [];
  if (!withAncestors) return path;
  let target = own.content;
  let itemLead = own.item ? own.lead : undefined;
  for (let i = index - (own.item ? 0 : 1); i >= 0; i--) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (itemLead !== undefined) {
      // Count the items of this list above ours, up to the key that holds the list.
      path.unshift(countItems(lines, i, itemLead));
      target = itemLead;
      itemLead = undefined;
      for (; i >= 0; i--) {
        const above = shape(lines[i]!);
        if (above && (above.content < target || (above.content === target && !above.item))) break;
      }
      if (i < 0) break;
      const parent = shape(lines[i]!)!;
      if (parent.key !== undefined) path.unshift(parent.key);
      target = parent.content;
      if (parent.item) itemLead = parent.lead;
      continue;
    }
    if (line.item && line.lead < target) {
      itemLead = line.lead;
      i++;
      continue;
    }
    if (line.content < target && line.key !== undefined) {
      path.unshift(line.key);
      target = line.content;
      if (line.item) itemLead = line.lead;
    }
  }
  return path;
}

/** The index of the list item on line `index` (or the last one above it), among items at `lead`. */
function countItems(lines: readonly string[], index: number, lead: number): number {
  let count = -1;
  for (let i = index; i >= 0; i--) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (line.item && line.lead === lead) count++;
    else if (line.content < lead || (line.content === lead && !line.item)) break;
  }
  return Math.max(count, 0);
}

/** The line of the first `key:` among the siblings above `index`, if any. */
function firstOccurrence(lines: readonly string[], index: number, key: string): number | undefined {
  const own = shape(lines[index] ?? '');
  if (!own) return undefined;
  let first: number | undefined;
  for (let i = index - 1; i >= 0; i--) {
    const line = shape(lines[i]!);
    if (!line) continue;
    if (line.content < own.content || (line.item && line.content === own.content)) {
      if (line.key === key && line.content === own.content) first = i + 1;
      break;
    }
    if (line.content === own.content && line.key === key) first = i + 1;
  }
  return first;
}

const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;

function findControlCharacter(lines: readonly string[]): { line: number; column: number } | undefined {
  for (let i = 0; i < lines.length; i++) {
    const column = lines[i]!.search(CONTROL);
    if (column !== -1) return { line: i + 1, column: column + 1 };
  }
  return undefined;
}

/** The last unescaped `mark` on an earlier line with an odd number of them: where the open quote starts. */
/**
 * The first line above `index` (the error's line) whose value opens a quote (`title: "Text`) without closing
 * it on the same line. Values are written on one line in this project's content, so such a line is where
 * an unclosed quote starts.
 */
function runawayQuote(lines: readonly string[], index: number): { line: number; column: number; mark: string } | undefined {
  for (let i = 0; i < Math.min(index, lines.length); i++) {
    const match = /^[ \t]*(?:-[ \t]+)*(?:[^\s#'"{[][^:#]*?[ \t]*:[ \t]+|-[ \t]+)?(["'])/.exec(lines[i]!);
    if (!match) continue;
    const mark = match[1]!;
    const start = match[0].length - 1;
    const rest = lines[i]!.slice(start + 1);
    const closed = mark === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : /'(?!')/.test(rest.replaceAll("''", ''));
    if (!closed) return { line: i + 1, column: start + 1, mark };
  }
  return undefined;
}

function openingQuote(lines: readonly string[], index: number, mark: string): { line: number; column: number } | undefined {
  for (let i = Math.min(index, lines.length - 1); i >= 0; i--) {
    const text = lines[i]!;
    const positions: number[] = [];
    for (let c = 0; c < text.length; c++) {
      if (mark === '"' && text[c] === '\\') c++;
      else if (mark === "'" && text[c] === "'" && text[c + 1] === "'") c++;
      else if (text[c] === mark) positions.push(c);
    }
    if (positions.length % 2 === 1) return { line: i + 1, column: positions.at(-1)! + 1 };
  }
  return undefined;
}
