/**
 * The latest status changes across all claims: each step of a claim's assessment after its first rating,
 * with the status before and after, newest first (ties: the claim order of the graph). For the front page;
 * the status changes feed lists every step, first ratings included (src/formats/feeds.ts).
 */
import type { ClaimNode, ContentGraph } from './graph.ts';
import type { Status } from '../schemas/status.ts';

export interface StatusChange {
  claim: ClaimNode;
  /** The status before the change. */
  from: Status;
  /** The status from `date` on. */
  to: Status;
  /** The day of the change, `YYYY-MM-DD`. */
  date: string;
  /** Index of the step in the claim's assessment (oldest first), for its anchor on the claim's page. */
  step: number;
}

/** For edit builds: the `limit` newest changes (src/build/content-digests.ts). */
export const statusChangesKey = (limit: number): string => `status-changes:${limit}`;

/**
 * The `limit` newest changes. One pass over the claims, keeping the newest `limit` in a small sorted list,
 * so that the cost is the claims' number, not a sort of every step.
 */
export function latestStatusChanges(graph: ContentGraph, limit: number): StatusChange[] {
  const kept: StatusChange[] = [];
  for (const claim of graph.claims.values()) {
    const steps = claim.assessment;
    for (let step = steps.length - 1; step > 0; step--) {
      const date = steps[step]!.date;
      if (kept.length === limit && date <= kept[kept.length - 1]!.date) break;
      const change = { claim, from: steps[step - 1]!.status, to: steps[step]!.status, date, step };
      let at = kept.length;
      while (at > 0 && kept[at - 1]!.date < date) at--;
      kept.splice(at, 0, change);
      if (kept.length > limit) kept.pop();
    }
  }
  return kept;
}
