/**
 * Groups timeline events by year and month. Events known only to the year come first in their year, under
 * no month: "2024" is not January 2024.
 */
import type { EventNode } from './graph.ts';

export interface MonthGroup {
  /** 1-12, or undefined for events dated to the year only. */
  month?: number;
  events: EventNode[];
}

export interface YearGroup {
  /** Undefined for events with an open start (`../2024`) that have no year to file under. */
  year: number;
  months: MonthGroup[];
}

/** Groups events (already in timeline order) by the year and month they start in. */
export function groupTimeline(events: Iterable<EventNode>): YearGroup[] {
  const years: YearGroup[] = [];
  for (const event of events) {
    const point = event.when.start ?? event.when.end;
    if (!point) continue;
    let year = years.at(-1);
    if (year?.year !== point.year) {
      year = { year: point.year, months: [] };
      years.push(year);
    }
    let month = year.months.at(-1);
    if (!month || month.month !== point.month) {
      month = point.month === undefined ? { events: [] } : { month: point.month, events: [] };
      year.months.push(month);
    }
    month.events.push(event);
  }
  return years;
}
