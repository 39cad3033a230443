/**
 * The graph as a build's pages see it: the same nodes, through maps that note each entity a page looks up
 * (`article:<id>`, `claim:<id>`...) and each list it walks (`claims:*`), and hand out views of the nodes that
 * note what is read of each (its data, or one of its lists: `party.claimsMade:<id>`), for edit builds (src/graph/reads.ts,
 * docs/edit-builds.md). Outside a render nothing is noted, so the build's own code may use it freely.
 */
import type { ContentGraph } from '../graph/graph.ts';
import { recordingMap } from '../graph/reads.ts';

export function recordingGraph(graph: ContentGraph): ContentGraph {
  return {
    ...graph,
    articles: recordingMap('article', 'articles', graph.articles, { nodes: true }),
    parties: recordingMap('party', 'parties', graph.parties, { nodes: true }),
    sources: recordingMap('source', 'sources', graph.sources, { nodes: true }),
    claims: recordingMap('claim', 'claims', graph.claims, { nodes: true }),
    events: recordingMap('event', 'events', graph.events, { nodes: true }),
  };
}
