/**
 * The graph as a build's pages see it: the same nodes, through maps that note each entity a page reads
 * (`article:<id>`, `claim:<id>`...) and each list it walks (`claims:*`), for edit builds (src/graph/reads.ts,
 * docs/edit-builds.md). Outside a render nothing is noted, so the build's own code may use it freely.
 */
import type { ContentGraph } from '../graph/graph.ts';
import { recordingMap } from '../graph/reads.ts';

export function recordingGraph(graph: ContentGraph): ContentGraph {
  return {
    ...graph,
    articles: recordingMap('article', 'articles', graph.articles),
    parties: recordingMap('party', 'parties', graph.parties),
    sources: recordingMap('source', 'sources', graph.sources),
    claims: recordingMap('claim', 'claims', graph.claims),
    events: recordingMap('event', 'events', graph.events),
  };
}
