/**
 * Where a field sits in a YAML text: `fieldLocator(yaml)(['claims', 1, 'claimant'])` gives the line and column
 * of the `claimant` key of the second claim. It parses with js-yaml (the parser Astro uses for content) and
 * its node listener, so positions cost a second parse of the one file that has a problem, nothing more.
 */
import { CORE_SCHEMA, load, type ListenerState } from 'js-yaml';

/** 1-based, within the YAML text. */
export interface YamlPosition {
  line: number;
  column: number;
}

interface YamlNode {
  start: number;
  kind: ListenerState['kind'];
  result: unknown;
  children: YamlNode[];
}

/**
 * A function giving the position of the field at a path: the key of a mapping entry (`claimant:`), the item
 * of a list (`- basem-naim`, or `basem-naim` inside `[…]`). When the field is absent, the nearest ancestor
 * that exists; the start of the text when nothing does, or when the text is not valid YAML. The text is
 * parsed once, on the first call.
 */
export function fieldLocator(yaml: string): (path: readonly (string | number)[]) => YamlPosition {
  let root: YamlNode | undefined | null = null;
  return (path) => {
    if (root === null) root = tree(yaml);
    let offset = root ? start(yaml, root) : 0;
    let node = root;
    for (const key of path) {
      const next = node && child(node, key);
      if (!next) break;
      offset = start(yaml, next.at);
      node = next.value;
    }
    return position(yaml, offset);
  };
}

function child(node: YamlNode, key: string | number): { at: YamlNode; value: YamlNode } | undefined {
  if (node.kind === 'sequence' && typeof key === 'number') {
    const item = node.children[key];
    return item && { at: item, value: item };
  }
  if (node.kind !== 'mapping' || node.children.length % 2 !== 0) return undefined;
  for (let i = 0; i < node.children.length; i += 2) {
    const keyNode = node.children[i]!;
    if (String(keyNode.result) === String(key)) return { at: keyNode, value: node.children[i + 1]! };
  }
  return undefined;
}

/** The node tree, rebuilt from the listener's open and close events; undefined when the text does not parse. */
function tree(yaml: string): YamlNode | undefined {
  const stack: YamlNode[] = [{ start: 0, kind: null, result: undefined, children: [] }];
  try {
    load(yaml, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, kind: null, result: undefined, children: [] });
          return;
        }
        const node = stack.pop()!;
        node.kind = state.kind;
        node.result = state.result;
        stack.at(-1)!.children.push(collapse(node));
      },
    });
  } catch {
    return undefined;
  }
  return stack[0]!.children[0];
}

/**
 * js-yaml opens a node for a list item and another for its content, and tries a plain scalar as a key
 * before it knows it is a value: keep the node that carries the content.
 */
function collapse(node: YamlNode): YamlNode {
  if (node.kind !== 'mapping' && node.kind !== 'sequence') return { ...node, children: [] };
  const only = node.children.length === 1 ? node.children[0]! : undefined;
  return only && only.result === node.result ? only : node;
}

/** A node opens before the spaces, line breaks and comments that precede its first character. */
function start(yaml: string, node: YamlNode): number {
  let i = node.start;
  const sameLineOnly = node.kind === null;
  while (i < yaml.length) {
    const c = yaml[i]!;
    if (c === ' ' || c === '\t') i++;
    else if (!sameLineOnly && (c === '\n' || c === '\r')) i++;
    else if (!sameLineOnly && c === '#') while (i < yaml.length && yaml[i] !== '\n') i++;
    else break;
  }
  return i;
}

function position(text: string, offset: number): YamlPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
