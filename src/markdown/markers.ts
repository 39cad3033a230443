/**
 * The rules for what an editor may write in an article's text, in one place: the three inline markers
 * (`:claim[the passage]{#claim-id}`, `:cite[source-id, other-source]`, `:party[text]{#party-id}`) and raw
 * HTML. `inspectBody` reads a parsed body (mdast with `remark-directive` nodes) and says, node by node, what
 * each marker is, which problems it has and which text only looks like a directive (`a:b`, `re:Invent`).
 * Both the remark plugin (the build) and `checkBody` (`npm run check`) use it, so they never disagree.
 */
import type { Html, Nodes, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Position } from 'unist';
import { suggest, unknownId } from '../core/suggest.ts';

/** The ids that exist in the content, by kind. */
export interface KnownIds {
  claims: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  parties: ReadonlySet<string>;
}

/** A valid marker: what the build renders for it. */
export type Marker = { kind: 'claim'; id: string } | { kind: 'cite'; ids: string[] } | { kind: 'party'; id: string };

export type MarkerName = Marker['kind'];

export const MARKER_NAMES: readonly MarkerName[] = ['claim', 'cite', 'party'];

/** The three markers as an editor writes them, for messages. */
export const MARKER_SYNTAX: Record<MarkerName, string> = {
  claim: '`:claim[the passage]{#claim-id}`',
  cite: '`:cite[source-id]` (several: `:cite[source-a, source-b]`)',
  party: '`:party[text]{#party-id}`',
};

/** A problem found in the text, at the start of the node it concerns. */
export interface Finding {
  severity: 'error' | 'warning';
  message: string;
  position?: Position | undefined;
}

export interface Inspection {
  findings: Finding[];
  /** Known ids marked in the text, each once, in order of first appearance. */
  claims: string[];
  sources: string[];
  parties: string[];
  /** Every valid marker node and what it is. */
  markers: Map<TextDirective, Marker>;
  /** Directive nodes that are ordinary text (`a:b`): a colon and a name, with no `[…]` or `{…}` after it. */
  prose: Set<TextDirective>;
  /** Raw HTML nodes; the build leaves them out of the page. */
  html: Html[];
}

/** Severity of raw HTML: it never reaches the page, so the check warns rather than stops the build. */
export const RAW_HTML_SEVERITY: Finding['severity'] = 'warning';

const KIND_WORD = { claims: 'claim', sources: 'source', parties: 'party' } as const;
const KIND_HINT = {
  claims: "use the id of a claim in some article's `claims`",
  sources: 'use the file name of a source in content/sources/',
  parties: 'use the file name of a party in content/parties/',
} as const;

