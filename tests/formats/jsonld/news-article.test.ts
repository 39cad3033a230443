import { describe, expect, test } from 'vitest';
import { newsArticleJsonLd } from '../../../src/formats/jsonld/news-article.ts';
import { fixtureGraph, links } from '../../fixtures/graph.ts';

describe('newsArticleJsonLd', () => {
  const graph = fixtureGraph();

  test('returns an AnalysisNewsArticle for an analysis, with headline, dates, authors, publisher and dateline', () => {
    const ld = newsArticleJsonLd(graph.articles.get('naim-deal')!, links);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'AnalysisNewsArticle',
      url: 'https://news.example/pr-1/articles/naim-deal/',
      headline: 'Hamas official says <US> broke a promise',
      datePublished: '2025-05-17',
      dateModified: '2025-05-19',
      dateline: 'Doha',
      author: [
        { '@type': 'Person', name: 'Jane Doe' },
        { '@type': 'Organization', name: 'News desk' },
      ],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Claim Desk' },
    });
  });

  test('returns corrections as CorrectionComment, leaving updates to dateModified', () => {
    const ld = newsArticleJsonLd(graph.articles.get('naim-deal')!, links) as { correction?: unknown };
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', datePublished: '2025-05-18', text: 'An earlier version misspelt Naim.' }]);
  });

  test('returns a NewsArticle for a report, modified on its publication day when never changed', () => {
    const ld = newsArticleJsonLd(graph.articles.get('older-report')!, links) as unknown as Record<string, unknown>;
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.dateModified).toBe('2024-06-01');
    expect(ld).not.toHaveProperty('correction');
    expect(ld).not.toHaveProperty('dateline');
  });
});
