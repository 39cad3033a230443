/**
 * Attribution: how we know a claim was made. It is kept apart from the claim's assessment status: a claim
 * can be certainly said (on camera) and still unverified.
 */
import { z } from 'astro/zod';

export const ATTRIBUTIONS = {
  interview: 'said in an interview',
  'official-statement': 'in an official statement',
  'press-conference': 'at a press conference',
  speech: 'in a speech',
  'social-post': 'in a social media post',
  document: 'in a document',
  'reported-by': 'as reported by others, not heard first-hand',
} as const;

export type Attribution = keyof typeof ATTRIBUTIONS;

const ATTRIBUTION_IDS = Object.keys(ATTRIBUTIONS) as [Attribution, ...Attribution[]];

/** One of the keys of {@link ATTRIBUTIONS}. */
export const attributionSchema = z.enum(ATTRIBUTION_IDS, {
  error: `must be one of ${ATTRIBUTION_IDS.map((a) => `\`${a}\``).join(', ')}`,
});
