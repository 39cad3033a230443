/**
 * The full lists of a party or a source, in one table: for each owner (`parties`, `sources`), its lists, what
 * each holds, its ids on the owner's node and its heading. An owner's page shows the first few of each list
 * and links to the full list, split into pages at `/<owner>/<id>/<list>/` (one route for both owners,
 * `src/pages/[owner]/[id]/[list]/[...page].astro`).
 */
import { partyPath, sourcePath } from '../core/paths.ts';
import type { ContentGraph, PartyNode, SourceNode } from './graph.ts';
import { fullListKey } from './node-lists.ts';
import { recordRead, withoutReads } from './reads.ts';
import { fullListPages, hasFullList, pagePath, PAGE_SIZES, paginate, type Page } from './paginate.ts';

/** What a list holds. */
export type ListKind = 'claims' | 'events' | 'articles';

interface ListSpec<N> {
  kind: ListKind;
  /** Its ids on the owner's node, in the graph's order. */
  ids(node: N): string[];
  /** Its heading, from the owner's name: "Claims made by Hamas". */
  title(name: string): string;
}

interface OwnerTable<N, L extends string> {
  /** The label of the owners' index, above an owner in breadcrumbs. */
  index: string;
  nodes(graph: ContentGraph): Map<string, N>;
  name(node: N): string;
  path(id: string): string;
  lists: Record<L, ListSpec<N>>;
}

const PARTIES: OwnerTable<PartyNode, 'claims-made' | 'claims-about' | 'events' | 'articles'> = {
  index: 'Parties',
  nodes: (graph) => graph.parties,
  name: (party) => party.data.name,
  path: partyPath,
  lists: {
    'claims-made': { kind: 'claims', ids: (party) => party.claimsMade, title: (name) => `Claims made by ${name}` },
    'claims-about': { kind: 'claims', ids: (party) => party.claimsAbout, title: (name) => `Claims about ${name}` },
    events: { kind: 'events', ids: (party) => party.events, title: (name) => `Events involving ${name}` },
    articles: { kind: 'articles', ids: (party) => party.articles, title: (name) => `Articles involving ${name}` },
  },
};

const SOURCES: OwnerTable<SourceNode, 'claims' | 'events' | 'articles'> = {
  index: 'Sources',
  nodes: (graph) => graph.sources,
  name: (source) => source.data.title,
  path: sourcePath,
  lists: {
    claims: { kind: 'claims', ids: (source) => source.claims, title: (title) => `Claims that cite ${title}` },
    events: { kind: 'events', ids: (source) => source.events, title: (title) => `Events dated by ${title}` },
    articles: { kind: 'articles', ids: (source) => source.articles, title: (title) => `Articles that rely on ${title}` },
  },
};

const OWNERS = { parties: PARTIES, sources: SOURCES };

export type ListOwner = keyof typeof OWNERS;
export type PartyList = keyof typeof PARTIES.lists;
export type SourceList = keyof typeof SOURCES.lists;
type ListOf<O extends ListOwner> = O extends 'parties' ? PartyList : SourceList;
type NodeOf<O extends ListOwner> = O extends 'parties' ? PartyNode : SourceNode;

/** The owner's table, loosely typed: the callers below keep owner, node and list together. */
const table = (owner: ListOwner) => OWNERS[owner] as unknown as OwnerTable<PartyNode | SourceNode, string>;

/** The names of an owner's lists, in the order its page shows them. */
export function listNames<O extends ListOwner>(owner: O): ListOf<O>[] {
  return Object.keys(table(owner).lists) as ListOf<O>[];
}

/** The ids in one of an owner's lists, in the graph's order. */
export function listIds<O extends ListOwner>(owner: O, node: NodeOf<O>, list: ListOf<O>): string[] {
  return table(owner).lists[list]!.ids(node);
}

/** The path (under the site base) of page `number` of an owner's full list: `parties/hamas/events/page/2/`. */
export function listPath<O extends ListOwner>(owner: O, id: string, list: ListOf<O>, number = 1): string {
  return pagePath(`${table(owner).path(id)}${list}/`, number);
}

/** Every page of every full list, for the route's `getStaticPaths`: only lists longer than the owner's page shows. */
export function fullListRoutes(graph: ContentGraph): { owner: ListOwner; id: string; list: string; page: string | undefined }[] {
  return (Object.keys(OWNERS) as ListOwner[]).flatMap((owner) => {
    const { nodes, lists } = table(owner);
    return [...nodes(graph).values()].flatMap((node) =>
      Object.entries(lists).flatMap(([list, spec]) => fullListPages(spec.ids(node).length).map((page) => ({ owner, id: node.id, list, page }))),
    );
  });
}

/** One page of a full list, as its page shows it: the owner, its index, the heading, what it holds and the page's ids. */
export interface FullList {
  owner: { name: string; path: string };
  index: { label: string; path: string };
  heading: string;
  kind: ListKind;
  page: Page<string>;
  /** The list's path under the base, page 1's. */
  path: string;
}

/** Page `number` of list `list` of owner `id`. */
export function fullList(graph: ContentGraph, owner: ListOwner, id: string, list: string, number: number): FullList {
  const { index, nodes, name, path, lists } = table(owner);
  const node = nodes(graph).get(id)!;
  const spec = lists[list]!;
  return {
    owner: { name: name(node), path: path(id) },
    index: { label: index, path: `${owner}/` },
    heading: spec.title(name(node)),
    kind: spec.kind,
    page: paginate(spec.ids(node), number, PAGE_SIZES.list),
    path: pagePath(`${path(id)}${list}/`, 1),
  };
}

/**
 * Where a party's claims made are listed whole (the claims index's claimant filter, a claim's breadcrumbs):
 * its full list `parties/<id>/claims-made/` when it has one, else the section of its page that shows them all.
 */
export function claimsMadePath(party: PartyNode): string {
  // A claim page links its claimant so: it depends on whether the list is that long, not on the claims in it.
  recordRead(fullListKey('party', 'claimsMade', party.id));
  const full = withoutReads(() => hasFullList(party.claimsMade.length));
  return full ? listPath('parties', party.id, 'claims-made') : `${partyPath(party.id)}#made`;
}
