/**
 * What search finds, as Pagefind custom records built from the graph rather than read back from the built
 * pages: articles (their text comes from the thread that renders it), parties and claims. Each record holds
 * the text its page shows as its main content, and the filters the search page offers: kind, and for claims
 * their status (in words) and claimant.
 */
import { STATUSES } from '../schemas/status.ts';
import { claimHeadline } from '../core/claimant-label.ts';
import { claimantOf } from '../graph/claimant.ts';
import { articlePath, claimPath, partyPath } from '../core/paths.ts';
import { quoted } from '../core/quoted.ts';
import type { ArticleNode, ContentGraph, PartyNode } from '../graph/graph.ts';

export interface SearchRecord {
  /** Path under the site's base, as Pagefind stores page URLs: `/claims/<id>/`. */
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** What an article's record needs besides its text: plain data, sent to the thread that renders the text. */
export interface ArticleSearchFields {
  id: string;
  title: string;
  dek: string;
  byline: string[];
  corrections: string[];
}

export function articleSearchFields({ id, data }: ArticleNode): ArticleSearchFields {
  return { id, title: data.title, dek: data.dek, byline: data.byline, corrections: data.corrections.map((correction) => correction.text) };
}

/** An article's record: its headline, dek and byline, `text` (its rendered text) and its corrections. */
export function articleSearchRecord({ id, title, dek, byline, corrections }: ArticleSearchFields, text: string): SearchRecord {
  const content = [title, dek, `By ${byline.join(', ')}`, text, ...corrections];
  return { url: `/${articlePath(id)}`, content: content.join('\n'), language: 'en', meta: { title }, filters: { kind: ['Article'] } };
}

/** One record per party: its name, description, other names and affiliations, in the graph's order. */
export function partySearchRecords(graph: ContentGraph): SearchRecord[] {
  const name = (id: string) => graph.parties.get(id)?.data.name ?? id;
  return [...graph.parties.values()].map(({ id, data, members }: PartyNode) => {
    const content = [
      data.name,
      data.description,
      ...data.aliases,
      ...data.affiliations.map((affiliation) => `${affiliation.role}, ${name(affiliation.party)}`),
      ...members.map((member) => `${name(member.party)}, ${member.role}`),
    ];
    return { url: `/${partyPath(id)}`, content: content.join('\n'), language: 'en', meta: { title: data.name }, filters: { kind: ['Party'] } };
  });
}

/** One record per claim, in the graph's order. */
export function claimSearchRecords(graph: ContentGraph): SearchRecord[] {
  return [...graph.claims.values()].map((claim) => {
    const claimant = claimantOf(graph, claim);
    const title = claimHeadline(claimant, claim.statement);
    return {
      url: `/${claimPath(claim.id)}`,
      content: claim.quote ? `${title} ${quoted(claim.quote)}` : title,
      language: 'en',
      meta: { title },
      filters: { kind: ['Claim'], status: [STATUSES[claim.status].label], claimant: [claimant.name] },
    };
  });
}
