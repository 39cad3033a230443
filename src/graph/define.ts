/**
 * The graph's first pass: the claims and events the articles define, each under its global id. A claim id
 * defined twice is reported at both definitions; an event written by several articles is one timeline entry,
 * so its definitions are merged and any field they disagree on is reported at both places, each with its own
 * file, line and column: whichever file a pull request changed carries the problem.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { EventData } from '../schemas/event.ts';
import { parseEdtf, sortKey } from '../core/dates.ts';
import type { ClaimNode, Entry, EventNode, GraphProblem } from './graph.ts';
import { reporter, type Report } from './report.ts';
import { pushUnique } from './unique-list.ts';

/** Where an id was first defined: the article and the index in its list. */
export interface Origin {
  article: Entry<ArticleData>;
  index: number;
}

export interface Definitions {
  /** In the order first defined; the graph sorts them. */
  claims: Map<string, ClaimNode>;
  claimOrigin: Map<string, Origin>;
  /** In the order first defined; the graph sorts them. */
  events: Map<string, EventNode>;
}

/** The claims and events of `articles` (in the graph's order), with their duplicates and conflicts in `problems`. */
export function defineClaimsAndEvents(articles: readonly Entry<ArticleData>[], problems: GraphProblem[]): Definitions {
  const defined: Definitions = { claims: new Map(), claimOrigin: new Map(), events: new Map() };
  const eventOrigin = new Map<string, Origin>();
  for (const article of articles) {
    const report = reporter(problems, 'articles', article);
    const reportAt = (origin: Origin) => reporter(problems, 'articles', origin.article);
    for (let index = 0; index < article.data.claims.length; index++) defineClaim(defined, { article, index }, report, reportAt);
    article.data.events.forEach((event, index) => {
      const existing = defined.events.get(event.id);
      if (!existing) {
        eventOrigin.set(event.id, { article, index });
        defined.events.set(event.id, eventNode(event, article.id));
      } else {
        mergeEvent(existing, event, { article, index }, eventOrigin.get(event.id)!, report, reportAt);
      }
    });
  }
  return defined;
}

/** Where `first` is, as a report on `at` says it: "claims[0] of this file" or "content/articles/a.md (claims[0])". */
function whereFirst(list: 'claims' | 'events', first: Origin, at: Origin): string {
  return first.article === at.article ? `${list}[${first.index}] of this file` : `${first.article.file ?? first.article.id} (${list}[${first.index}])`;
}

function defineClaim(defined: Definitions, at: Origin, report: Report, reportAt: (origin: Origin) => Report): void {
  const claim = at.article.data.claims[at.index]!;
  const first = defined.claimOrigin.get(claim.id);
  if (first) {
    const fix = 'claim ids are global, so rename one of them';
    report(['claims', at.index, 'id'], `duplicate claim id "${claim.id}": already defined in ${whereFirst('claims', first, at)}; ${fix}`);
    reportAt(first)(['claims', first.index, 'id'], `duplicate claim id "${claim.id}": also defined in ${whereFirst('claims', at, first)}; ${fix}`);
    return;
  }
  defined.claimOrigin.set(claim.id, at);
  const current = claim.assessment[claim.assessment.length - 1]!;
  defined.claims.set(claim.id, {
    ...claim,
    article: at.article.id,
    status: current.status,
    statusDate: current.date,
    rationale: current.rationale,
    when: parseEdtf(claim.date),
    incoming: [],
  });
}

function eventNode(event: EventData, article: string): EventNode {
  const when = parseEdtf(event.date);
  return { ...event, parties: [...event.parties], sources: [...event.sources], claims: [...event.claims], articles: [article], when, sortKey: sortKey(when) };
}

/** Merges a second definition of an event into the first, reporting each field the two disagree on at both. */
function mergeEvent(existing: EventNode, event: EventData, at: Origin, first: Origin, report: Report, reportAt: (origin: Origin) => Report): void {
  const where = whereFirst('events', first, at);
  const whereSecond = whereFirst('events', at, first);
  if (first.article === at.article) {
    report(['events', at.index, 'id'], `duplicate event id "${event.id}": already defined in ${where}; remove one of them`);
    reportAt(first)(['events', first.index, 'id'], `duplicate event id "${event.id}": also defined in ${whereSecond}; remove one of them`);
    return;
  }
  const fix = 'an event is one timeline entry, so make the two definitions agree';
  for (const field of ['date', 'title', 'description'] as const) {
    const mine = event[field];
    const theirs = existing[field];
    if (mine !== undefined && theirs !== undefined && mine !== theirs) {
      report(['events', at.index, field], `event "${event.id}" has ${field} "${mine}" here but "${theirs}" in ${where}; ${fix}`);
      reportAt(first)(['events', first.index, field], `event "${event.id}" has ${field} "${theirs}" here but "${mine}" in ${whereSecond}; ${fix}`);
    }
  }
  if (existing.description === undefined && event.description !== undefined) existing.description = event.description;
  for (const party of event.parties) pushUnique(existing.parties, party);
  for (const source of event.sources) pushUnique(existing.sources, source);
  for (const claim of event.claims) pushUnique(existing.claims, claim);
  pushUnique(existing.articles, at.article.id);
}
