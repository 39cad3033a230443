/**
 * Options for `rehype-slug` and `rehype-autolink-headings`: headings in an article's text get ids and a
 * link to themselves after them, wrapped with the heading in a `div.heading`. The link shows a `#` hidden
 * from screen readers and says in words which section it links to, so the heading's own name stays clean.
 * Ids start with `section-`, so that a heading such as "Sources" cannot take an id the page uses itself.
 *
 * ```md
 * ## What was agreed
 * ```
 * becomes
 * ```html
 * <div class="heading"><h2 id="section-what-was-agreed">What was agreed</h2><a class="heading-link"
 * href="#section-what-was-agreed"><span aria-hidden="true">#</span><span class="visually-hidden">Link to the
 * section “What was agreed”</span></a></div>
 * ```
 */
import type { Element, Nodes } from 'hast';
import { h } from 'hastscript';
import type { Options as AutolinkOptions } from 'rehype-autolink-headings';
import type { Options as SlugOptions } from 'rehype-slug';

export const slugOptions: SlugOptions = { prefix: 'section-' };

export const autolinkOptions: AutolinkOptions = {
  behavior: 'after',
  // Only the article's own headings: not the hidden "Footnotes" heading that remark-rehype adds.
  test: (heading: Element) => String(heading.properties.id).startsWith(slugOptions.prefix!),
  properties: { className: ['heading-link'] },
  group: () => h('div.heading'),
  content: (heading: Readonly<Element>) => [
    h('span', { ariaHidden: 'true' }, '#'),
    h('span.visually-hidden', `Link to the section “${textOf(heading).trim()}”`),
  ],
};

function textOf(node: Readonly<Nodes>): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
