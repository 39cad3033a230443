/**
 * The timeline's layout: events by year and month, and the pages that show them. A year of up to
 * {@link PAGE_SIZES.timelineYear} events is one page (`timeline/2024/`); a busier year's page is an overview of
 * its months, each month a list of its own (`timeline/2024/05/`, then `timeline/2024/05/page/2/`...), and its
 * events dated to the year only a list of their own too (`timeline/2024/year-only/`): "2024" is not January
 * 2024. Computed once per graph; every link to an event's place on the timeline comes from here.
 */
import type { EdtfValue } from '../core/dates.ts';
import { partSegment, timelinePath } from '../core/paths.ts';
import type { ContentGraph, EventNode } from './graph.ts';
import { pageCount, paginate, pagePath, PAGE_SIZES, type Page } from './paginate.ts';
import { recordingMap, recordRead, withoutReads } from './reads.ts';

export interface MonthGroup {
  /** 1-12, or undefined for events dated to the year only (or with an open start). */
  month?: number;
  events: EventNode[];
}

export interface YearGroup {
  year: number;
  /** Year-only events first, then the months that have events, in order. */
  months: MonthGroup[];
  /** How many events the year has. */
  count: number;
  /** More events than one page takes: the year's page is an overview of its months. */
  busy: boolean;
}

/** One page of a busy year's part: a month, or the events dated to the year only. */
export interface PartPage {
  year: number;
  /** The month, or undefined for the year-only events. */
  month?: number;
  /** The part's URL segment: `05`, or `year-only`. */
  part: string;
  page: Page<EventNode>;
  /** The page's path under the base: `timeline/2024/05/`, `timeline/2024/05/page/2/`. */
  path: string;
}

export interface TimelineLayout {
  /** Oldest first. */
  years: YearGroup[];
  byYear: Map<number, YearGroup>;
  /** Every page of the busy years' parts. */
  parts: PartPage[];
  /** The path (under the base) of the page that shows each event, by event id. */
  pathOf: Map<string, string>;
  /** The newest events, newest first, for the overview. */
  recent: EventNode[];
}

/**
 * Groups events (already in timeline order) by the year and month they start in. An open start (`../2024-06`)
 * is known to the year of its end at most, and sorts by that end: it joins the year's events under no month,
 * which come first.
 */
export function groupTimeline(events: Iterable<EventNode>, busyYear: number = PAGE_SIZES.timelineYear): YearGroup[] {
  const years: YearGroup[] = [];
  let months = new Map<number | undefined, MonthGroup>();
  const close = (year: YearGroup | undefined) => {
    if (year) year.months = [...months.values()].sort((a, b) => (a.month ?? 0) - (b.month ?? 0));
    months = new Map();
  };
  for (const event of events) {
    const point = event.when.start ?? event.when.end;
    if (!point) continue;
    let year = years.at(-1);
    if (year?.year !== point.year) {
      close(year);
      year = { year: point.year, months: [], count: 0, busy: false };
      years.push(year);
    }
    const monthOf = event.when.start ? point.month : undefined;
    let month = months.get(monthOf);
    if (!month) months.set(monthOf, (month = monthOf === undefined ? { events: [] } : { month: monthOf, events: [] }));
    month.events.push(event);
    year.count++;
  }
  close(years.at(-1));
  for (const year of years) year.busy = year.count > busyYear;
  return years;
}

/** The timeline's pages and each event's place, from events in timeline order. */
export function layoutTimeline(
  events: Iterable<EventNode>,
  sizes: { year: number; part: number; recent: number } = { year: PAGE_SIZES.timelineYear, part: PAGE_SIZES.timelinePart, recent: PAGE_SIZES.timelineRecent },
): TimelineLayout {
  const all = [...events];
  const years = groupTimeline(all, sizes.year);
  const parts: PartPage[] = [];
  const pathOf = new Map<string, string>();
  for (const year of years) {
    if (!year.busy) {
      for (const month of year.months) for (const event of month.events) pathOf.set(event.id, timelinePath(year.year));
      continue;
    }
    for (const month of year.months) {
      const root = timelinePath(year.year, month.month ?? 'year-only');
      for (let n = 1; n <= pageCount(month.events.length, sizes.part); n++) {
        const page = paginate(month.events, n, sizes.part);
        const path = pagePath(root, n);
        parts.push({ year: year.year, ...(month.month === undefined ? {} : { month: month.month }), part: partSegment(month.month), page, path });
        for (const event of page.items) pathOf.set(event.id, path);
      }
    }
  }
  const recent = all.filter((event) => pathOf.has(event.id)).slice(-sizes.recent).reverse();
  return { years, byYear: new Map(years.map((group) => [group.year, group])), parts, pathOf, recent };
}

const layouts = new WeakMap<ContentGraph, TimelineLayout>();

/**
 * The layout of a graph's timeline, made once per graph. For edit builds (`reads.ts`), a page that only links
 * an event to its place reads `timeline:<event id>`, that place; one that reads the years, months or pages
 * reads the whole layout ({@link LAYOUT_KEY}), and what it shows of each event.
 */
export function timelineOf(graph: ContentGraph): TimelineLayout {
  let layout = layouts.get(graph);
  if (!layout) layouts.set(graph, (layout = recordedLayout(withoutReads(() => layoutTimeline(graph.events.values())))));
  return layout;
}

/** For edit builds: the timeline's years, months, pages and the events on each (src/build/content-digests.ts). */
export const LAYOUT_KEY = 'layout:timeline';

function recordedLayout(layout: TimelineLayout): TimelineLayout {
  const every = <K extends keyof TimelineLayout>(key: K) => () => {
    recordRead(LAYOUT_KEY);
    return layout[key];
  };
  return {
    get years() {
      return every('years')();
    },
    get byYear() {
      return every('byYear')();
    },
    get parts() {
      return every('parts')();
    },
    get recent() {
      return every('recent')();
    },
    pathOf: recordingMap('timeline', 'timeline', layout.pathOf),
  };
}

/** Events of one date, as the timeline shows them under one heading. */
export interface DateGroup {
  when: EdtfValue;
  events: EventNode[];
}

/**
 * Groups events (in timeline order) that carry the same date, written the same way. Events that sort alike
 * (`2024-05` and `2024-05~` both from 1 May) may come interleaved, by id; each date still gets one group,
 * where its first event is.
 */
export function groupByDate(events: readonly EventNode[]): DateGroup[] {
  const groups: DateGroup[] = [];
  /** The groups of the events that sort as the current one. */
  let run = new Map<string, DateGroup>();
  let runKey: string | undefined;
  for (const event of events) {
    if (event.sortKey !== runKey) {
      run = new Map();
      runKey = event.sortKey;
    }
    const group = run.get(event.when.edtf);
    if (group) group.events.push(event);
    else {
      const created = { when: event.when, events: [event] };
      run.set(event.when.edtf, created);
      groups.push(created);
    }
  }
  return groups;
}

/** The ids of the articles that report any of `events`, each once, in the order first met. */
export function articlesOf(events: readonly EventNode[]): string[] {
  const seen = new Set<string>();
  for (const event of events) for (const id of event.articles) seen.add(id);
  return [...seen];
}
