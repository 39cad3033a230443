/**
 * The two RSS feeds: articles with their corrections and updates (`/rss.xml`), and claim status changes
 * (`/claims/status-changes.xml`). Pure: the endpoints hand the options to `@astrojs/rss`. Each feed carries the
 * newest {@link FEED_LIMIT} items, in a fixed order, so a build is reproducible.
 *
 * Feed readers show an item's description (and many its title) as HTML, after the XML is decoded: every text
 * from the content is escaped as HTML here, and `@astrojs/rss` escapes the result as XML, so that
 * `<img onerror=…>` in a title reaches a reader as text. The check refuses control characters, which XML 1.0
 * cannot carry.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { SITE_NAME } from '../consts.ts';
import { STATUSES } from '../schemas/status.ts';
import { formatCalendarDate } from '../core/dates.ts';
import { claimHeadline } from '../core/claimant-label.ts';
import { claimantOf } from '../graph/claimant.ts';
import { escapeHtml, escapeHtmlText } from './escape-html.ts';
import type { ContentGraph } from '../graph/graph.ts';
import type { Links } from '../core/urls.ts';

/** Items per feed. */
export const FEED_LIMIT = 50;

/** A `YYYY-MM-DD` calendar date as midnight UTC, which feeds print as that same day whatever the time zone. */
export function feedDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

/** The fragment of a correction on its article page: `correction-1` for the first, oldest one. */
export const correctionAnchor = (index: number) => `correction-${index + 1}`;

/** The fragment of an assessment step on its claim page: `assessment-1` for the first, oldest one. */
export const assessmentAnchor = (index: number) => `assessment-${index + 1}`;

interface Dated {
  item: RSSFeedItem & { link: string };
  date: string;
}

/** Newest first; items of the same day by link, so the order never depends on the input's. */
function newest(items: Dated[], limit: number): RSSFeedItem[] {
  return items
    .sort((a, b) => (a.date === b.date ? (a.item.link < b.item.link ? -1 : 1) : a.date < b.date ? 1 : -1))
    .slice(0, limit)
    .map(({ item }) => item);
}

const KIND_LABEL = { correction: 'Correction', update: 'Update' } as const;

/**
 * One item per article (its dek, and its corrections and updates in the content), and one item per
 * correction or update, dated the day it was made and linked to it on the article page.
 */
export function articleFeedItems(graph: ContentGraph, links: Links, limit = FEED_LIMIT): RSSFeedItem[] {
  const items: Dated[] = [];
  for (const article of graph.articles.values()) {
    const { data } = article;
    const link = links.article(article.id);
    const log = data.corrections.map(
      (c) => `<li>${formatCalendarDate(c.date)}, ${KIND_LABEL[c.kind].toLowerCase()}: ${escapeHtml(c.text)}</li>`,
    );
    items.push({
      date: data.published,
      item: {
        title: escapeHtmlText(data.title),
        link,
        pubDate: feedDate(data.published),
        description: escapeHtml(data.dek),
        content: `<p>${escapeHtml(data.dek)}</p>${log.length ? `<h2>Corrections and updates</h2><ul>${log.join('')}</ul>` : ''}`,
        categories: data.tags.map(escapeHtmlText),
      },
    });
    data.corrections.forEach((c, index) => {
      items.push({
        date: c.date,
        item: {
          title: escapeHtmlText(`${KIND_LABEL[c.kind]}: ${data.title}`),
          link: `${link}#${correctionAnchor(index)}`,
          pubDate: feedDate(c.date),
          description: escapeHtml(c.text),
        },
      });
    });
  }
  return newest(items, limit);
}

/** One item per step of every claim's assessment: the first rating and each change after it. */
export function statusChangeItems(graph: ContentGraph, links: Links, limit = FEED_LIMIT): RSSFeedItem[] {
  const items: Dated[] = [];
  for (const claim of graph.claims.values()) {
    const claimant = claimantOf(graph, claim);
    claim.assessment.forEach((step, index) => {
      const label = STATUSES[step.status].label;
      const before = index > 0 ? claim.assessment[index - 1]!.status : undefined;
      const change = before === undefined ? `rated ${label}` : `now ${label}, was ${STATUSES[before].label}`;
      items.push({
        date: step.date,
        item: {
          title: escapeHtmlText(`Claim ${claimant.by} ${change}`),
          link: `${links.claim(claim.id)}#${assessmentAnchor(index)}`,
          pubDate: feedDate(step.date),
          description: escapeHtml(`${claim.statement} Status: ${label}. ${step.rationale}`),
          content:
            `<p>${escapeHtml(claimHeadline(claimant, claim.statement))}</p>` +
            `<p>Status on ${formatCalendarDate(step.date)}: <strong>${label}</strong>${before ? ` (was ${STATUSES[before].label})` : ''}. ${escapeHtml(step.rationale)}</p>`,
        },
      });
    });
  }
  return newest(items, limit);
}

/** The whole article feed, for `@astrojs/rss`. */
export function articleFeed(graph: ContentGraph, links: Links): RSSOptions {
  return {
    title: `${SITE_NAME}: articles`,
    description: 'New articles, and every correction and update to them, newest first.',
    site: links.site,
    items: articleFeedItems(graph, links),
    customData: '<language>en</language>',
    trailingSlash: true,
  };
}

/** The whole status-change feed, for `@astrojs/rss`. */
export function statusChangeFeed(graph: ContentGraph, links: Links): RSSOptions {
  return {
    title: `${SITE_NAME}: claim status changes`,
    description: 'Each time a claim is rated or its status changes, with the reason, newest first.',
    site: links.site,
    items: statusChangeItems(graph, links),
    customData: '<language>en</language>',
    trailingSlash: true,
  };
}
