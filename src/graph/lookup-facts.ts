/**
 * The facts the Markdown plugins print (`LookupFacts`, src/markdown/lookup.ts), taken from the content graph once
 * as plain data: a claim's status and claimant, a source's title, a party's name, by id.
 */
import type { ClaimFacts, LookupFacts } from '../markdown/lookup.ts';
import { STATUSES } from '../schemas/status.ts';
import { claimantOf } from './claimant.ts';
import type { ContentGraph } from './graph.ts';

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
