/**
 * The people and organisations of structured data: this site as publisher, bylines as authors, parties as
 * claimants.
 */
import type { Organization, Person } from 'schema-dts';
import type { PartyNode } from '../../graph/graph.ts';
import type { Links } from '../../core/urls.ts';
import { SITE_NAME } from '../../consts.ts';

/** This site as a news organisation. */
export function publisherJsonLd(links: Links): Organization {
  return { '@type': 'NewsMediaOrganization', name: SITE_NAME, url: links.site };
}

/** Bylines such as "News desk" or "Staff" name a team, not a person. */
const TEAM = /\b(desk|staff|team|newsroom|editors|reporters|bureau)$/i;

/** A byline name as its author: an organisation for team bylines ("News desk"), otherwise a person. */
export function bylineJsonLd(name: string): Person | Organization {
  return TEAM.test(name.trim()) ? { '@type': 'Organization', name } : { '@type': 'Person', name };
}

/** A party: a person for `kind: person`, an organisation for every other kind, linked to its page here. */
export function partyJsonLd(party: PartyNode, links: Links): Person | Organization {
  const base = { name: party.data.name, url: links.party(party.id) };
  const sameAs = party.data.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${party.data.wikidata}` } : {};
  return party.data.kind === 'person' ? { '@type': 'Person', ...base, ...sameAs } : { '@type': 'Organization', ...base, ...sameAs };
}
