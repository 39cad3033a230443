/**
 * What the Markdown plugins need to know about the content: which ids exist, a claim's status and claimant,
 * a source's title and a party's name. Taken once from the content graph as plain data (`lookupFacts` in
 * src/graph/lookup-facts.ts), which can be sent to the thread that renders the articles, so the plugins stay
 * free of Astro, of the loader and of the graph.
 */
import type { Status } from '../schemas/status.ts';
import type { KnownIds } from './markers.ts';

export interface ClaimFacts {
  status: Status;
  /** The status in words: `Unverified`. */
  statusLabel: string;
  /** Who made the claim, after "Claim": `by Basem Naim`, `from unnamed reports` (`claimantLabel`). */
  by: string;
}

/** The facts of a lookup as plain data: claims, source titles and party names, by id. */
export interface LookupFacts {
  claims: Map<string, ClaimFacts>;
  sources: Map<string, string>;
  parties: Map<string, string>;
}

export interface ContentLookup {
  known: KnownIds;
  claim(id: string): ClaimFacts | undefined;
  source(id: string): { title: string } | undefined;
  party(id: string): { name: string } | undefined;
}

/** The lookup of the facts (`lookupFacts` in src/graph/lookup-facts.ts takes them from a content graph). */
export function createLookup({ claims, sources, parties }: LookupFacts): ContentLookup {
  return {
    known: { claims: new Set(claims.keys()), sources: new Set(sources.keys()), parties: new Set(parties.keys()) },
    claim: (id) => claims.get(id),
    source: (id) => {
      const title = sources.get(id);
      return title === undefined ? undefined : { title };
    },
    party: (id) => {
      const name = parties.get(id);
      return name === undefined ? undefined : { name };
    },
  };
}
