/**
 * The timeline in Knight Lab TimelineJS's JSON format (`/data/timeline.json`), so a newsroom can load it in
 * TimelineJS as it is. Dates carry only the precision the source gives: `2024` is `{ year: 2024 }`, never
 * 1 January. Text is escaped, since TimelineJS renders `text.text` as HTML.
 * Format: https://timeline.knightlab.com/docs/json-format.html
 */
import { SITE_NAME } from '../consts.ts';
import type { DatePoint } from '../core/dates.ts';
import { formatEdtf } from '../core/dates.ts';
import { escapeHtml } from './escape-html.ts';
import type { ContentGraph, EventNode } from '../graph/graph.ts';
import type { Links } from '../core/urls.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
  /** How TimelineJS should print the date, where the numbers alone would lose "c." or "(uncertain)". */
  display_date?: string;
}

export interface TimelineSlide {
  unique_id: string;
  start_date: TimelineDate;
  end_date?: TimelineDate;
  /** The whole date in words, for approximate, uncertain and open-ended dates. */
  display_date?: string;
  text: { headline: string; text: string };
  /** The row TimelineJS files the event under: the first party involved. */
  group?: string;
}

export interface TimelineJs {
  title: { text: { headline: string; text: string } };
  events: TimelineSlide[];
}

function timelineDate(point: DatePoint): TimelineDate {
  const date: TimelineDate = { year: point.year };
  if (point.month !== undefined) date.month = point.month;
  if (point.day !== undefined) date.day = point.day;
  return date;
}

function slide(event: EventNode, graph: ContentGraph, links: Links): TimelineSlide | undefined {
  const { start, end, range } = event.when;
  const first = start ?? end;
  if (!first) return undefined;
  const out: TimelineSlide = {
    unique_id: event.id,
    start_date: timelineDate(first),
    text: { headline: escapeHtml(event.title), text: slideText(event, graph, links) },
  };
  if (range && start && end) out.end_date = timelineDate(end);
  const vague = [start, end].some((p) => p && (p.approximate || p.uncertain));
  if (vague || (range && !(start && end))) out.display_date = formatEdtf(event.when);
  const party = graph.parties.get(event.parties[0] ?? '');
  if (party) out.group = party.data.name;
  return out;
}

function slideText(event: EventNode, graph: ContentGraph, links: Links): string {
  const parts: string[] = [];
  if (event.description) parts.push(`<p>${escapeHtml(event.description)}</p>`);
  const articles = event.articles.flatMap((id) => {
    const article = graph.articles.get(id);
    return article ? [`<a href="${escapeHtml(links.article(id))}">${escapeHtml(article.data.title)}</a>`] : [];
  });
  if (articles.length > 0) parts.push(`<p>Reported in ${articles.join('; ')}.</p>`);
  return parts.join('');
}

/** Every event of the graph with a date to place it, oldest first (the graph's order). */
export function toTimelineJs(graph: ContentGraph, links: Links, siteName = SITE_NAME): TimelineJs {
  const events: TimelineSlide[] = [];
  for (const event of graph.events.values()) {
    const s = slide(event, graph, links);
    if (s) events.push(s);
  }
  return {
    title: {
      text: {
        headline: `${escapeHtml(siteName)}: timeline`,
        text: `<p>Every dated event behind the articles of <a href="${escapeHtml(links.site)}">${escapeHtml(siteName)}</a>, each dated as precisely as its sources allow.</p>`,
      },
    },
    events,
  };
}
