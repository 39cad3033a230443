/**
 * The assessment status of a claim: a controlled vocabulary, each value with the meaning readers are shown
 * on the ratings page. Status says how far a claim is verified; it is never a verdict on who made it.
 */
import { z } from 'astro/zod';

export const STATUSES = {
  unverified: {
    label: 'Unverified',
    meaning:
      'Reported as said by the claimant. We have not been able to check it against independent evidence; this is not an assessment of whether it is true.',
  },
  disputed: {
    label: 'Disputed',
    meaning: 'Other credible parties or sources contradict the claim, and the evidence does not settle it.',
  },
  denied: {
    label: 'Denied',
    meaning: 'A party the claim is about has publicly denied it. A denial is itself a claim, not proof.',
  },
  corroborated: {
    label: 'Corroborated',
    meaning: 'At least one independent source supports the claim, but it has not been fully established.',
  },
  confirmed: {
    label: 'Confirmed',
    meaning: 'Independent evidence establishes the claim, or every party it concerns acknowledges it.',
  },
  false: {
    label: 'False',
    meaning: 'Independent evidence shows the claim to be wrong.',
  },
} as const;

export type Status = keyof typeof STATUSES;

export const STATUS_IDS = Object.keys(STATUSES) as [Status, ...Status[]];

/** One of {@link STATUS_IDS}. */
export const statusSchema = z.enum(STATUS_IDS, {
  error: `must be one of ${STATUS_IDS.map((s) => `\`${s}\``).join(', ')}`,
});

/** True for statuses that record an assessment of the claim (every status but `unverified`). */
export function isAssessed(status: Status): boolean {
  return status !== 'unverified';
}
