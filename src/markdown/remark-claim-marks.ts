/**
 * remark plugin: checks the `:claim`, `:cite` and `:party` markers of an article against the content
 * (the rules are `inspectBody`'s, shared with `npm run check`), records what the text marks, and hands each
 * marker to the rehype plugins as a bare element. Text that only looks like a directive (`a:b`) is given back
 * as the text it was. Needs `remark-directive` before it.
 *
 * ```md
 * :claim[It was a deal]{#naim-deal}, said :party[Naim]{#basem-naim}.:cite[interview]
 * ```
 * becomes, for rehype-claims, rehype-party-links and rehype-citations:
 * ```html
 * <span data-claim-id="naim-deal">It was a deal</span>, said <span data-party-id="basem-naim">Naim</span>.<sup data-cite="interview"></sup>
 * ```
 * Each problem is a message on the file at its place; if any is an error (an unknown id, a misspelt marker),
 * the file fails with all of them listed, as `file:line:column error message`.
 */
import type { Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { formatProblem } from '../core/problem-format.ts';
import { bodyMarks } from './body-marks.ts';
import { inspectBody, type Finding, type KnownIds } from './markers.ts';

/** Where an article's text starts in its file (1-based), since Astro renders the text without the frontmatter. */
export interface BodyStart {
  file: string;
  line: number;
  column: number;
}

export interface ClaimMarksOptions {
  lookup: { known: KnownIds };
  /** Where the text of `file` starts in its Markdown file, so that messages point into the whole file. */
  locate?: ((file: VFile) => BodyStart | undefined) | undefined;
}

export default function remarkClaimMarks(options: ClaimMarksOptions) {
  return (tree: Root, file: VFile) => {
    const inspection = inspectBody(tree, options.lookup.known);
    const start = options.locate?.(file);
    const lines: string[] = [];
    for (const finding of inspection.findings) {
      const message = file.message(finding.message, { place: finding.position, source: 'claimdesk', ruleId: 'markers' });
      if (finding.severity === 'error') {
        message.fatal = true;
        lines.push(formatProblem({ ...place(finding, start, file), severity: 'error', path: [], message: finding.message }));
      }
    }
    if (lines.length > 0) {
      file.fail(`${lines.length} error(s) in the markers of the article text:\n${lines.join('\n')}`, { source: 'claimdesk', ruleId: 'markers' });
    }

    const marks = bodyMarks(file);
    marks.claims = inspection.claims;
    marks.parties = inspection.parties;
    const source = String(file.value);
    visit(tree, 'textDirective', (node: TextDirective, index, parent) => {
      if (inspection.prose.has(node) && parent && index !== undefined) {
        const { start: from, end: to } = node.position ?? {};
        const text: Text = { type: 'text', value: from?.offset !== undefined && to?.offset !== undefined ? source.slice(from.offset, to.offset) : `:${node.name}` };
        parent.children.splice(index, 1, text);
        return SKIP;
      }
      const marker = inspection.markers.get(node);
      if (marker?.kind === 'claim') node.data = { hName: 'span', hProperties: { dataClaimId: marker.id } };
      if (marker?.kind === 'party') node.data = { hName: 'span', hProperties: { dataPartyId: marker.id } };
      if (marker?.kind === 'cite') node.data = { hName: 'sup', hProperties: { dataCite: marker.ids.join(' ') }, hChildren: [] };
      return undefined;
    });
  };
}

function place(finding: Finding, start: BodyStart | undefined, file: VFile) {
  const line = finding.position?.start.line ?? 1;
  const column = finding.position?.start.column ?? 1;
  if (!start) return { file: file.path ?? '(article text)', line, column };
  return { file: start.file, line: line + start.line - 1, column: line === 1 ? column + start.column - 1 : column };
}
