/**
 * What the Markdown plugins need to know about the content: which ids exist, a claim's status and claimant,
 * a source's title and a party's name. Built once from the content graph, so the plugins stay free of Astro
 * and of the loader.
 */
import { createHash } from 'node:crypto';
import type { ContentGraph } from '../lib/graph.ts';
import { STATUSES, type Status } from '../schemas/status.ts';
import type { KnownIds } from './markers.ts';

export interface ClaimFacts {
  status: Status;
  /** The status in words: `Unverified`. */
  statusLabel: string;
  /** The name of the party that made the claim. */
  claimant: string;
}

export interface ContentLookup {
  known: KnownIds;
  claim(id: string): ClaimFacts | undefined;
  source(id: string): { title: string } | undefined;
  party(id: string): { name: string } | undefined;
  /**
   * Changes whenever anything the plugins print changes (a status, a name, a title). Astro keeps rendered
   * bodies between builds until its config changes; this string is part of the config, so a status changed
   * in one article re-renders the others that mark the claim.
   */
  digest: string;
}

/** The lookup of a content graph. */
export function createLookup(graph: ContentGraph): ContentLookup {
  const claim = (id: string): ClaimFacts | undefined => {
    const node = graph.claims.get(id);
    if (!node) return undefined;
    return { status: node.status, statusLabel: STATUSES[node.status].label, claimant: graph.parties.get(node.claimant)?.data.name ?? node.claimant };
  };
  const source = (id: string) => {
    const node = graph.sources.get(id);
    return node && { title: node.data.title };
  };
  const party = (id: string) => {
    const node = graph.parties.get(id);
    return node && { name: node.data.name };
  };
  const hash = createHash('sha256');
  for (const id of graph.claims.keys()) hash.update(`c\0${id}\0${JSON.stringify(claim(id))}\n`);
  for (const id of graph.sources.keys()) hash.update(`s\0${id}\0${source(id)?.title}\n`);
  for (const id of graph.parties.keys()) hash.update(`p\0${id}\0${party(id)?.name}\n`);
  return {
    known: { claims: new Set(graph.claims.keys()), sources: new Set(graph.sources.keys()), parties: new Set(graph.parties.keys()) },
    claim,
    source,
    party,
    digest: hash.digest('hex').slice(0, 16),
  };
}
