/**
 * A claim's claimant as the site names it, looked up in the graph: the one place the party is found for the
 * label (`claimantLabel`), with its fallback to the id for a party the content does not define.
 */
import { claimantLabel, type ClaimantLabel } from '../core/claimant-label.ts';
import type { ClaimNode, ContentGraph } from './graph.ts';

type ClaimOf = Pick<ClaimNode, 'claimant'>;

/** The label of `claim`'s claimant: "Basem Naim says", "from unnamed reports". */
export function claimantOf(graph: Pick<ContentGraph, 'parties'>, claim: ClaimOf): ClaimantLabel {
  return claimantLabel(graph.parties.get(claim.claimant)?.data, claim.claimant);
}
