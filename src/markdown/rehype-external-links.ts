/**
 * rehype plugin: marks links that leave the site (`http:`, `https:` or `//`) with
 * `rel="noopener noreferrer"`, keeping any other `rel` values.
 *
 * ```md
 * Read [the interview](https://example.org/naim).
 * ```
 * becomes
 * ```html
 * <p>Read <a href="https://example.org/naim" rel="noopener noreferrer">the interview</a>.</p>
 * ```
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const EXTERNAL = /^(?:https?:)?\/\//i;

export default function rehypeExternalLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string' || !EXTERNAL.test(node.properties.href)) return;
      const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
      node.properties.rel = [...new Set([...rel, 'noopener', 'noreferrer'])];
    });
  };
}
