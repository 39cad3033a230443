/**
 * Field types shared by every schema: ids, text, URLs and dates. Each rejects bad values with a message
 * that says what is wrong and how to fix it.
 */
import { z } from 'astro/zod';
import { calendarDateProblem, parseEdtf } from '../core/dates.ts';
import { isoDateFromWords } from '../core/date-in-words.ts';

/** Longest single-line value (titles, names, roles) and longest paragraph (statements, rationales). */
export const MAX_LINE = 300;
export const MAX_TEXT = 4000;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id: lower-case letters, digits and single hyphens (`basem-naim`). */
export const idSchema = z
  .string({ error: 'must be an id (text such as `basem-naim`)' })
  .max(80, { error: 'is longer than 80 characters; shorten the id' })
  .regex(ID_PATTERN, { error: 'must be lower-case letters, digits and single hyphens, such as `basem-naim`' });

/** A list of ids without repeats; a repeat is reported on the item that repeats. */
export const idListSchema = z.array(idSchema).superRefine((ids, ctx) => {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) {
      ctx.addIssue({ code: 'custom', path: [index], message: `\`${id}\` is listed twice; remove this repeat` });
    }
  });
});

const notBlank = (value: string) => value.trim().length > 0;

/** A single line of text: not blank, no line breaks, at most {@link MAX_LINE} characters. */
export const lineSchema = z
  .string({ error: 'must be text' })
  .refine(notBlank, { error: 'is empty; write the text' })
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be one line; remove the line break' })
  .refine((value) => value.length <= MAX_LINE, { error: `is longer than ${MAX_LINE} characters; shorten it` })
  .transform((value) => value.trim());

/** A paragraph of plain text: not blank, at most {@link MAX_TEXT} characters. */
export const textSchema = z
  .string({ error: 'must be text' })
  .refine(notBlank, { error: 'is empty; write the text' })
  .refine((value) => value.length <= MAX_TEXT, { error: `is longer than ${MAX_TEXT} characters; shorten it` })
  .transform((value) => value.trim());

/** An absolute `http:` or `https:` URL; every other scheme (`javascript:`, `data:`, `file:`) is refused. */
export const urlSchema = z
  .string({ error: 'must be a URL' })
  .max(2000, { error: 'is longer than 2000 characters' })
  .refine((value) => /^https?:\/\//i.test(value.trim()) && URL.canParse(value.trim()), {
    error: 'must be an absolute http:// or https:// URL; other schemes such as javascript: or data: are not allowed',
  })
  .transform((value) => new URL(value.trim()).href);

/**
 * YAML loaders disagree on unquoted dates: `2025-05-17` is a string to one and a `Date` at UTC midnight to
 * another, `2024` a number. Bring all three back to the text the editor wrote, never through local time.
 */
function asWrittenDate(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  return typeof value === 'string' ? value.trim() : value;
}

/** A calendar day, `YYYY-MM-DD`, checked against the calendar (`2025-02-30` is refused). Output: the string. */
export const calendarDateSchema = z.preprocess(
  asWrittenDate,
  z.string({ error: 'must be a date written YYYY-MM-DD, such as 2025-05-17' }).superRefine((value, ctx) => {
    const problem = calendarDateProblem(value);
    if (!problem) return;
    const iso = isoDateFromWords(value);
    const fix = iso && iso.length === 10 ? `write it as \`${iso}\`` : 'write a real date as YYYY-MM-DD';
    ctx.addIssue({ code: 'custom', message: `\`${value}\` ${problem}; ${fix}` });
  }),
);

/**
 * A date as precise as the source allows, in EDTF: `2024` (a year), `2024-04` (a month), `2024-04-19` (a day),
 * `2025-05~` (approximate), `2025-05-12?` (uncertain), `2024-04-19/2024-04-21` (a range). Output: the string.
 */
export const edtfSchema = z.preprocess(
  asWrittenDate,
  z.string({ error: 'must be an EDTF date such as 2024, 2024-04 or 2024-04-19' }).superRefine((value, ctx) => {
    try {
      parseEdtf(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  }),
);
