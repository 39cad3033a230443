/**
 * rehype plugin: renders each claim passage marked by `remark-claim-marks` quietly: the passage keeps one
 * subtle underline, and its status follows as a small icon linked to the claim's page (under `base`). The
 * status word is in the link for screen readers, and shown on hover, on focus and in print (article-body.css);
 * the icon is a CSS mask from the status's look (status-looks.ts), since the sanitised text holds no SVG.
 * Screen readers also hear who made the claim.
 *
 * ```md
 * Naim said :claim[it was a deal]{#naim-deal}.
 * ```
 * becomes
 * ```html
 * <p>Naim said <span class="claim" data-claim-id="naim-deal"><span class="claim-passage">it was a deal</span><a
 * class="claim-status status-unverified" href="/claims/naim-deal/"><span class="claim-status-icon"
 * aria-hidden="true"></span><span class="claim-status-word"><span class="visually-hidden">Claim by Basem Naim,
 * status: </span>Unverified</span></a></span>.</p>
 * ```
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { claimPath } from '../core/paths.ts';
import { withBase } from '../core/with-base.ts';
import type { ContentLookup } from './lookup.ts';

export interface ClaimsOptions {
  lookup: Pick<ContentLookup, 'claim'>;
  /** Astro's `base`: `/` or `/pr-12/`. */
  base: string;
}

export default function rehypeClaims({ lookup, base }: ClaimsOptions) {
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.dataClaimId;
      if (typeof id !== 'string') return;
      const claim = lookup.claim(id);
      if (!claim) return file.fail(`unknown claim \`${id}\`; run remark-claim-marks first, which reports it`, { place: node.position, source: 'claimdesk' });
      node.tagName = 'span';
      node.properties = { className: ['claim'], dataClaimId: id };
      node.children = [
        h('span.claim-passage', node.children),
        h('a', { className: ['claim-status', `status-${claim.status}`], href: withBase(base, claimPath(id)) }, [
          h('span.claim-status-icon', { ariaHidden: 'true' }),
          h('span.claim-status-word', [h('span.visually-hidden', `Claim ${claim.by}, status: `), claim.statusLabel]),
        ]),
      ];
    });
  };
}
