/**
 * A party: a person, organisation, government, state, armed group or media outlet. Defined once in
 * `content/parties/<id>.yaml` (the file name is its id) and referenced by id from every article.
 */
import { z } from 'astro/zod';
import { idSchema, lineSchema } from './common.ts';

export const PARTY_KINDS = [
  'person',
  'organisation',
  'government',
  'state',
  'armed-group',
  'military',
  'media-outlet',
  'international-body',
  'unidentified',
] as const;

export type PartyKind = (typeof PARTY_KINDS)[number];

/** Each kind in words, as readers see it. */
export const PARTY_KIND_LABELS: Record<PartyKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  government: 'Government',
  state: 'State',
  'armed-group': 'Armed group',
  military: 'Military',
  'media-outlet': 'Media outlet',
  'international-body': 'International body',
  unidentified: 'Unidentified source',
};

/** A link from a party to another: Basem Naim is a `member of the political bureau` of `hamas`. */
export const affiliationSchema = z.strictObject({
  /** The id of the other party. */
  party: idSchema,
  /** The role, as the source states it ("member of the political bureau"). */
  role: lineSchema,
});

export const partySchema = z.strictObject({
  /** The name readers see. */
  name: lineSchema,
  /** What kind of party this is; `unidentified` stands for sources a report does not name. */
  kind: z.enum(PARTY_KINDS, { error: `must be one of ${PARTY_KINDS.map((k) => `\`${k}\``).join(', ')}` }),
  /** One line on who they are, as neutral as an encyclopedia. */
  description: lineSchema,
  /** Other names and spellings, for search. Default: none. */
  aliases: z.array(lineSchema).default([]),
  /** Links to other parties, with the role. Default: none. */
  affiliations: z.array(affiliationSchema).default([]),
  /** Wikidata item id such as `Q22686`, when known for certain. */
  wikidata: z
    .string()
    .regex(/^Q[1-9]\d*$/, { error: 'must be a Wikidata item id such as `Q22686`' })
    .optional(),
});

export type PartyInput = z.input<typeof partySchema>;
export type PartyData = z.output<typeof partySchema>;
export type Affiliation = z.output<typeof affiliationSchema>;
