/**
 * The content graph: every article, party, source, claim and event, cross-referenced once per build.
 * Pages and the checker read from it; nothing re-scans the collections. Free of Astro, so the checker,
 * the tests and the benchmark build it from plain data.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData, ClaimRelation } from '../schemas/claim.ts';
import type { EventData } from '../schemas/event.ts';
import type { PartyData } from '../schemas/party.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Status } from '../schemas/status.ts';
import type { EdtfValue } from '../core/dates.ts';
import { defineClaimsAndEvents } from './define.ts';
import { compareEvents, graphOrder, sortClaims } from './order.ts';
import { articleNode, linkAffiliations, type KnownIds } from './references.ts';
import { indexReverse } from './reverse-index.ts';

export type Collection = 'articles' | 'parties' | 'sources';

/** One entry as loaded: its id (file slug), the file it came from, and its validated data. */
export interface Entry<T> {
  id: string;
  /** Path of the file, relative to the project root (`content/articles/gaza-deal.md`). */
  file?: string;
  data: T;
}

export interface GraphInput {
  articles: Entry<ArticleData>[];
  parties: Entry<PartyData>[];
  sources: Entry<SourceData>[];
  /**
   * Ids defined by content that failed validation (a party file with errors, a claim dropped for a bad
   * field): they exist, so references to them are not reported again; their own errors are.
   */
  invalid?: Partial<Record<'parties' | 'sources' | 'claims' | 'events', Iterable<string>>>;
}

/** A problem found while cross-referencing: where (file and field path) and what. */
export interface GraphProblem {
  severity: 'error' | 'warning';
  collection: Collection;
  id: string;
  file?: string;
  /** Path of the field inside the entry's data, as zod reports it: `['claims', 1, 'claimant']`. */
  path: (string | number)[];
  message: string;
}

export interface ArticleNode extends Entry<ArticleData> {
  /** Every party the article involves: listed ones first, then claimants, claim subjects and event parties. */
  parties: string[];
  /** Every source the article relies on: listed ones first, then those of its claims and events. */
  sources: string[];
  /** Ids of the claims it defines, in the order written. */
  claims: string[];
  /** Ids of its events, oldest first. */
  events: string[];
}

export interface ClaimNode extends ClaimData {
  /** The article that defines the claim. */
  article: string;
  /** Current status: the newest assessment entry. */
  status: Status;
  /** The day of the current status. */
  statusDate: string;
  /** Why the claim has its current status. */
  rationale: string;
  /** The claim's date, parsed. */
  when: EdtfValue;
  /** Relations other claims make to this one. */
  incoming: { type: ClaimRelation['type']; claim: string }[];
}

export interface EventNode extends EventData {
  /** Articles that write this event, newest first. */
  articles: string[];
  when: EdtfValue;
  sortKey: string;
}

export interface PartyNode extends Entry<PartyData> {
  claimsMade: string[];
  claimsAbout: string[];
  events: string[];
  articles: string[];
  /** Parties that list this one in their affiliations, with their role. */
  members: { party: string; role: string }[];
}

export interface SourceNode extends Entry<SourceData> {
  claims: string[];
  events: string[];
  articles: string[];
}

export interface ContentGraph {
  /** Newest first. */
  articles: Map<string, ArticleNode>;
  parties: Map<string, PartyNode>;
  sources: Map<string, SourceNode>;
  /** Newest claim date first. */
  claims: Map<string, ClaimNode>;
  /** Oldest first: the timeline's order. */
  events: Map<string, EventNode>;
  problems: GraphProblem[];
}

/**
 * Builds the graph and lists every dangling reference, duplicate id and conflicting event, in three passes:
 * the claims and events the articles define (`define.ts`), the references checked once every id is known
 * (`references.ts`), and the lists that point back (`reverse-index.ts`). `claimOrder` is
 * `graphIds(graphOrder(input)).claims` where the caller has it already: the claims in the graph's order,
 * which it would otherwise sort again (for 10,000 articles, about a tenth of the time).
 */
export function buildGraph(input: GraphInput, claimOrder?: readonly string[]): ContentGraph {
  const problems: GraphProblem[] = [];
  const ordered = graphOrder(input);
  const parties = new Map<string, PartyNode>();
  for (const entry of ordered.parties) parties.set(entry.id, { ...entry, claimsMade: [], claimsAbout: [], events: [], articles: [], members: [] });
  const sources = new Map<string, SourceNode>();
  for (const entry of ordered.sources) sources.set(entry.id, { ...entry, claims: [], events: [], articles: [] });

  const defined = defineClaimsAndEvents(ordered.articles, problems);
  const { invalid } = input;
  const known: KnownIds = {
    party: parties,
    source: sources,
    claim: defined.claims,
    event: defined.events,
    invalid: { party: new Set(invalid?.parties), source: new Set(invalid?.sources), claim: new Set(invalid?.claims), event: new Set(invalid?.events) },
  };
  const articles = new Map<string, ArticleNode>();
  for (const article of ordered.articles) articles.set(article.id, articleNode(article, known, defined.claimOrigin, problems));
  linkAffiliations(known, problems);

  const sortedClaims = claimOrder ? claimOrder.map((id) => defined.claims.get(id)!) : sortClaims(defined.claims.values());
  const claims = new Map(sortedClaims.map((claim) => [claim.id, claim]));
  const events = new Map([...defined.events.values()].sort(compareEvents).map((event) => [event.id, event]));
  indexReverse({ claims, events, articles, parties, sources });
  return { articles, parties, sources, claims, events, problems };
}
