/**
 * A digest of each thing an output can read (the keys of src/graph/reads.ts), from this build's content: an
 * output whose keys all have the digests they had when it was written is the same output again.
 * - `article:<id>`, `claim:<id>`, `party:<id>`, `source:<id>`, `event:<id>`: the node's own data, without its
 *   lists of related ids (src/graph/node-lists.ts);
 * - `party.claimsMade:<id>`, `event.articles:<id>`...: one list of a node; `party.claimsMade.full:<id>`: only
 *   whether that list is long enough for pages of its own (`hasFullList`);
 * - `articles:*`, `claims:*`... : which nodes of the kind there are, in the graph's order (not their data);
 * - the lists made once per build (`memoByGraph`): `claims.status:*` each claim's status, `claims.claimant:*`
 *   the claims of each claimant, `status-changes:<n>` the n newest status changes, `layout:timeline` the
 *   timeline's years, months and pages with the events on each;
 * - `body:<id>`: an article's text as rendered: its file, and the facts its markers print (the status and
 *   claimant of each claim it marks, the title of each source it cites, the name of each party it links);
 * - `timeline:<event id>`: the timeline page the event is on; `timeline:*`: all of them;
 * - `search:parts`: the folders of the search index's parts;
 * - `image:<call>`, `image-used:<file>`: a picture transform a page asked Astro for, an original it used whole
 *   (`edit-pictures.ts`): the original file's bytes.
 * A key of nothing (an entity removed) has the digest `-`. Digests are made when first asked for.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ContentGraph } from '../graph/graph.ts';
import { LAYOUT_KEY, timelineOf, type TimelineLayout } from '../graph/timeline.ts';
import { NODE_LISTS, ownData } from '../graph/node-lists.ts';
import { hasFullList } from '../graph/paginate.ts';
import { CLAIMANTS_KEY, STATUSES_KEY } from '../graph/claim-filters.ts';
import { latestStatusChanges } from '../graph/status-changes.ts';
import type { LookupFacts } from '../markdown/lookup.ts';
import { lookupFacts } from '../graph/lookup-facts.ts';

export const ABSENT = '-';

/** What the timeline's layout shows beyond the events themselves: its years, months and pages, each event by its id. */
function layoutShape({ years, parts, recent }: TimelineLayout, events: ReadonlySet<unknown>): string {
  return JSON.stringify({ years, parts, recent }, (_field, value: unknown) => (events.has(value) ? (value as { id: string }).id : value));
}

const digest = (text: string | Uint8Array) => createHash('sha1').update(text).digest('base64url');

/** Markers name ids by their letters, digits and hyphens (`{#basem-naim}`, `:cite[a, b]`). */
const ID_RUN = /[a-z0-9][a-z0-9-]*/g;

export interface ContentDigests {
  /** The digest of `key` in this build's content. */
  of(key: string): string;
}

/** `extra`: digests of keys that are not of the graph (`search:parts`). `read`: an article file's bytes. */
export function contentDigests(graph: ContentGraph, { extra = {}, read = (file: string) => readFileSync(file) }: { extra?: Record<string, string>; read?: (file: string) => Uint8Array } = {}): ContentDigests {
  const known = new Map<string, string>(Object.entries(extra));
  let facts: LookupFacts | undefined;
  let places: Map<string, string> | undefined;
  const maps: Record<string, ReadonlyMap<string, unknown>> = { article: graph.articles, claim: graph.claims, party: graph.parties, source: graph.sources, event: graph.events };
  const lists: Record<string, string> = { articles: 'article', claims: 'claim', parties: 'party', sources: 'source', events: 'event' };

  const body = (id: string): string => {
    const article = graph.articles.get(id);
    if (!article?.file) return ABSENT;
    const text = read(article.file);
    facts ??= lookupFacts(graph);
    const named = new Set(new TextDecoder().decode(text).match(ID_RUN));
    const printed = [...named].sort().flatMap((name) => [facts!.claims.get(name), facts!.sources.get(name), facts!.parties.get(name)].map((fact) => (fact === undefined ? '' : `${name}=${JSON.stringify(fact)}`)));
    return digest(`${digest(text)}\n${printed.filter(Boolean).join('\n')}`);
  };
  const picture = (call: string): string => {
    try {
      const [, , file] = JSON.parse(call) as [unknown, unknown, unknown];
      return typeof file === 'string' ? digest(readFileSync(file)) : ABSENT;
    } catch {
      return ABSENT;
    }
  };
  const compute = (key: string): string => {
    const colon = key.indexOf(':');
    const kind = key.slice(0, colon);
    const id = key.slice(colon + 1);
    if (kind === 'body') return body(id);
    if (kind === 'image') return picture(id);
    if (kind === 'image-used') return picture(JSON.stringify([null, null, id]));
    if (kind === 'timeline') {
      places ??= timelineOf(graph).pathOf;
      if (id === '*') return digest([...places].map(([event, place]) => `${event} ${place}`).join('\n'));
      return places.get(id) ?? ABSENT;
    }
    if (key === LAYOUT_KEY) return digest(layoutShape(timelineOf(graph), new Set(graph.events.values())));
    if (key === STATUSES_KEY) return digest(Array.from(graph.claims.values(), (claim) => `${claim.id} ${claim.status}`).join('\n'));
    if (key === CLAIMANTS_KEY) return digest([...graph.parties.values()].flatMap((party) => (party.claimsMade.length > 0 ? [`${party.id} ${party.claimsMade.join(' ')}`] : [])).join('\n'));
    if (kind === 'status-changes') {
      const changes = latestStatusChanges(graph, Number(id));
      return digest(JSON.stringify(changes.map(({ claim, from, to, date, step }) => [claim.id, from, to, date, step])));
    }
    if (id === '*' && kind in lists) return digest([...maps[lists[kind]!]!.keys()].join('\n'));
    const [single, list, full] = kind.split('.') as [string, string | undefined, string | undefined];
    const node = maps[single]?.get(id) as Record<string, unknown> | undefined;
    if (node === undefined) return ABSENT;
    if (list === undefined) return digest(JSON.stringify(ownData(single, node)));
    if (!NODE_LISTS[single]?.includes(list)) return ABSENT;
    const items = node[list] as unknown[];
    return full === 'full' ? String(hasFullList(items.length)) : digest(JSON.stringify(items));
  };
  const of = (key: string): string => {
    let value = known.get(key);
    if (value === undefined) known.set(key, (value = compute(key)));
    return value;
  };
  return { of };
}