/** Reads every directive and raw HTML node of a body, in document order. */
export function inspectBody(tree: Root, known: KnownIds): Inspection {
  const result: Inspection = { findings: [], claims: [], sources: [], parties: [], markers: new Map(), prose: new Set(), html: [] };
  const seen = { claims: new Set<string>(), sources: new Set<string>(), parties: new Set<string>() };
  const report = (node: Nodes, message: string, severity: Finding['severity'] = 'error') =>
    result.findings.push({ severity, message, position: node.position });
  const record = (kind: keyof KnownIds, id: string) => {
    if (seen[kind].has(id)) return;
    seen[kind].add(id);
    result[kind].push(id);
  };
  /** Checks an id against the content; reports it when unknown. */
  const checkId = (node: Nodes, kind: keyof KnownIds, id: string, where: string): boolean => {
    if (known[kind].has(id)) return true;
    report(node, unknownId(KIND_WORD[kind], id, known[kind], KIND_HINT[kind], { quote: '`', where }));
    return false;
  };

  const walk = (node: Nodes, inLink: boolean) => {
    if (node.type === 'html') {
      result.html.push(node);
      if (!isComment(node.value)) {
        report(
          node,
          `raw HTML is not allowed in an article and is left out of the page: \`${excerpt(node.value)}\`; write it in Markdown (emphasis, links, lists) or with :claim, :cite and :party`,
          RAW_HTML_SEVERITY,
        );
      }
      return;
    }
    if (node.type === 'leafDirective' || node.type === 'containerDirective') {
      const colons = node.type === 'leafDirective' ? '::' : ':::';
      report(
        node,
        `\`${colons}${node.name}\` at the start of a line is a block directive, which articles do not use; markers are inline (${MARKER_NAMES.map((n) => `\`:${n}\``).join(', ')}), and a colon before a word at the start of a line is written \`\\:\``,
      );
    } else if (node.type === 'textDirective') {
      readDirective(node, inLink);
    }
    if ('children' in node) {
      const nested = inLink || node.type === 'link' || node.type === 'linkReference';
      for (const child of node.children) walk(child, nested);
    }
  };

  const readDirective = (node: TextDirective, inLink: boolean) => {
    const name = node.name as MarkerName;
    if (!MARKER_NAMES.includes(name)) {
      if (isBare(node)) {
        result.prose.add(node);
        return;
      }
      const near = suggest(node.name, MARKER_NAMES);
      report(
        node,
        `unknown marker \`:${node.name}\`; ${near ? `did you mean \`:${near}\`? ` : ''}the markers are ${Object.values(MARKER_SYNTAX).join(', ')}; to write a colon before a word and a bracket, escape it: \`\\:\``,
      );
      return;
    }
    const syntax = MARKER_SYNTAX[name];
    const attributes = Object.keys(node.attributes ?? {});
    const extra = attributes.filter((key) => name === 'cite' || key !== 'id');
    if (extra.length > 0) {
      // Harmless (the build makes its own elements and copies no attribute), so a warning.
      const found = extra.map((k) => `\`${k}\``).join(', ');
      report(
        node,
        name === 'cite'
          ? `\`:cite\` takes no \`{…}\`, so ${found} is left out; write ${syntax}`
          : `\`:${name}\` takes only an id, \`{#${name}-id}\`, so ${found} is left out; remove it`,
        'warning',
      );
    }
    if (inLink) {
      report(node, `\`:${name}\` cannot be inside a link's text, because it makes a link itself; move it out of the link`);
      return;
    }
    if (name === 'cite') {
      if (node.children.some((child) => child.type !== 'text')) {
        report(node, `\`:cite[…]\` takes source ids only, separated by commas; write ${syntax}`);
        return;
      }
      const ids = [...new Set(citeIds(node.children.map((child) => (child as { value: string }).value).join('')))];
      if (ids.length === 0) {
        report(node, `\`:cite\` names no source; write ${syntax}`);
        return;
      }
      const valid = ids.map((id) => checkId(node, 'sources', id, '`:cite`')).every(Boolean);
      if (!valid) return;
      for (const id of ids) record('sources', id);
      result.markers.set(node, { kind: 'cite', ids });
      return;
    }
    const id = node.attributes?.id ?? '';
    if (id === '') {
      report(node, `\`:${name}[…]\` has no id; write ${syntax}`);
      return;
    }
    if (name === 'claim' && !node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) {
      report(node, `\`:claim{#${id}}\` marks no words; put the passage that makes the claim between the brackets: ${syntax}`);
      return;
    }
    const kind = name === 'claim' ? 'claims' : 'parties';
    if (!checkId(node, kind, id, `\`:${name}\``)) return;
    record(kind, id);
    result.markers.set(node, { kind: name, id });
  };

  walk(tree, false);
  return result;
}

/** The source ids of a `:cite[…]` label: separated by commas, spaces or both. */
export function citeIds(label: string): string[] {
  return label.split(/[\s,]+/).filter((id) => id !== '');
}

/** A directive with nothing but its colon and name (`:b` in `a:b`): ordinary text, not a marker. */
function isBare(node: TextDirective): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start !== undefined && end !== undefined) return end - start === node.name.length + 1;
  return node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0;
}

/** An HTML comment and nothing else: dropped without a word, since it never shows. */
function isComment(value: string): boolean {
  return /^<!--(?:(?!-->)[\s\S])*-->\s*$/.test(value);
}

function excerpt(value: string): string {
  const line = value.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
