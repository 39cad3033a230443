/**
 * A quicker way for `checkBody` to reach the tree of markers that a full parse gives, for plain prose. A full
 * Markdown parse costs about 1 ms for 600 words with markers (claim passages are read twice over); but in text
 * with no code, HTML or escapes, and no link near a marker, a marker reads the same wherever it stands, so a
 * scan for colons can cut the markers out and build their nodes directly, with their places in the text.
 *
 * It gives up (returns `undefined`, and `checkBody` parses the whole text) on anything outside that narrow
 * case: code, HTML or autolinks (`` ` ``, `<`), escapes and entities (`\`, `&`), definitions (`]:`, a line
 * starting with `[`), a link or image (`](`, `][`, `![`) in a paragraph that also has a colon before a word,
 * tabs or CR, `::` and `~~~` anywhere, four spaces before a colon on a line (indented code, even inside a
 * list), a marker over a line end, emphasis in a `:cite` label, and attributes other than one plain id.
 * Tests compare it with the full parse on many texts.
 */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Point } from 'unist';

/** Characters, strings and lines that only a full parse reads right; tested one at a time, which is faster than one alternation. */
const GIVE_UP_CHARS = /[`<\\&\t\r]/;
const GIVE_UP_STRINGS = [']:', '::', '~~~'];
const GIVE_UP_LINES = [/^ {0,3}\[/m, / {4}[^\n]*:/];
const givesUp = (markdown: string) =>
  GIVE_UP_CHARS.test(markdown) || GIVE_UP_STRINGS.some((string) => markdown.includes(string)) || GIVE_UP_LINES.some((line) => line.test(markdown));
/** Links and images: fine in a paragraph without markers, which they cannot then hide or contain. */
const LINK = /\]\(|\]\[|!\[/;
const CANDIDATE = /:[^\s\p{P}\p{S}]/u;
/** A directive name, as micromark-extension-directive reads it: no whitespace or punctuation, then also `-` and `_`. */
const NAME = /[^\s\p{P}\p{S}](?:[^\s\p{P}\p{S}]|[-_])*/uy;
/** The only attributes read here: `{#id}`, `{id=id}`, `{id="id"}`. */
const ID_ONLY = /^\{(?:#([a-z0-9-]+)|id=([a-z0-9-]+)|id="([a-z0-9-]+)")\}$/;

class GiveUp extends Error {}

/** The markers of `markdown` in one paragraph, or `undefined` when only a full parse can tell. */
export function scanMarkers(markdown: string): Root | undefined {
  if (givesUp(markdown)) return undefined;
  if (LINK.test(markdown) && markdown.split(/\n[ ]*\n/).some((block) => LINK.test(block) && CANDIDATE.test(block))) return undefined;
  const newlines: number[] = [];
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1)) newlines.push(i);
  const point = (offset: number): Point => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return { line: low + 1, column: offset - (low === 0 ? 0 : newlines[low - 1]! + 1) + 1, offset };
  };

  /** The nodes of `markdown[from, to)`: text between directives, and the directives. */
  const scan = (from: number, to: number): PhrasingContent[] => {
    const nodes: PhrasingContent[] = [];
    let text = from;
    for (let colon = markdown.indexOf(':', from); colon !== -1 && colon < to; colon = markdown.indexOf(':', colon + 1)) {
      if (colon < text) continue;
      NAME.lastIndex = colon + 1;
      const name = NAME.exec(markdown)?.[0];
      if (!name || colon + 1 + name.length > to) continue;
      let end = colon + 1 + name.length;
      const next = markdown[end];
      if (name.endsWith('-') || name.endsWith('_') || next === ':') continue; // not a directive at all
      const node: TextDirective = { type: 'textDirective', name, attributes: {}, children: [] };
      if (next === '[') {
        const close = closing(markdown, end, to);
        node.children = scan(end + 1, close - 1);
        if (name === 'cite' && node.children.some((child) => child.type === 'text' && /[*_]/.test(child.value))) throw new GiveUp();
        end = close;
      }
      if (markdown[end] === '{') {
        const close = markdown.indexOf('}', end);
        if (close === -1 || close >= to) throw new GiveUp();
        const id = ID_ONLY.exec(markdown.slice(end, close + 1));
        if (!id) throw new GiveUp();
        node.attributes = { id: id[1] ?? id[2] ?? id[3]! };
        end = close + 1;
      }
      if (text < colon) nodes.push({ type: 'text', value: markdown.slice(text, colon) });
      node.position = { start: point(colon), end: point(end) };
      nodes.push(node);
      text = end;
    }
    if (text < to) nodes.push({ type: 'text', value: markdown.slice(text, to) });
    return nodes;
  };

  try {
    const paragraph: Paragraph = { type: 'paragraph', children: scan(0, markdown.length) };
    return { type: 'root', children: [paragraph] };
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
}

/** The index after the `]` that closes the `[` at `open`, as the directive label reads it; gives up otherwise. */
function closing(text: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to && i - open <= 900; i++) {
    const char = text[i];
    if (char === '\n') break;
    if (char === '[' && ++depth > 32) break;
    if (char === ']' && --depth === 0) return i + 1;
  }
  throw new GiveUp();
}

