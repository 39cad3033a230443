/**
 * A dated event. Written in an article's frontmatter with a global id; when two articles write the same
 * event, it is one timeline entry, and the two definitions must agree.
 */
import { z } from 'astro/zod';
import { edtfSchema, idListSchema, idSchema, lineSchema, textSchema } from './common.ts';

export const eventSchema = z.strictObject({
  /** Global id, shared by every article that writes this event. */
  id: idSchema,
  /** When, as precise as the source allows (EDTF): `2024` for "last year", `2024-04-19` for a day. */
  date: edtfSchema,
  /** What happened, in a line. */
  title: lineSchema,
  /** More detail, attributed where it is not established. */
  description: textSchema.optional(),
  /** Parties involved. Default: none. */
  parties: idListSchema.default([]),
  /** Sources for the event and its date. Default: none. */
  sources: idListSchema.default([]),
  /** Claims about the event. Default: none. */
  claims: idListSchema.default([]),
});

export type EventInput = z.input<typeof eventSchema>;
export type EventData = z.output<typeof eventSchema>;
