/**
 * How many claims of the whole archive have each status, counted once per build (the claims index and the
 * front page show it); a party's own counts are counted on its page, over its claims alone.
 */
import { countStatuses } from '../components/charts/status-bar.ts';
import type { Status } from '../schemas/status.ts';
import { getGraph } from './index.ts';

let counted: Promise<Record<Status, number>> | undefined;

export function getStatusCounts(): Promise<Record<Status, number>> {
  if (import.meta.env.DEV) return count();
  counted ??= count();
  return counted;
}

async function count(): Promise<Record<Status, number>> {
  const graph = await getGraph();
  return countStatuses(Array.from(graph.claims.values(), (claim) => claim.status));
}
