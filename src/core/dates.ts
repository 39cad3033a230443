/**
 * Calendar dates and EDTF (Extended Date/Time Format, ISO 8601-2) dates.
 *
 * Everything here works on the numbers written in the content, never on a JavaScript `Date`, so no time
 * zone can move a date: `2024-04-19` is 19 April 2024 wherever the build or the reader runs.
 *
 * Over 200 lines: parsing, checking, sorting and printing dates are one concept, and every one of them
 * reads the same `DatePoint`; split, each file would import all the others.
 */
import { parse as parseEdtfSyntax } from 'edtf';
import { isoDateFromWords } from './date-in-words.ts';

/** One point in an EDTF value: as precise as the source allows and no more. */
export interface DatePoint {
  year: number;
  /** 1-12, absent for a year. */
  month?: number;
  /** 1-31, absent for a month or a year. */
  day?: number;
  /** `~`: the source gives the date as approximate ("around May 2025"). */
  approximate: boolean;
  /** `?`: the source is unsure of the date. */
  uncertain: boolean;
}

/** A parsed EDTF value: a single date, or a range whose ends may be open (`../2024`). */
export interface EdtfValue {
  edtf: string;
  start?: DatePoint;
  end?: DatePoint;
  /** True for `a/b` ranges. */
  range: boolean;
}

export type Precision = 'year' | 'month' | 'day';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a `YYYY-MM-DD` calendar date. Returns a reason when it is not one (`2025-02-30` has no such day),
 * or `undefined` when it is valid.
 */
export function calendarDateProblem(value: string): string | undefined {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return 'is not a calendar date in the form YYYY-MM-DD';
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return `has no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`;
  return undefined;
}

interface SyntaxDate {
  type: string;
  values: number[];
  approximate?: boolean;
  uncertain?: boolean;
  unspecified?: number;
  offset?: number;
}

function toPoint(node: SyntaxDate | number | null | undefined, edtf: string): DatePoint | undefined {
  // An open end (`../2024`) comes back as Infinity, an unknown one (`/2024`) as null.
  if (node == null || typeof node === 'number') return undefined;
  if (node.type !== 'Date') throw new Error(`\`${edtf}\` uses an EDTF feature this site does not support (${node.type})`);
  if (node.unspecified) throw new Error(`\`${edtf}\` has unspecified digits (X); write the known part only, e.g. \`1990\` for a year`);
  if (node.values.length > 3 || node.offset !== undefined) {
    throw new Error(`\`${edtf}\` has a time of day; events are dated by calendar day, so drop the time`);
  }
  const [year, month0, day] = node.values as [number, number?, number?];
  const point: DatePoint = { year, approximate: Boolean(node.approximate), uncertain: Boolean(node.uncertain) };
  if (month0 !== undefined) point.month = month0 + 1;
  if (day !== undefined) {
    // The parser checks days against 31 only; the calendar decides (2023 has no 29 February).
    const problem = calendarDateProblem(pointDatetime({ ...point, day }));
    if (problem) throw new Error(`\`${edtf}\` ${problem}`);
    point.day = day;
  }
  return point;
}

/**
 * Parses an EDTF string (`2024`, `2024-04`, `2024-04-19`, `2025-05~`, `2025-05-12?`, `2024-04-19/2024-04-21`,
 * `../2024`). Throws an `Error` whose message says what is wrong when the value is not a supported EDTF date.
 */
export function parseEdtf(edtf: string): EdtfValue {
  return parseSimpleEdtf(edtf) ?? parseFullEdtf(edtf);
}

const SIMPLE_POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

/** The everyday forms (`2024`, `2024-04`, `2024-04-19`, each with `~`, `?` or `%`), without the full grammar. */
function simplePoint(text: string): DatePoint | undefined {
  const match = SIMPLE_POINT.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return undefined;
  const qualifier = match[4];
  const point: DatePoint = { year, approximate: qualifier === '~' || qualifier === '%', uncertain: qualifier === '?' || qualifier === '%' };
  if (month !== undefined) point.month = month;
  if (day !== undefined) point.day = day;
  return point;
}

/**
 * The full EDTF parser costs about 70 µs a date, too slow for 10,000 articles; the forms editors write
 * almost always are parsed here instead, with the same result. Anything else returns `undefined`.
 */
function parseSimpleEdtf(edtf: string): EdtfValue | undefined {
  const slash = edtf.indexOf('/');
  if (slash === -1) {
    const start = simplePoint(edtf);
    return start && { edtf, start, range: false };
  }
  const start = simplePoint(edtf.slice(0, slash));
  const end = simplePoint(edtf.slice(slash + 1));
  if (!start || !end || pointKey(start, 'start') > pointKey(end, 'start')) return undefined;
  return { edtf, start, end, range: true };
}

