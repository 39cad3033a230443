/**
 * What the Markdown plugins need to know about the content: which ids exist, a claim's status and claimant,
 * a source's title and a party's name. Taken once from the content graph as plain data (`lookupFacts`), which
 * can be sent to the thread that renders the articles, so the plugins stay free of Astro and of the loader.
 */
import type { ContentGraph } from '../graph/graph.ts';
import { STATUSES, type Status } from '../schemas/status.ts';
import { claimantOf } from '../graph/claimant.ts';
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

/** The facts the plugins print, from a content graph. */
export function lookupFacts(graph: ContentGraph): LookupFacts {
  const claims = new Map<string, ClaimFacts>();
  for (const [id, node] of graph.claims) {
    claims.set(id, { status: node.status, statusLabel: STATUSES[node.status].label, by: claimantOf(graph, node).by });
  }
  return {
    claims,
    sources: new Map([...graph.sources].map(([id, node]) => [id, node.data.title])),
    parties: new Map([...graph.parties].map(([id, node]) => [id, node.data.name])),
  };
}

/** The lookup of a content graph, or of its facts. */
export function createLookup(content: ContentGraph | LookupFacts): ContentLookup {
  const { claims, sources, parties } = 'articles' in content ? lookupFacts(content) : content;
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
