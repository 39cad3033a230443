/**
 * The words of a rendered article text, for the search index: the text a reader reads, without the
 * citation numbers (`[Source 1]`) and the links beside headings (`#`, "Link to the section …"), which would
 * make every article match "source" and "section". Blocks are separated by the line breaks between them.
 */
import type { Nodes } from 'hast';

const SKIPPED = new Set(['citation', 'heading-link']);

export function searchText(node: Readonly<Nodes>): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') {
    const classes = node.properties.className;
    if (Array.isArray(classes) && classes.some((name) => SKIPPED.has(String(name)))) return '';
  }
  return 'children' in node ? node.children.map(searchText).join('') : '';
}
