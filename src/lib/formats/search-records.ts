/**
 * Claims as Pagefind custom records, built from the graph rather than read back from 5 claim pages an
 * article: a claim's searchable text is its statement, quote and claimant, which the graph has already.
 * Filters match those of the HTML pages: kind, status (in words) and claimant.
 */
import { STATUSES } from '../../schemas/status.ts';
import type { ContentGraph } from '../graph.ts';

export interface SearchRecord {
  /** Path under the site's base, as Pagefind stores page URLs: `/claims/<id>/`. */
  url: string;
  content: string;
  language: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** One record per claim, in the graph's order. */
export function claimSearchRecords(graph: ContentGraph): SearchRecord[] {
  return [...graph.claims.values()].map((claim) => {
    const claimant = graph.parties.get(claim.claimant)?.data.name ?? claim.claimant;
    const title = `${claimant} claims: ${claim.statement}`;
    return {
      url: `/claims/${claim.id}/`,
      content: claim.quote ? `${title} “${claim.quote}”` : title,
      language: 'en',
      meta: { title },
      filters: { kind: ['Claim'], status: [STATUSES[claim.status].label], claimant: [claimant] },
    };
  });
}
