/**
 * An article: `content/articles/<slug>.md`. Its frontmatter records the parties, sources, claims and events
 * behind the story; its Markdown body is the text readers see.
 */
import { z } from 'astro/zod';
import { claimSchema } from './claim.ts';
import { calendarDateSchema, idListSchema, lineSchema, textSchema } from './common.ts';
import { eventSchema } from './event.ts';
import { articleImageSchema } from './image.ts';

export const ARTICLE_KINDS = ['report', 'analysis', 'explainer', 'opinion', 'interview', 'fact-check'] as const;

/** A dated note of what changed after publication. */
export const correctionSchema = z.strictObject({
  /** The day of the change. */
  date: calendarDateSchema,
  /** `correction` fixes an error; `update` adds new information. */
  kind: z.enum(['correction', 'update'], { error: 'must be `correction` or `update`' }),
  /** What changed, in a sentence or two. */
  text: textSchema,
});

export const articleSchema = z
  .strictObject({
    /** The headline. */
    title: lineSchema,
    /** The standfirst: one or two sentences under the headline. */
    dek: textSchema,
    /** What kind of piece this is. */
    kind: z.enum(ARTICLE_KINDS, { error: `must be one of ${ARTICLE_KINDS.map((k) => `\`${k}\``).join(', ')}` }),
    /** The day of first publication. */
    published: calendarDateSchema,
    /** The day of the last substantive change, if any. */
    updated: calendarDateSchema.optional(),
    /** Who wrote it: one or more names. */
    byline: z.array(lineSchema).min(1, { error: 'needs at least one name' }),
    /** Where the story is reported from. */
    dateline: lineSchema.optional(),
    /** The BCP 47 language tag of the text. Default: `en`. */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a language tag such as `en` or `ar`' })
      .default('en'),
    /** Topics. Default: none. */
    tags: z.array(lineSchema).default([]),
    /** Parties the article is about (ids). Default: none; claimants and event parties count too. */
    parties: idListSchema.default([]),
    /** Sources the article relies on (ids). Default: none; claim and event sources count too. */
    sources: idListSchema.default([]),
    /** Claims the article reports. Default: none. */
    claims: z.array(claimSchema).default([]),
    /** Dated events behind the story. Default: none. */
    events: z.array(eventSchema).default([]),
    /** Corrections and updates, oldest first. Default: none. */
    corrections: z.array(correctionSchema).default([]),
    /** The lead picture, in the content folder. Default: none. */
    image: articleImageSchema.optional(),
  });

export type ArticleInput = z.input<typeof articleSchema>;
export type ArticleData = z.output<typeof articleSchema>;
export type Correction = z.output<typeof correctionSchema>;
