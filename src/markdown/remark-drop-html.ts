/**
 * remark plugin: removes every raw HTML node (blocks, inline tags, comments) from the text, so raw HTML never
 * reaches the page whatever later stages do (Astro runs `rehype-raw` after every plugin), and removes the
 * paragraphs left empty. `remark-claim-marks` reports each node with its place first; `rehype-sanitize` still
 * cleans what Markdown itself produces.
 *
 * ```md
 * Text <b onclick="x()">bold</b> here.
 *
 * <script>alert(1)</script>
 *
 * <svg onload="x()"></svg>
 * ```
 * becomes
 * ```html
 * <p>Text bold here.</p>
 * ```
 */
import type { Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export default function remarkDropHtml() {
  return (tree: Root) => {
    const emptied = new Set<Parent>();
    visit(tree, 'html', (_node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      parent.children.splice(index, 1);
      if (parent.type === 'paragraph') emptied.add(parent);
      return [SKIP, index];
    });
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!emptied.has(node) || !parent || index === undefined) return undefined;
      if (node.children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
