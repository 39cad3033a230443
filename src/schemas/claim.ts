/**
 * A claim: who said what, when and where, how we know it was said, and how far it is verified. Claims are
 * written in an article's frontmatter with a global id; pages link them at `/claims/<id>/`.
 */
import { z } from 'astro/zod';
import { attributionSchema } from './attribution.ts';
import { calendarDateSchema, edtfSchema, idListSchema, idSchema, textSchema } from './common.ts';
import { statusSchema } from './status.ts';

/** One dated step of the assessment. The newest entry is the claim's current status. */
export const assessmentSchema = z.strictObject({
  /** The day this status was given. */
  date: calendarDateSchema,
  /** The status from that day on. */
  status: statusSchema,
  /** Why: what was checked and what it showed. */
  rationale: textSchema,
});

export const CLAIM_RELATIONS = ['echoes', 'contradicts', 'responds-to', 'supports'] as const;

/** Each relation in words, read from the claim that makes it (`outgoing`) and from the claim it names (`incoming`). */
export const CLAIM_RELATION_LABELS: Record<(typeof CLAIM_RELATIONS)[number], { outgoing: string; incoming: string }> = {
  echoes: { outgoing: 'echoes', incoming: 'is echoed by' },
  contradicts: { outgoing: 'contradicts', incoming: 'is contradicted by' },
  'responds-to': { outgoing: 'responds to', incoming: 'is answered by' },
  supports: { outgoing: 'supports', incoming: 'is supported by' },
};

/** A link to another claim: this claim `echoes`, `contradicts`, `responds-to` or `supports` it. */
export const claimRelationSchema = z.strictObject({
  type: z.enum(CLAIM_RELATIONS, { error: `must be one of ${CLAIM_RELATIONS.map((r) => `\`${r}\``).join(', ')}` }),
  /** The id of the other claim. */
  claim: idSchema,
  /** A short explanation of the link. */
  note: textSchema.optional(),
});

/** Ids a claim cannot take: `/claims/<id>/` would collide with these lists. */
export const RESERVED_CLAIM_IDS = ['page', 'status', 'claimant'];

export const claimSchema = z.strictObject({
  /** Global id, unique across all articles; `page`, `status` and `claimant` name lists under `/claims/`. */
  id: idSchema.refine((id) => !RESERVED_CLAIM_IDS.includes(id), {
    error: (issue) => `\`${String(issue.input)}\` is the name of a list under /claims/; choose another id`,
  }),
  /** The party who made the claim. */
  claimant: idSchema,
  /** What is claimed, as a neutral paraphrase that names nobody as right. */
  statement: textSchema,
  /** The verbatim words, where the source quotes them. */
  quote: textSchema.optional(),
  /** When the claim was made, as precise as the source allows (EDTF). */
  date: edtfSchema,
  /**
   * Where it was made or reported: source ids. Default: none, which is legal (a claim can be reported before
   * its source is registered) but suspect: `npm run check` warns about it.
   */
  sources: idListSchema.default([]),
  /** How we know it was said. */
  attribution: attributionSchema,
  /** Parties the claim is about. Default: none. */
  about: idListSchema.default([]),
  /** Events the claim is about. Default: none. */
  events: idListSchema.default([]),
  /** The dated assessment history, oldest first; the last entry is the current status. */
  assessment: z
    .array(assessmentSchema)
    .min(1, { error: 'needs at least one entry; a claim not yet checked is `status: unverified`' })
    .superRefine((entries, ctx) => {
      for (let i = 1; i < entries.length; i++) {
        if (entries[i]!.date < entries[i - 1]!.date) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'date'],
            message: `\`${entries[i]!.date}\` is earlier than the entry before it (\`${entries[i - 1]!.date}\`); list the assessment oldest first`,
          });
        }
      }
    }),
  /** Links to other claims, each once (a repeat is reported on the item that repeats). Default: none. */
  relations: z
    .array(claimRelationSchema)
    .superRefine((relations, ctx) => {
      relations.forEach(({ type, claim }, index) => {
        const first = relations.findIndex((other) => other.type === type && other.claim === claim);
        if (first !== index) {
          ctx.addIssue({ code: 'custom', path: [index], message: `\`${type}\` \`${claim}\` is listed twice (first as relation ${first + 1}); remove this repeat` });
        }
      });
    })
    .default([]),
});

export type ClaimInput = z.input<typeof claimSchema>;
export type ClaimData = z.output<typeof claimSchema>;
export type Assessment = z.output<typeof assessmentSchema>;
export type ClaimRelation = z.output<typeof claimRelationSchema>;
