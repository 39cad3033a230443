/**
 * How many claims of the whole archive have each status, counted once per build (the claims index and the
 * front page show it); a party's own counts are counted on its page, over its claims alone.
 */
import { countStatuses } from '../components/charts/status-bar.ts';
import type { Status } from '../schemas/status.ts';
import type { ContentGraph } from '../graph/graph.ts';
import { memoByGraph } from '../graph/reads.ts';
import { STATUSES_KEY } from '../graph/claim-filters.ts';
import { getGraph } from './index.ts';

const counts = memoByGraph(STATUSES_KEY, (graph: ContentGraph) => countStatuses(Array.from(graph.claims.values(), (claim) => claim.status)));

export async function getStatusCounts(): Promise<Record<Status, number>> {
  return counts(await getGraph());
}
