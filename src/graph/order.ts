/**
 * The orders of the graph's lists, each written once: articles newest first, parties by name, sources by
 * title, claims by the newest date they were made, events in timeline order. Ids break every tie, so the
 * order never depends on the order the files were read in.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { PartyData } from '../schemas/party.ts';
import type { SourceData } from '../schemas/source.ts';
import { compareText } from '../core/compare-text.ts';
import { parseEdtf, precisionOf, sortKey, type EdtfValue } from '../core/dates.ts';
import type { Entry, EventNode } from './graph.ts';

/** The entries the graph is built from. */
export interface GraphEntries {
  articles: Entry<ArticleData>[];
  parties: Entry<PartyData>[];
  sources: Entry<SourceData>[];
}

/** Ids are lower-case ASCII, so comparing code units orders them as `localeCompare` would, many times faster. */
const byId = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

const byNewest = (a: { key: string; id: string }, b: { key: string; id: string }) =>
  a.key === b.key ? byId(a.id, b.id) : a.key < b.key ? 1 : -1;

/** The entries in the graph's order: articles newest first, parties by name, sources by title. Sorted copies. */
export function graphOrder(input: GraphEntries): GraphEntries {
  return {
    articles: [...input.articles].sort((a, b) => byNewest({ key: a.data.published, id: a.id }, { key: b.data.published, id: b.id })),
    parties: [...input.parties].sort((a, b) => compareText(a.data.name, b.data.name) || byId(a.id, b.id)),
    sources: [...input.sources].sort((a, b) => compareText(a.data.title, b.data.title) || byId(a.id, b.id)),
  };
}

/** Claims newest first by the first day their date can mean, then by id: the order of the graph's claims. */
export function sortClaims<T extends { id: string; when: EdtfValue }>(claims: Iterable<T>): T[] {
  const keyed: { key: string; id: string; claim: T }[] = [];
  for (const claim of claims) keyed.push({ key: sortKey(claim.when), id: claim.id, claim });
  return keyed.sort(byNewest).map(({ claim }) => claim);
}

/**
 * The ids of the parties, sources and claims that `buildGraph(input)` will hold, in the order of its maps,
 * without building it: enough to check the article bodies while the graph is built.
 */
export function graphIds(ordered: GraphEntries): Record<'claims' | 'sources' | 'parties', string[]> {
  // A duplicate claim id keeps the date of its first definition, as the graph does.
  const claims = new Map<string, { id: string; when: EdtfValue }>();
  for (const article of ordered.articles) {
    for (const claim of article.data.claims) if (!claims.has(claim.id)) claims.set(claim.id, { id: claim.id, when: parseEdtf(claim.date) });
  }
  return {
    claims: sortClaims(claims.values()).map(({ id }) => id),
    sources: ordered.sources.map((source) => source.id),
    parties: ordered.parties.map((party) => party.id),
  };
}

/** Timeline order: first possible day, then the less precise first ("2024" before "2024-04-19"), then id. */
export function compareEvents(a: EventNode, b: EventNode): number {
  if (a.sortKey !== b.sortKey) return a.sortKey < b.sortKey ? -1 : 1;
  return precisionRank(a) - precisionRank(b) || byId(a.id, b.id);
}

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;

/** Less precise first: a year, then a month, then a day; an open start counts as a year. */
function precisionRank(event: EventNode): number {
  return event.when.start ? PRECISION_RANK[precisionOf(event.when.start)] : 0;
}
