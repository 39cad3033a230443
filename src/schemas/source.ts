/**
 * A source: where something was said or reported. Defined once in `content/sources/<id>.yaml` (the file
 * name is its id) and referenced by id from claims, events and citations.
 */
import { z } from 'astro/zod';
import { calendarDateSchema, edtfSchema, lineSchema, textSchema, urlSchema } from './common.ts';

export const SOURCE_KINDS = [
  'interview',
  'official-statement',
  'news-report',
  'press-conference',
  'speech',
  'document',
  'social-post',
  'dataset',
  /** The reporting does not say in what form it was made. */
  'unspecified',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Each kind in words, as readers see it. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  interview: 'Interview',
  'official-statement': 'Official statement',
  'news-report': 'News report',
  'press-conference': 'Press conference',
  speech: 'Speech',
  document: 'Document',
  'social-post': 'Social media post',
  dataset: 'Dataset',
  unspecified: 'Form not stated',
};

export const sourceSchema = z.strictObject({
  /** The title of the piece, or a description when it has none ("Israeli official statements"). */
  title: lineSchema,
  /** Who published it. Absent when the reporting does not name them (then say so in `note`). */
  publisher: lineSchema.optional(),
  /** What kind of source it is. */
  kind: z.enum(SOURCE_KINDS, { error: `must be one of ${SOURCE_KINDS.map((k) => `\`${k}\``).join(', ')}` }),
  /** Where to read it: http or https only. Absent when unknown. */
  url: urlSchema.optional(),
  /** When it was published, as precise as known (EDTF: `2025-05-16`, `2024`). */
  published: edtfSchema.optional(),
  /** The day the URL was last read. */
  accessed: calendarDateSchema.optional(),
  /** A copy in a web archive, http or https. */
  archived: urlSchema.optional(),
  /** Anything a reader should know about the source, such as that a report does not name it. */
  note: textSchema.optional(),
});

export type SourceInput = z.input<typeof sourceSchema>;
export type SourceData = z.output<typeof sourceSchema>;
