/**
 * rehype plugin: links each party mention marked by `remark-claim-marks` to the party's page (under `base`).
 * An empty mention (`:party{#hamas}`) shows the party's name.
 *
 * ```md
 * :party[Naim]{#basem-naim} spoke; so did :party{#hamas}.
 * ```
 * becomes
 * ```html
 * <p><a class="party" href="/parties/basem-naim/" data-party-id="basem-naim">Naim</a> spoke; so did
 * <a class="party" href="/parties/hamas/" data-party-id="hamas">Hamas</a>.</p>
 * ```
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { partyPath } from '../core/paths.ts';
import { withBase } from '../core/with-base.ts';
import type { ContentLookup } from './lookup.ts';

export interface PartyLinksOptions {
  lookup: Pick<ContentLookup, 'party'>;
  /** Astro's `base`: `/` or `/pr-12/`. */
  base: string;
}

export default function rehypePartyLinks({ lookup, base }: PartyLinksOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.dataPartyId;
      if (typeof id !== 'string' || node.tagName !== 'span') return;
      const party = lookup.party(id);
      if (!party) return file.fail(`unknown party \`${id}\`; run remark-claim-marks first, which reports it`, { place: node.position, source: 'claimdesk' });
      node.tagName = 'a';
      node.properties = { className: ['party'], href: withBase(base, partyPath(id)), dataPartyId: id };
      if (node.children.length === 0) node.children = [{ type: 'text', value: party.name }];
    });
  };
}
