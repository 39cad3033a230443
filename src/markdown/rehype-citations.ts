/**
 * rehype plugin: renders each `:cite` as superscript numbers (no brackets) linked to the article's source list,
 * which the page renders as `<li id="source-<id>">`. Sources are numbered in the order they are first cited,
 * each source keeps its number, and every citation link has an id (`cite-<source>-<n>`) so that the list can link back to it. The
 * numbering is recorded as `bodyMarks.citations` for the page to order its list the same way.
 *
 * ```md
 * It was a deal.:cite[interview] Aid did not come.:cite[interview, un-report]
 * ```
 * becomes
 * ```html
 * <p>It was a deal.<sup class="citation"><a href="#source-interview" id="cite-interview-1" title="Interview with
 * Basem Naim"><span class="visually-hidden">Source </span>1</a></sup> Aid did not come.<sup class="citation"><a
 * href="#source-interview" id="cite-interview-2" …>…1</a>,<a href="#source-un-report" id="cite-un-report-1" …>…2</a></sup></p>
 * ```
 */
import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { bodyMarks, type Citation } from './body-marks.ts';
import type { ContentLookup } from './lookup.ts';

export interface CitationsOptions {
  lookup: Pick<ContentLookup, 'source'>;
}

export default function rehypeCitations({ lookup }: CitationsOptions) {
  return (tree: Root, file: VFile) => {
    const citations = new Map<string, Citation>();
    visit(tree, 'element', (node) => {
      const cite = node.properties.dataCite;
      if (typeof cite !== 'string') return;
      const children: ElementContent[] = [];
      for (const id of cite.split(' ')) {
        const source = lookup.source(id);
        if (!source) return file.fail(`unknown source \`${id}\`; run remark-claim-marks first, which reports it`, { place: node.position, source: 'claimdesk' });
        let citation = citations.get(id);
        if (!citation) {
          citation = { source: id, number: citations.size + 1, anchors: [] };
          citations.set(id, citation);
        }
        const anchor = `cite-${id}-${citation.anchors.length + 1}`;
        citation.anchors.push(anchor);
        if (children.length > 0) children.push({ type: 'text', value: ',' });
        children.push(h('a', { href: `#source-${id}`, id: anchor, title: source.title }, [h('span.visually-hidden', 'Source '), String(citation.number)]));
      }
      node.properties = { className: ['citation'] };
      node.children = children;
    });
    bodyMarks(file).citations = [...citations.values()];
  };
}
