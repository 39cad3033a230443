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
import { compareText } from '../core/compare-text.ts';
import { parseEdtf, precisionOf, sortKey, type EdtfValue } from '../core/dates.ts';
import { suggest } from '../core/suggest.ts';

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

/** Ids are lower-case ASCII, so comparing code units orders them as `localeCompare` would, many times faster. */
const byId = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1);

const byNewest = (a: { key: string; id: string }, b: { key: string; id: string }) =>
  a.key === b.key ? byId(a.id, b.id) : a.key < b.key ? 1 : -1;

function pushUnique(list: string[], value: string) {
  if (!list.includes(value)) list.push(value);
}

function indexAdd(index: Map<string, string[]>, key: string, value: string) {
  const list = index.get(key);
  if (list) pushUnique(list, value);
  else index.set(key, [value]);
}

const KINDS: Record<string, keyof NonNullable<GraphInput['invalid']>> = { party: 'parties', source: 'sources', claim: 'claims', event: 'events' };

/** The entries in the graph's order: articles newest first, parties by name, sources by title. Sorted copies. */
export function graphOrder(input: GraphInput): Pick<GraphInput, 'articles' | 'parties' | 'sources'> {
  return {
    articles: [...input.articles].sort((a, b) => byNewest({ key: a.data.published, id: a.id }, { key: b.data.published, id: b.id })),
    parties: [...input.parties].sort((a, b) => compareText(a.data.name, b.data.name) || byId(a.id, b.id)),
    sources: [...input.sources].sort((a, b) => compareText(a.data.title, b.data.title) || byId(a.id, b.id)),
  };
}

/**
 * The ids of the parties, sources and claims that `buildGraph(input)` will hold, in the order of its maps,
 * without building it: enough to check the article bodies while the graph is built.
 */
export function graphIds(ordered: Pick<GraphInput, 'articles' | 'parties' | 'sources'>): Record<'claims' | 'sources' | 'parties', string[]> {
  // Claims newest first, as pass 3 sorts them; a duplicate id keeps the date of its first definition.
  const dates = new Map<string, string>();
  for (const article of ordered.articles) for (const claim of article.data.claims) if (!dates.has(claim.id)) dates.set(claim.id, claim.date);
  const keyed: { key: string; id: string }[] = [];
  for (const [id, date] of dates) keyed.push({ key: sortKey(parseEdtf(date)), id });
  return {
    claims: keyed.sort(byNewest).map(({ id }) => id),
    sources: ordered.sources.map((source) => source.id),
    parties: ordered.parties.map((party) => party.id),
  };
}

/**
 * Builds the graph and lists every dangling reference, duplicate id and conflicting event. `claimOrder` is
 * `graphIds(graphOrder(input)).claims` where the caller has it already: the claims in the graph's order,
 * which it would otherwise sort again (for 10,000 articles, about a tenth of the time).
 */
