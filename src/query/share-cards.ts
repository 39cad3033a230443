/**
 * The share card a page links in `og:image`, by the plan the build's card thread follows
 * (src/formats/cards/card-plan.ts), for the kinds of pages the site option gives cards to.
 */
import type { ArticleNode, ClaimNode, ContentGraph } from '../graph/graph.ts';
import { articlePageCard, CARD_SIZE, claimPageCard, DEFAULT_CARD_KINDS } from '../formats/cards/card-plan.ts';
import { url } from '../core/urls.ts';
import { sharedCardKinds } from './shared-content.ts';

/** What the layout needs for `og:image`: the card's path on this site, its size and its alternative text. */
export interface PageCard {
  href: string;
  width: number;
  height: number;
  alt: string;
}

const kinds = () => sharedCardKinds() ?? DEFAULT_CARD_KINDS;

export function articleShareCard(article: ArticleNode): PageCard | undefined {
  const card = articlePageCard(article, kinds());
  return card && { href: url(card.path), ...CARD_SIZE, alt: card.alt };
}

export function claimShareCard(claim: ClaimNode, graph: ContentGraph): PageCard | undefined {
  const card = claimPageCard(claim, graph, kinds());
  return card && { href: url(card.path), ...CARD_SIZE, alt: card.alt };
}
