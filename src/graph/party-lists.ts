/**
 * A party's lists (claims made, claims about them, events, articles). A busy party's page shows the first
 * few of each and links to the full list, split into pages at `/parties/<id>/<list>/`.
 */
import type { PartyNode } from './graph.ts';
import { partyPath } from '../core/paths.ts';
import { hasFullList, pagePath } from './paginate.ts';

export const PARTY_LISTS = ['claims-made', 'claims-about', 'events', 'articles'] as const;

export type PartyList = (typeof PARTY_LISTS)[number];

/** The ids in one of a party's lists, in the graph's order. */
export function partyListIds(party: PartyNode, list: PartyList): string[] {
  switch (list) {
    case 'claims-made':
      return party.claimsMade;
    case 'claims-about':
      return party.claimsAbout;
    case 'events':
      return party.events;
    case 'articles':
      return party.articles;
  }
}

/** The heading of a list: "Claims made by Hamas". */
export function partyListTitle(list: PartyList, name: string): string {
  switch (list) {
    case 'claims-made':
      return `Claims made by ${name}`;
    case 'claims-about':
      return `Claims about ${name}`;
    case 'events':
      return `Events involving ${name}`;
    case 'articles':
      return `Articles involving ${name}`;
  }
}

/** The path (under the site base) of page `number` of a party's full list: `parties/hamas/events/page/2/`. */
export function partyListPath(id: string, list: PartyList, number = 1): string {
  return pagePath(`${partyPath(id)}${list}/`, number);
}

/**
 * Where a party's claims made are listed whole (the claims index's claimant filter, a claim's breadcrumbs):
 * its full list `parties/<id>/claims-made/` when it has one, else the section of its page that shows them all.
 */
export function claimsMadePath(party: PartyNode): string {
  return hasFullList(party.claimsMade.length) ? partyListPath(party.id, 'claims-made') : `${partyPath(party.id)}#made`;
}