function parseFullEdtf(edtf: string): EdtfValue {
  let node: { type: string; values: unknown[] };
  try {
    node = parseEdtfSyntax(edtf) as { type: string; values: unknown[] };
  } catch {
    const calendar = /^\d{4}-\d{2}-\d{2}$/.test(edtf) ? calendarDateProblem(edtf) : undefined;
    const iso = calendar ? undefined : isoDateFromWords(edtf);
    throw new Error(
      calendar
        ? `\`${edtf}\` ${calendar}`
        : iso
          ? `\`${edtf}\` is not an EDTF date; write it as \`${iso}\``
          : `\`${edtf}\` is not an EDTF date; write \`2024\`, \`2024-04\`, \`2024-04-19\`, \`2025-05~\` (approximate), \`2025-05-12?\` (uncertain) or \`2024-04-19/2024-04-21\` (a range)`,
    );
  }
  if (node.type === 'Interval') {
    const [a, b] = node.values as [SyntaxDate | number | null, SyntaxDate | number | null];
    const start = toPoint(a, edtf);
    const end = toPoint(b, edtf);
    if (start && end && pointKey(start, 'start') > pointKey(end, 'start')) {
      throw new Error(`\`${edtf}\` is a range that ends before it starts; put the earlier date first`);
    }
    if (!start && !end) throw new Error(`\`${edtf}\` is a range with neither a start nor an end; write at least one date, such as \`2024/..\` or \`../2024\``);
    const value: EdtfValue = { edtf, range: true };
    if (start) value.start = start;
    if (end) value.end = end;
    return value;
  }
  const start = toPoint(node as SyntaxDate, edtf);
  if (!start) throw new Error(`\`${edtf}\` names no date; write one such as \`2024\`, \`2024-04\` or \`2024-04-19\``);
  return { edtf, start, range: false };
}

/** The precision of one point. */
export function precisionOf(point: DatePoint): Precision {
  return point.day !== undefined ? 'day' : point.month !== undefined ? 'month' : 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A sortable `YYYY-MM-DD` key for a point: its first day (`side: 'start'`) or its last (`side: 'end'`).
 * `2024-04` sorts as `2024-04-01` from the start and `2024-04-30` from the end.
 */
export function pointKey(point: DatePoint, side: 'start' | 'end'): string {
  const month = point.month ?? (side === 'start' ? 1 : 12);
  const day = point.day ?? (side === 'start' ? 1 : daysInMonth(point.year, month));
  return `${pad(point.year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The key a value sorts by in a timeline: the first day it may mean. Open starts sort first. */
export function sortKey(value: EdtfValue): string {
  if (value.start) return pointKey(value.start, 'start');
  return value.end ? pointKey(value.end, 'start') : '0000-00-00';
}

/** The ISO value for `<time datetime>`: `2024`, `2024-04` or `2024-04-19`, as precise as the point. */
export function pointDatetime(point: DatePoint): string {
  let out = pad(point.year, 4);
  if (point.month !== undefined) out += `-${pad(point.month)}`;
  if (point.day !== undefined) out += `-${pad(point.day)}`;
  return out;
}

/** "2024", "April 2024", "19 April 2024", with "c." for approximate and "(uncertain)" for uncertain. */
export function formatPoint(point: DatePoint): string {
  let text = String(point.year);
  if (point.month !== undefined) text = `${MONTHS[point.month - 1]} ${text}`;
  if (point.day !== undefined) text = `${point.day} ${text}`;
  if (point.approximate) text = `c. ${text}`;
  if (point.uncertain) text = `${text} (uncertain)`;
  return text;
}

/** A whole EDTF value in words: single dates as {@link formatPoint}, ranges as "19–21 April 2024" or "2024 – 2025". */
export function formatEdtf(value: EdtfValue): string {
  const { start, end } = value;
  if (!value.range) return start ? formatPoint(start) : value.edtf;
  if (!start && end) return `until ${formatPoint(end)}`;
  if (start && !end) return `from ${formatPoint(start)}`;
  if (!start || !end) return value.edtf;
  const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
  if (plain && start.day !== undefined && end.day !== undefined && start.year === end.year && start.month === end.month) {
    return `${start.day}–${end.day} ${MONTHS[end.month! - 1]} ${end.year}`;
  }
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}

/** A `YYYY-MM-DD` calendar date in words: "17 May 2025". */
export function formatCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** The name of a month, 1-12. */
export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}
