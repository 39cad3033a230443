/**
 * The published data files under `/data/`: each record is the content schema's output plus what the
 * graph adds (ids, page URLs, current status). Their JSON Schemas under `/data/schema/` are generated
 * from these.
 */
import { z } from 'astro/zod';
import { SITE_NAME } from '../consts.ts';
import { claimSchema } from './claim.ts';
import { calendarDateSchema, idListSchema, idSchema } from './common.ts';
import { eventSchema } from './event.ts';
import { partySchema } from './party.ts';
import { sourceSchema } from './source.ts';
import { statusSchema } from './status.ts';

const pageUrl = (what: string) => z.url().meta({ description: `The page of the ${what} on this site.` });

export const claimRecordSchema = claimSchema
  .extend({
    page: pageUrl('claim'),
    article: idSchema.meta({ description: 'The id of the article that reports the claim.' }),
    status: statusSchema.meta({ description: 'The current status: that of the newest assessment entry.' }),
    statusDate: calendarDateSchema.meta({ description: 'The day the current status was given.' }),
  })
  .meta({ title: 'Claim', description: 'Who said what, when and where, and how far it is verified.' });

export const eventRecordSchema = eventSchema
  .extend({ articles: idListSchema.meta({ description: 'Ids of the articles that report the event, newest first.' }) })
  .meta({ title: 'Event', description: 'A dated event, as precise as its sources allow.' });

/** A party's picture in the open data: the address of the original file instead of its path in the content. */
export const pictureRecordSchema = partySchema.shape.image
  .unwrap()
  .omit({ src: true })
  .extend({ url: z.url().meta({ description: 'The original picture file on this site.' }) })
  .meta({ description: 'A portrait, emblem or flag, with its alternative text and credit.' });

export const partyRecordSchema = partySchema
  .extend({ id: idSchema, page: pageUrl('party'), image: pictureRecordSchema.optional() })
  .meta({ title: 'Party', description: 'A person, organisation, government, state, armed group or media outlet.' });

export const sourceRecordSchema = sourceSchema
  .extend({ id: idSchema, page: pageUrl('source') })
  .meta({ title: 'Source', description: 'Where something was said or reported.' });

/** The four data files, by name: `/data/<name>.json` holds `{ "<name>": [records] }`. */
export const OPEN_DATA_FILES = {
  claims: z.strictObject({ claims: z.array(claimRecordSchema) }).meta({ title: `${SITE_NAME} claims`, description: 'Every claim, newest first.' }),
  events: z.strictObject({ events: z.array(eventRecordSchema) }).meta({ title: `${SITE_NAME} events`, description: 'Every event, oldest first.' }),
  parties: z.strictObject({ parties: z.array(partyRecordSchema) }).meta({ title: `${SITE_NAME} parties`, description: 'Every party, A to Z.' }),
  sources: z.strictObject({ sources: z.array(sourceRecordSchema) }).meta({ title: `${SITE_NAME} sources`, description: 'Every source, A to Z by title.' }),
};

export type OpenDataName = keyof typeof OPEN_DATA_FILES;
export const OPEN_DATA_NAMES = Object.keys(OPEN_DATA_FILES) as OpenDataName[];
export type OpenData = { [K in OpenDataName]: z.output<(typeof OPEN_DATA_FILES)[K]> };
export type ClaimRecord = z.output<typeof claimRecordSchema>;
export type EventRecord = z.output<typeof eventRecordSchema>;
export type PartyRecord = z.output<typeof partyRecordSchema>;
export type SourceRecord = z.output<typeof sourceRecordSchema>;
