/**
 * Everything a build does with loaded content that can throw, in this process: the graph's lists, every
 * route's parameters and page data as the pages compute them (lists, pagination, dates, URLs, structured data),
 * every article text rendered, both feeds (parsed back as XML), the open data, the timeline, the search
 * records and plan. Throws on the first failure, saying where.
 */
import { getRssString } from '@astrojs/rss';
import { XMLValidator } from 'fast-xml-parser';
import { planSearchIndex } from '../../src/build/search-plan.ts';
import { formatCalendarDate, formatEdtf, formatPoint, parseEdtf, pointDatetime } from '../../src/core/dates.ts';
import { absoluteLinks, articleUrl, claimUrl, partyUrl, sourceUrl, timelineEventUrl } from '../../src/core/urls.ts';
import { articleFeed, statusChangeFeed } from '../../src/formats/feeds.ts';
import { claimReviewJsonLd } from '../../src/formats/jsonld/claim-review.ts';
import { newsArticleJsonLd } from '../../src/formats/jsonld/news-article.ts';
import { partyJsonLd } from '../../src/formats/jsonld/parties.ts';
import { jsonLdScriptText } from '../../src/formats/jsonld/serialize.ts';
import { openData } from '../../src/formats/open-data.ts';
import { articleSearchFields, articleSearchRecord, claimSearchRecords, partySearchRecords } from '../../src/formats/search-records.ts';
import { toTimelineJs } from '../../src/formats/timelinejs.ts';
import { claimFilters } from '../../src/graph/claim-filters.ts';
import type { ContentGraph } from '../../src/graph/graph.ts';
import { fullListPageNumber, laterPages, PAGE_SIZES, paginate } from '../../src/graph/paginate.ts';
import { fullList, fullListRoutes } from '../../src/graph/full-lists.ts';
import { groupTimeline, timelineOf } from '../../src/graph/timeline.ts';
import { createLookup } from '../../src/markdown/lookup.ts';
import { lookupFacts } from '../../src/graph/lookup-facts.ts';
import { bodyRenderer } from '../../src/query/render-article.ts';
import { contentText } from '../../src/core/content-text.ts';
import { OPEN_DATA_FILES, type OpenDataName } from '../../src/schemas/open-data.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const links = absoluteLinks('https://claimdesk.example/');

const step = <T>(where: string, run: () => T): T => {
  try {
    return run();
  } catch (error) {
    throw new Error(`${where}: ${(error as Error).message}`, { cause: error });
  }
};

export async function buildSteps(graph: ContentGraph, cwd: string): Promise<void> {
  // Route parameters: ids become path segments as they are.
  for (const map of [graph.articles, graph.claims, graph.parties, graph.sources, graph.events]) {
    for (const id of map.keys()) if (!ID.test(id)) throw new Error(`an id that is not a path segment reached the graph: ${JSON.stringify(id)}`);
  }
  const years = step('timeline', () => groupTimeline(graph.events.values()));
  const { pathOf } = step('timeline pages', () => timelineOf(graph));
  step('index pages', () => {
    const articles = [...graph.articles.values()];
    const claims = [...graph.claims.values()];
    for (const size of Object.values(PAGE_SIZES)) {
      for (const list of [articles, claims] as (readonly unknown[])[]) for (const number of [1, ...laterPages(list.length, size)]) paginate(list, number, size);
    }
    claimFilters(graph);
    for (const group of years) JSON.stringify(group);
  });
  for (const article of graph.articles.values()) {
    step(`article ${article.id}`, () => {
      articleUrl(article.id);
      formatCalendarDate(article.data.published);
      if (article.data.updated) formatCalendarDate(article.data.updated);
      for (const correction of article.data.corrections) formatCalendarDate(correction.date);
      jsonLdScriptText(newsArticleJsonLd(article, links));
    });
  }
  for (const claim of graph.claims.values()) {
    step(`claim ${claim.id}`, () => {
      claimUrl(claim.id);
      const when = parseEdtf(claim.date);
      formatEdtf(when);
      for (const point of [when.start, when.end]) if (point) (pointDatetime(point), formatPoint(point));
      for (const entry of claim.assessment) formatCalendarDate(entry.date);
      const review = claimReviewJsonLd(claim, graph, links);
      if (review) jsonLdScriptText(review);
    });
  }
  for (const event of graph.events.values()) {
    step(`event ${event.id}`, () => {
      formatEdtf(event.when);
      for (const point of [event.when.start, event.when.end]) if (point) (pointDatetime(point), formatPoint(point));
      timelineEventUrl(event.id, pathOf.get(event.id));
    });
  }
  for (const party of graph.parties.values()) {
    step(`party ${party.id}`, () => {
      partyUrl(party.id);
      JSON.stringify(partyJsonLd(party, links));
    });
  }
  for (const source of graph.sources.values()) {
    step(`source ${source.id}`, () => {
      sourceUrl(source.id);
    });
  }
  // The full lists' pages, as their route lists and shows them.
  step('full lists', () => {
    for (const { owner, id, list, page } of fullListRoutes(graph)) fullList(graph, owner, id, list, fullListPageNumber(page));
  });
  for (const name of Object.keys(OPEN_DATA_FILES) as OpenDataName[]) step(`open data ${name}`, () => JSON.stringify(openData(name, graph, links)));
  step('timeline data', () => JSON.stringify(toTimelineJs(graph, links)));
  step('search records', () => {
    partySearchRecords(graph);
    claimSearchRecords(graph);
    planSearchIndex(graph, 2000);
  });
  for (const [name, feed] of [['rss.xml', articleFeed], ['status-changes.xml', statusChangeFeed]] as const) {
    const xml = await getRssString(feed(graph, links));
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed XML: ${JSON.stringify(valid)}`);
  }
  const render = bodyRenderer({ lookup: createLookup(lookupFacts(graph)), base: '/' });
  for (const article of graph.articles.values()) {
    const text = contentText(readFileSync(path.resolve(cwd, article.file!)));
    const { text: words } = await render(text, article.file).catch((error: unknown) => {
      throw new Error(`article text ${article.file}: ${(error as Error).message}`, { cause: error });
    });
    articleSearchRecord(articleSearchFields(article), words);
  }
}
