/**
 * The JSON-LD of a claim page: a `ClaimReview`, only for a claim whose current status is an assessment
 * (see `isAssessed`); a claim merely reported (`unverified`) gets none, since we have not reviewed it.
 * The rating is given in words (`alternateName`), as the status is everywhere on the site.
 */
import type { ClaimReview, CreativeWork, WithContext } from 'schema-dts';
import { isAssessed, STATUSES } from '../../schemas/status.ts';
import { pointDatetime } from '../../core/dates.ts';
import type { ClaimNode, ContentGraph } from '../../graph/graph.ts';
import type { Links } from '../../core/urls.ts';
import { partyJsonLd, publisherJsonLd } from './parties.ts';

/** The claim's date for `datePublished`, when it is one exact point ("c. May 2025" has none). */
function claimDate(claim: ClaimNode): string | undefined {
  const { start, range } = claim.when;
  if (!start || range || start.approximate || start.uncertain) return undefined;
  return pointDatetime(start);
}

/** The ClaimReview of `claim`, or `undefined` when its current status records no assessment. */
export function claimReviewJsonLd(claim: ClaimNode, graph: ContentGraph, links: Links): WithContext<ClaimReview> | undefined {
  if (!isAssessed(claim.status)) return undefined;
  const firstReview = claim.assessment.find((step) => isAssessed(step.status))!;
  const claimant = graph.parties.get(claim.claimant);
  const date = claimDate(claim);
  const appearance = claim.sources.flatMap((id): CreativeWork[] => {
    const source = graph.sources.get(id);
    if (!source) return [];
    const { data } = source;
    return [
      {
        '@type': 'CreativeWork',
        name: data.title,
        ...(data.url ? { url: data.url } : {}),
        ...(data.publisher ? { publisher: { '@type': 'Organization', name: data.publisher } } : {}),
      },
    ];
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: links.claim(claim.id),
    claimReviewed: claim.statement,
    datePublished: firstReview.date,
    ...(claim.statusDate !== firstReview.date ? { dateModified: claim.statusDate } : {}),
    author: publisherJsonLd(links),
    reviewRating: {
      '@type': 'Rating',
      alternateName: STATUSES[claim.status].label,
      ratingExplanation: claim.rationale,
    },
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant ? { author: partyJsonLd(claimant, links) } : {}),
      ...(date ? { datePublished: date } : {}),
      appearance,
    },
  };
}
