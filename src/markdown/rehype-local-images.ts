/**
 * rehype plugin: leaves out of the page every image that is not the site's own (`isRemoteUrl`): an image from
 * another site would be fetched by every reader's browser, telling its host who read what. The check warns
 * where such an image is written (`remote-resources.ts`).
 *
 * ```md
 * Text ![pixel](https://tracker.example/p.gif) and ![map](/media/map.png).
 * ```
 * becomes
 * ```html
 * <p>Text  and <img src="/media/map.png" alt="map">.</p>
 * ```
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { isRemoteUrl } from '../core/url-safety.ts';

export default function rehypeLocalImages() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'img' || !parent || index === undefined) return;
      const src = node.properties.src;
      if (typeof src === 'string' && !isRemoteUrl(src)) return;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}
