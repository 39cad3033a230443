/**
 * The JSON-LD of an article page: a `NewsArticle`, or an `AnalysisNewsArticle` for `kind: analysis`, with
 * headline, dates, authors, publisher, dateline and its corrections.
 */
import type { AnalysisNewsArticle, NewsArticle, WithContext } from 'schema-dts';
import type { ArticleNode } from '../../graph/graph.ts';
import type { Links } from '../../core/urls.ts';
import { bylineJsonLd, publisherJsonLd } from './parties.ts';

/** The newest of the publication day, the `updated` day and every correction or update. */
function lastModified(article: ArticleNode): string {
  const { data } = article;
  return [data.updated, ...data.corrections.map((c) => c.date)].reduce<string>(
    (latest, date) => (date !== undefined && date > latest ? date : latest),
    data.published,
  );
}

export function newsArticleJsonLd(article: ArticleNode, links: Links): WithContext<NewsArticle | AnalysisNewsArticle> {
  const { data } = article;
  const url = links.article(article.id);
  const corrections = data.corrections.filter((c) => c.kind === 'correction');
  const body: NewsArticle = {
    '@type': 'NewsArticle',
    '@id': url,
    url,
    mainEntityOfPage: url,
    headline: data.title,
    description: data.dek,
    datePublished: data.published,
    dateModified: lastModified(article),
    author: data.byline.map(bylineJsonLd),
    publisher: publisherJsonLd(links),
    inLanguage: data.language,
    isAccessibleForFree: true,
    ...(data.dateline ? { dateline: data.dateline } : {}),
    ...(data.tags.length > 0 ? { keywords: data.tags.join(', ') } : {}),
    ...(corrections.length > 0
      ? { correction: corrections.map((c) => ({ '@type': 'CorrectionComment' as const, datePublished: c.date, text: c.text })) }
      : {}),
  };
  return data.kind === 'analysis'
    ? { '@context': 'https://schema.org', ...body, '@type': 'AnalysisNewsArticle' }
    : { '@context': 'https://schema.org', ...body };
}