export function buildGraph(input: GraphInput, claimOrder?: readonly string[]): ContentGraph {
  const problems: GraphProblem[] = [];
  const invalid = {
    parties: new Set(input.invalid?.parties),
    sources: new Set(input.invalid?.sources),
    claims: new Set(input.invalid?.claims),
    events: new Set(input.invalid?.events),
  };
  const { articles: articleEntries, parties: partyEntries, sources: sourceEntries } = graphOrder(input);

  const parties = new Map<string, PartyNode>();
  for (const entry of partyEntries) {
    parties.set(entry.id, { ...entry, claimsMade: [], claimsAbout: [], events: [], articles: [], members: [] });
  }
  const sources = new Map<string, SourceNode>();
  for (const entry of sourceEntries) {
    sources.set(entry.id, { ...entry, claims: [], events: [], articles: [] });
  }

  // Pass 1: claims and events, with duplicates and conflicts.
  const claims = new Map<string, ClaimNode>();
  const claimOrigin = new Map<string, { article: Entry<ArticleData>; index: number }>();
  const events = new Map<string, EventNode>();
  const eventOrigin = new Map<string, { article: Entry<ArticleData>; index: number }>();
  for (const article of articleEntries) {
    const at = (path: (string | number)[], message: string, severity: GraphProblem['severity'] = 'error') =>
      problems.push({ severity, collection: 'articles', id: article.id, ...(article.file ? { file: article.file } : {}), path, message });
    const { claims: articleClaims, events: articleEvents } = article.data;
    for (let index = 0; index < articleClaims.length; index++) {
      const claim = articleClaims[index]!;
      const first = claimOrigin.get(claim.id);
      if (first) {
        const where = first.article === article ? `claims[${first.index}] of this file` : `${first.article.file ?? first.article.id} (claims[${first.index}])`;
        at(['claims', index, 'id'], `duplicate claim id "${claim.id}": already defined in ${where}; claim ids are global, so rename one of them`);
        continue;
      }
      claimOrigin.set(claim.id, { article, index });
      const current = claim.assessment[claim.assessment.length - 1]!;
      claims.set(claim.id, {
        ...claim,
        article: article.id,
        status: current.status,
        statusDate: current.date,
        rationale: current.rationale,
        when: parseEdtf(claim.date),
        incoming: [],
      });
    }
    for (let index = 0; index < articleEvents.length; index++) {
      const event = articleEvents[index]!;
      const existing = events.get(event.id);
      if (!existing) {
        eventOrigin.set(event.id, { article, index });
        const when = parseEdtf(event.date);
        events.set(event.id, { ...event, parties: [...event.parties], sources: [...event.sources], claims: [...event.claims], articles: [article.id], when, sortKey: sortKey(when) });
        continue;
      }
      const origin = eventOrigin.get(event.id)!;
      const where = origin.article === article ? `events[${origin.index}] of this file` : `${origin.article.file ?? origin.article.id} (events[${origin.index}])`;
      if (origin.article === article) {
        at(['events', index, 'id'], `duplicate event id "${event.id}": already defined in ${where}; remove one of them`);
        continue;
      }
      for (const field of ['date', 'title', 'description'] as const) {
        const mine = event[field];
        const theirs = existing[field];
        if (mine !== undefined && theirs !== undefined && mine !== theirs) {
          at(['events', index, field], `event "${event.id}" has ${field} "${mine}" here but "${theirs}" in ${where}; an event is one timeline entry, so make the two definitions agree`);
        }
      }
      if (existing.description === undefined && event.description !== undefined) existing.description = event.description;
      for (const party of event.parties) pushUnique(existing.parties, party);
      for (const source of event.sources) pushUnique(existing.sources, source);
      for (const claim of event.claims) pushUnique(existing.claims, claim);
      pushUnique(existing.articles, article.id);
    }
  }

  // Pass 2: references, now that every id is known.
  const partyHint = 'add it as content/parties/<id>.yaml or fix the id';
  const sourceHint = 'add it as content/sources/<id>.yaml or fix the id';
  const claimHint = "define it in some article's `claims` or fix the id";
  const eventHint = 'define the event in some article\'s `events` or fix the id';
  const articles = new Map<string, ArticleNode>();
  for (const article of articleEntries) {
    const at = (path: (string | number)[], message: string) =>
      problems.push({ severity: 'error', collection: 'articles', id: article.id, ...(article.file ? { file: article.file } : {}), path, message });
    /** Reports each id of `ids` that names nothing; the path of the list comes last, and is only built into a report. */
    const check = (ids: string[], known: Map<string, unknown>, kind: string, hint: string, ...path: (string | number)[]) => {
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (known.has(id) || invalid[KINDS[kind]!].has(id)) continue;
        const near = suggest(id, known.keys());
        at([...path, i], `unknown ${kind} "${id}"; ${near ? `did you mean "${near}"?` : hint}`);
      }
    };
    const { data } = article;
    check(data.parties, parties, 'party', partyHint, 'parties');
    check(data.sources, sources, 'source', sourceHint, 'sources');
    const node: ArticleNode = { ...article, parties: [...data.parties], sources: [...data.sources], claims: [], events: [] };
    for (let index = 0; index < data.claims.length; index++) {
      const claim = data.claims[index]!;
      if (!parties.has(claim.claimant) && !invalid.parties.has(claim.claimant)) {
        const near = suggest(claim.claimant, parties.keys());
        at(['claims', index, 'claimant'], `unknown party "${claim.claimant}"; ${near ? `did you mean "${near}"?` : partyHint}`);
      }
      check(claim.sources, sources, 'source', sourceHint, 'claims', index, 'sources');
      check(claim.about, parties, 'party', partyHint, 'claims', index, 'about');
      check(claim.events, events, 'event', eventHint, 'claims', index, 'events');
      claim.relations.forEach((relation, r) => {
        if (!claims.has(relation.claim) && !invalid.claims.has(relation.claim)) {
          const near = suggest(relation.claim, claims.keys());
          at(['claims', index, 'relations', r, 'claim'], `unknown claim "${relation.claim}"; ${near ? `did you mean "${near}"?` : claimHint}`);
        } else if (relation.claim === claim.id) {
          at(['claims', index, 'relations', r, 'claim'], `claim "${claim.id}" cannot relate to itself; name another claim`);
        }
      });
      const origin = claimOrigin.get(claim.id);
      if (origin?.article !== article || origin.index !== index) continue;
      node.claims.push(claim.id);
      pushUnique(node.parties, claim.claimant);
      for (const party of claim.about) pushUnique(node.parties, party);
      for (const source of claim.sources) pushUnique(node.sources, source);
    }
    for (let index = 0; index < data.events.length; index++) {
      const event = data.events[index]!;
      check(event.parties, parties, 'party', partyHint, 'events', index, 'parties');
      check(event.sources, sources, 'source', sourceHint, 'events', index, 'sources');
      check(event.claims, claims, 'claim', claimHint, 'events', index, 'claims');
      pushUnique(node.events, event.id);
      for (const party of event.parties) pushUnique(node.parties, party);
      for (const source of event.sources) pushUnique(node.sources, source);
    }
    node.events.sort((a, b) => compareEvents(events.get(a)!, events.get(b)!));
    articles.set(article.id, node);
  }

  for (const party of parties.values()) {
    party.data.affiliations.forEach((affiliation, i) => {
      const other = parties.get(affiliation.party);
      if (!other && invalid.parties.has(affiliation.party)) return;
      if (!other) {
        const near = suggest(affiliation.party, parties.keys());
        problems.push({
          severity: 'error',
          collection: 'parties',
          id: party.id,
          ...(party.file ? { file: party.file } : {}),
          path: ['affiliations', i, 'party'],
          message: `unknown party "${affiliation.party}"; ${near ? `did you mean "${near}"?` : 'add it as content/parties/<id>.yaml or fix the id'}`,
        });
      } else if (other === party) {
        problems.push({ severity: 'error', collection: 'parties', id: party.id, ...(party.file ? { file: party.file } : {}), path: ['affiliations', i, 'party'], message: 'a party cannot be affiliated with itself; name another party' });
      } else {
        other.members.push({ party: party.id, role: affiliation.role });
      }
    });
  }

  // Pass 3: reverse indexes, in the final order of each list.
  const sortedClaims = claimOrder
    ? claimOrder.map((id) => claims.get(id)!)
    : [...claims.values()]
        .map((claim) => ({ key: sortKey(claim.when), id: claim.id, claim }))
        .sort(byNewest)
        .map(({ claim }) => claim);
  const claimMap = new Map(sortedClaims.map((claim) => [claim.id, claim]));
  const eventClaims = new Map<string, string[]>();
  for (const claim of sortedClaims) {
    parties.get(claim.claimant)?.claimsMade.push(claim.id);
    for (const party of claim.about) parties.get(party)?.claimsAbout.push(claim.id);
    for (const source of claim.sources) sources.get(source)?.claims.push(claim.id);
    for (const event of claim.events) indexAdd(eventClaims, event, claim.id);
    for (const relation of claim.relations) claimMap.get(relation.claim)?.incoming.push({ type: relation.type, claim: claim.id });
  }
  const sortedEvents = [...events.values()].sort(compareEvents);
  for (const event of sortedEvents) {
    for (const claim of eventClaims.get(event.id) ?? []) pushUnique(event.claims, claim);
    for (const party of event.parties) parties.get(party)?.events.push(event.id);
    for (const source of event.sources) sources.get(source)?.events.push(event.id);
  }
  for (const article of articles.values()) {
    for (const party of article.parties) parties.get(party)?.articles.push(article.id);
    for (const source of article.sources) sources.get(source)?.articles.push(article.id);
  }

  return {
    articles,
    parties,
    sources,
    claims: claimMap,
    events: new Map(sortedEvents.map((event) => [event.id, event])),
    problems,
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
