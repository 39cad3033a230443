/**
 * Which pages get a share card (the picture a social network or a messaging app shows for a link), where
 * each card is published, what it shows, and the `og:image` a page links. Pure: the pages and the build's
 * card thread read the same plan, so a page never links a card that is not made.
 *
 * A card per article, and per claim whose status is not `unverified` (what readers share); an unverified
 * claim's page links its article's card. The site option `shareCards` chooses among `articles`,
 * `rated-claims` and `all-claims` (`[]`: none), so a large archive can choose its cold-build cost.
 */
import { SITE_NAME } from '../../consts.ts';
import type { ArticleNode, ClaimNode, ContentGraph } from '../../graph/graph.ts';
import { isAssessed, STATUSES, type Status } from '../../schemas/status.ts';
import type { PARTY_KINDS } from '../../schemas/party.ts';

export const CARD_KINDS = ['articles', 'rated-claims', 'all-claims'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
/** Articles and rated claims. */
export const DEFAULT_CARD_KINDS: readonly CardKind[] = ['articles', 'rated-claims'];

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card shows; its digest names the cached PNG, so a card is made again only when this changes. */
export type CardInput =
  | { kind: 'article'; site: string; title: string; dek: string; published: string; image?: string }
  | {
      kind: 'claim';
      site: string;
      claimant: string;
      partyKind: (typeof PARTY_KINDS)[number];
      /** The claimant's picture, a path in the content folder. */
      image?: string;
      statement: string;
      status: Status;
    };

export interface Card {
  /** Where it is published, relative to the site's root: `cards/articles/<id>.png`. */
  path: string;
  /** Its alternative text, for `og:image:alt`. */
  alt: string;
  input: CardInput;
}

/** The statement on a claim's card: at most this many characters, cut at a word. */
export const CARD_STATEMENT_MAX = 190;

/** `text` cut at the last word boundary before `max` characters, with an ellipsis when cut. */
export function shortenAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= max) return clean;
  const head = chars.slice(0, max - 1).join('');
  const cut = head.replace(/[\s,;:.–—-]+\S*$/u, '');
  return `${(cut.length >= max / 2 ? cut : head).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Whether this claim's page has a card of its own under `kinds`. */
export function claimHasCard(claim: Pick<ClaimNode, 'status'>, kinds: readonly CardKind[]): boolean {
  return kinds.includes('all-claims') || (kinds.includes('rated-claims') && isAssessed(claim.status));
}

export function articleCard(article: ArticleNode): Card {
  const { data } = article;
  return {
    path: `cards/articles/${article.id}.png`,
    alt: `${data.title}: ${SITE_NAME}`,
    input: { kind: 'article', site: SITE_NAME, title: data.title, dek: data.dek, published: data.published, ...(data.image ? { image: data.image.src } : {}) },
  };
}

export function claimCard(claim: ClaimNode, graph: ContentGraph): Card {
  const party = graph.parties.get(claim.claimant);
  const claimant = party?.data.name ?? claim.claimant;
  const statement = shortenAtWord(claim.statement, CARD_STATEMENT_MAX);
  const label = STATUSES[claim.status].label;
  return {
    path: `cards/claims/${claim.id}.png`,
    alt: `${claimant} claims: ${statement} Status: ${label}.`,
    input: {
      kind: 'claim',
      site: SITE_NAME,
      claimant,
      partyKind: party?.data.kind ?? 'unidentified',
      ...(party?.data.image ? { image: party.data.image.src } : {}),
      statement,
      status: claim.status,
    },
  };
}

/** The card an article's page links, or undefined. */
export function articlePageCard(article: ArticleNode, kinds: readonly CardKind[]): Card | undefined {
  return kinds.includes('articles') ? articleCard(article) : undefined;
}

/** The card a claim's page links: its own, or else its article's, or undefined. */
export function claimPageCard(claim: ClaimNode, graph: ContentGraph, kinds: readonly CardKind[]): Card | undefined {
  if (claimHasCard(claim, kinds)) return claimCard(claim, graph);
  const article = graph.articles.get(claim.article);
  return article ? articlePageCard(article, kinds) : undefined;
}

/** Every card the site publishes under `kinds`: articles newest first, then claims in the graph's order. */
export function planCards(graph: ContentGraph, kinds: readonly CardKind[]): Card[] {
  const cards: Card[] = [];
  if (kinds.includes('articles')) for (const article of graph.articles.values()) cards.push(articleCard(article));
  for (const claim of graph.claims.values()) if (claimHasCard(claim, kinds)) cards.push(claimCard(claim, graph));
  return cards;
}

/** `articles,rated-claims` (an environment variable or option) as card kinds; `none` or empty is none. Throws on an unknown kind. */
export function parseCardKinds(value: string): CardKind[] {
  const names = value.split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== 'none');
  for (const name of names) {
    if (!(CARD_KINDS as readonly string[]).includes(name)) throw new Error(`unknown share card kind "${name}"; use ${CARD_KINDS.join(', ')} or none`);
  }
  return names as CardKind[];
}
