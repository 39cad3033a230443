/**
 * The claims index filtered by status and by claimant, computed once per graph: every filter page and the
 * filter links of every claims page read the same result, so no page re-scans the claims.
 */
import { STATUS_IDS, type Status } from '../schemas/status.ts';
import type { ClaimNode, ContentGraph, PartyNode } from './graph.ts';
import { memoByGraph } from './reads.ts';

/** Claims a filter page shows at most; further claims go on pages 2, 3... */
export const CLAIMS_PER_PAGE = 50;

export interface ClaimFilters {
  /** Every status of the vocabulary, in its order, with its claims newest first (possibly none). */
  byStatus: { status: Status; claims: ClaimNode[] }[];
  /** Parties that made at least one claim, A to Z, each with its claims newest first. */
  byClaimant: { party: PartyNode; claims: ClaimNode[] }[];
  /** The same claimants, most claims first (then A to Z), for short lists of the busiest. */
  busiest: { party: PartyNode; claims: ClaimNode[] }[];
}

/** For edit builds: each claim's status, in the graph's order (src/build/content-digests.ts). */
export const STATUSES_KEY = 'claims.status:*';
/** For edit builds: the claims each claimant made, in the graph's order. */
export const CLAIMANTS_KEY = 'claims.claimant:*';

/**
 * Groups the graph's claims by status (all statuses, empty ones included) and by claimant; once per graph. A
 * page that takes the groups reads each claim's status and the claims of each claimant.
 */
export const claimFilters: (graph: ContentGraph) => ClaimFilters = memoByGraph([STATUSES_KEY, CLAIMANTS_KEY], (graph: ContentGraph): ClaimFilters => {
  const statuses = new Map<Status, ClaimNode[]>(STATUS_IDS.map((status) => [status, []]));
  for (const claim of graph.claims.values()) statuses.get(claim.status)!.push(claim);
  const byClaimant = [...graph.parties.values()]
    .filter((party) => party.claimsMade.length > 0)
    .map((party) => ({ party, claims: party.claimsMade.map((id) => graph.claims.get(id)!) }));
  const filters: ClaimFilters = {
    byStatus: STATUS_IDS.map((status) => ({ status, claims: statuses.get(status)! })),
    byClaimant,
    busiest: [...byClaimant].sort((a, b) => b.claims.length - a.claims.length),
  };
  return filters;
});
