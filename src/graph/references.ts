/**
 * The graph's second pass, once every id is known: each reference an article or a party makes is checked
 * (an unknown id is reported with the nearest known one), and each article's node gathers the parties and
 * sources it involves through its claims and events. Ids of content that failed validation exist: references
 * to them are not reported again.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { EventData } from '../schemas/event.ts';
import { unknownId } from '../core/suggest.ts';
import type { Origin } from './define.ts';
import type { ArticleNode, ClaimNode, Entry, EventNode, GraphProblem, PartyNode, SourceNode } from './graph.ts';
import { compareEvents } from './order.ts';
import { reporter, type Report } from './report.ts';
import { pushUnique } from './unique-list.ts';

type Kind = 'party' | 'source' | 'claim' | 'event';

/** Every id a reference may name, by kind: those in the graph, and those of content that failed validation. */
export interface KnownIds {
  party: Map<string, PartyNode>;
  source: Map<string, SourceNode>;
  claim: Map<string, ClaimNode>;
  event: Map<string, EventNode>;
  invalid: Record<Kind, Set<string>>;
}

/** How to fix a reference to an unknown id of each kind, when no known id is close. */
const HINTS: Record<Kind, string> = {
  party: 'add it as content/parties/<id>.yaml or fix the id',
  source: 'add it as content/sources/<id>.yaml or fix the id',
  claim: "define it in some article's `claims` or fix the id",
  event: "define the event in some article's `events` or fix the id",
};

/** Whether `id` names something of `kind`, or content of that kind that failed validation. */
function isKnown(known: KnownIds, kind: Kind, id: string): boolean {
  return known[kind].has(id) || known.invalid[kind].has(id);
}

function reportUnknown(known: KnownIds, report: Report, kind: Kind, id: string, path: (string | number)[]): void {
  report(path, unknownId(kind, id, known[kind].keys(), HINTS[kind]));
}

/** Reports each of `ids` that names nothing of `kind`; the path of the list comes last, and is only built into a report. */
function checkIds(known: KnownIds, report: Report, kind: Kind, ids: readonly string[], ...path: (string | number)[]): void {
  for (let i = 0; i < ids.length; i++) if (!isKnown(known, kind, ids[i]!)) reportUnknown(known, report, kind, ids[i]!, [...path, i]);
}

/** An article's node, its references checked; `claimOrigin` tells which of its claims it defines. */
export function articleNode(article: Entry<ArticleData>, known: KnownIds, claimOrigin: Map<string, Origin>, problems: GraphProblem[]): ArticleNode {
  const report = reporter(problems, 'articles', article);
  const { data } = article;
  checkIds(known, report, 'party', data.parties, 'parties');
  checkIds(known, report, 'source', data.sources, 'sources');
  const node: ArticleNode = { ...article, parties: [...data.parties], sources: [...data.sources], claims: [], events: [] };
  data.claims.forEach((claim, index) => {
    checkClaim(known, report, claim, index);
    const origin = claimOrigin.get(claim.id);
    if (origin?.article !== article || origin.index !== index) return;
    node.claims.push(claim.id);
    pushUnique(node.parties, claim.claimant);
    for (const party of claim.about) pushUnique(node.parties, party);
    for (const source of claim.sources) pushUnique(node.sources, source);
  });
  data.events.forEach((event, index) => {
    checkEvent(known, report, event, index);
    pushUnique(node.events, event.id);
    for (const party of event.parties) pushUnique(node.parties, party);
    for (const source of event.sources) pushUnique(node.sources, source);
  });
  node.events.sort((a, b) => compareEvents(known.event.get(a)!, known.event.get(b)!));
  return node;
}

function checkClaim(known: KnownIds, report: Report, claim: ClaimData, index: number): void {
  if (!isKnown(known, 'party', claim.claimant)) reportUnknown(known, report, 'party', claim.claimant, ['claims', index, 'claimant']);
  checkIds(known, report, 'source', claim.sources, 'claims', index, 'sources');
  checkIds(known, report, 'party', claim.about, 'claims', index, 'about');
  checkIds(known, report, 'event', claim.events, 'claims', index, 'events');
  claim.relations.forEach((relation, r) => {
    if (!isKnown(known, 'claim', relation.claim)) reportUnknown(known, report, 'claim', relation.claim, ['claims', index, 'relations', r, 'claim']);
    else if (relation.claim === claim.id) report(['claims', index, 'relations', r, 'claim'], `claim "${claim.id}" cannot relate to itself; name another claim`);
  });
}

function checkEvent(known: KnownIds, report: Report, event: EventData, index: number): void {
  checkIds(known, report, 'party', event.parties, 'events', index, 'parties');
  checkIds(known, report, 'source', event.sources, 'events', index, 'sources');
  checkIds(known, report, 'claim', event.claims, 'events', index, 'claims');
}

/** Checks each party's affiliations and lists the party among the members of each it is affiliated with. */
export function linkAffiliations(known: KnownIds, problems: GraphProblem[]): void {
  for (const party of known.party.values()) {
    const report = reporter(problems, 'parties', party);
    party.data.affiliations.forEach((affiliation, i) => {
      const path = ['affiliations', i, 'party'];
      const other = known.party.get(affiliation.party);
      if (!other) {
        if (!known.invalid.party.has(affiliation.party)) reportUnknown(known, report, 'party', affiliation.party, path);
      }
      else if (other === party) report(path, 'a party cannot be affiliated with itself; name another party');
      else other.members.push({ party: party.id, role: affiliation.role });
    });
  }
}
