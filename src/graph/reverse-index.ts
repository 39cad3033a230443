/**
 * The graph's last pass: the lists that point back (a party's claims, events and articles, a source's, an
 * event's claims, a claim's incoming relations), filled from the sorted claims, events and articles so that
 * each list comes out in its final order without a sort of its own.
 */
import type { ContentGraph } from './graph.ts';
import { indexAdd, pushUnique } from './unique-list.ts';

/** The graph's maps, in their final orders (see {@link ContentGraph}). */
export type Sorted = Omit<ContentGraph, 'problems'>;

/** Fills every reverse list of the graph's nodes. */
export function indexReverse({ claims, events, articles, parties, sources }: Sorted): void {
  const eventClaims = new Map<string, string[]>();
  for (const claim of claims.values()) {
    parties.get(claim.claimant)?.claimsMade.push(claim.id);
    for (const party of claim.about) parties.get(party)?.claimsAbout.push(claim.id);
    for (const source of claim.sources) sources.get(source)?.claims.push(claim.id);
    for (const event of claim.events) indexAdd(eventClaims, event, claim.id);
    for (const relation of claim.relations) claims.get(relation.claim)?.incoming.push({ type: relation.type, claim: claim.id });
  }
  for (const event of events.values()) {
    for (const claim of eventClaims.get(event.id) ?? []) pushUnique(event.claims, claim);
    for (const party of event.parties) parties.get(party)?.events.push(event.id);
    for (const source of event.sources) sources.get(source)?.events.push(event.id);
  }
  for (const article of articles.values()) {
    for (const party of article.parties) parties.get(party)?.articles.push(article.id);
    for (const source of article.sources) sources.get(source)?.articles.push(article.id);
  }
}
