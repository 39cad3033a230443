/**
 * The fields of each kind of node that list other entities (a party's claims made, a source's articles), kept
 * apart from the node's own data (a party's name, kind, picture) for edit builds: a page that prints a party's
 * name does not depend on the claims it made (src/graph/reads.ts notes `party:<id>` for its data and
 * `party.claimsMade:<id>` for that list; src/build/content-digests.ts digests each apart). An article's lists
 * come from its own file alone, so they are its data.
 */
import type { ClaimNode, EventNode, PartyNode, SourceNode } from './graph.ts';

export const NODE_LISTS: Readonly<Record<string, readonly string[]>> = {
  party: ['claimsMade', 'claimsAbout', 'events', 'articles', 'members'] satisfies (keyof PartyNode)[],
  source: ['claims', 'events', 'articles'] satisfies (keyof SourceNode)[],
  claim: ['incoming'] satisfies (keyof ClaimNode)[],
  event: ['articles'] satisfies (keyof EventNode)[],
  article: [],
};

/** The key of a node's list: `party.claimsMade:hamas`. */
export const listKey = (kind: string, list: string, id: string): string => `${kind}.${list}:${id}`;

/** The key of whether a node's list is long enough for pages of its own (`hasFullList`): `party.claimsMade.full:hamas`. */
export const fullListKey = (kind: string, list: string, id: string): string => `${kind}.${list}.full:${id}`;

/** A node without its lists: what `<kind>:<id>` stands for. */
export function ownData(kind: string, node: object): Record<string, unknown> {
  const lists = NODE_LISTS[kind] ?? [];
  return Object.fromEntries(Object.entries(node).filter(([field]) => !lists.includes(field)));
}
