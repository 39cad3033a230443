import { describe, expect, test } from 'vitest';
import { claimReviewJsonLd } from '../../../src/formats/jsonld/claim-review.ts';
import { fixtureGraph, links } from '../../fixtures/graph.ts';

describe('claimReviewJsonLd', () => {
  const graph = fixtureGraph();

  test('returns undefined for a claim that is only reported (unverified)', () => {
    expect(claimReviewJsonLd(graph.claims.get('talks-claim')!, graph, links)).toBeUndefined();
  });

  test('returns a ClaimReview with the verdict in words, the claimant, date and appearance', () => {
    expect(claimReviewJsonLd(graph.claims.get('naim-deal-claim')!, graph, links)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://news.example/pr-1/claims/naim-deal-claim/',
      claimReviewed: 'Witkoff promised an end to the blockade.',
      datePublished: '2025-05-20',
      author: { '@type': 'NewsMediaOrganization', name: 'Claim Desk', url: 'https://news.example/pr-1/' },
      reviewRating: { '@type': 'Rating', alternateName: 'Disputed', ratingExplanation: 'The White House denies <it>.' },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Basem Naim', url: 'https://news.example/pr-1/parties/basem-naim/' },
        datePublished: '2025-05-16',
        appearance: [
          {
            '@type': 'CreativeWork',
            name: 'Interview with Basem Naim',
            url: 'https://example.org/naim',
            publisher: { '@type': 'Organization', name: 'Drop Site News' },
          },
        ],
      },
    });
  });

  test('returns the claim date only to its precision: a year for a claim made in 2024', () => {
    const ld = claimReviewJsonLd(graph.claims.get('hamas-2024-claim')!, graph, links);
    expect(ld?.itemReviewed).toMatchObject({ '@type': 'Claim', datePublished: '2024' });
    expect(ld?.reviewRating).toMatchObject({ alternateName: 'Confirmed' });
  });
});
