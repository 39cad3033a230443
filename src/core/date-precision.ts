/**
 * How precise a date is, as the timeline draws it and says it: the shape of its marker (a day is a dot, a
 * month or a year a band over the period, a range a bar from start to end), whether it is approximate or
 * uncertain, and the same in words for screen readers and print.
 */
import { pointKey, precisionOf, type DatePoint, type EdtfValue } from './dates.ts';

export type MarkerShape = 'day' | 'month' | 'year' | 'range';

export interface DateMarker {
  shape: MarkerShape;
  /** `~` on any point: drawn dashed and faded. */
  approximate: boolean;
  /** `?` on any point: drawn hollow, with a question mark. */
  uncertain: boolean;
  /** The precision in words: "known to the month", "a range of 3 days, approximate". */
  words: string;
  /** The class names of the marker: `marker marker-month marker-approximate`. */
  classes: string;
}

const DAY = 86_400_000;

/** Days from the first day of `start` to the last day of `end`, both included (UTC arithmetic, no time zone). */
function daysSpanned(start: DatePoint, end: DatePoint): number {
  const time = (key: string) => Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
  return Math.round((time(pointKey(end, 'end')) - time(pointKey(start, 'start'))) / DAY) + 1;
}

/** The marker of a date: its shape, its qualifiers and its precision in words. */
export function dateMarker(value: EdtfValue): DateMarker {
  const points = [value.start, value.end].filter((point): point is DatePoint => point !== undefined);
  const approximate = points.some((point) => point.approximate);
  const uncertain = points.some((point) => point.uncertain);
  let shape: MarkerShape;
  let words: string;
  if (value.range) {
    shape = 'range';
    const { start, end } = value;
    if (start && end) {
      const days = daysSpanned(start, end);
      words = days <= 62 ? `a range of ${days} days` : start.year === end.year ? 'a range over months' : 'a range over years';
    } else {
      words = start ? 'a range with no known end' : 'a range with no known start';
    }
  } else {
    shape = value.start ? precisionOf(value.start) : 'year';
    words = { day: 'known to the day', month: 'known to the month, not the day', year: 'known to the year only' }[shape];
  }
  if (approximate) words += ', approximate';
  if (uncertain) words += ', uncertain';
  const classes = ['marker', `marker-${shape}`, ...(approximate ? ['marker-approximate'] : []), ...(uncertain ? ['marker-uncertain'] : [])].join(' ');
  return { shape, approximate, uncertain, words, classes };
}
