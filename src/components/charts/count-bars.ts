/**
 * The numbers of a bar chart of counts (events a year, events a month): each bar's length as a share of the
 * longest, drawn to scale, and its words, the chart's text equivalent. Pure; `CountBars.astro` draws it.
 */

export interface CountBar {
  /** What the bar counts: "2024", "May". */
  label: string;
  /** A shorter label for a narrow column ("May" for "May 2024"); the full label stays for screen readers. */
  short?: string;
  count: number;
  /** Where the bar leads, if anywhere (a bar of 0 leads nowhere). */
  href?: string;
}

export interface DrawnBar extends CountBar {
  /** Length in percent of the chart's width: the longest bar is 100, a bar of 0 is 0, any other at least 1. */
  length: number;
  /** The count in words: "1,204 events". */
  words: string;
}

const numbers = new Intl.NumberFormat('en');

/**
 * Scales `bars` to the longest one. `unit` names one counted thing and several: `['event', 'events']`.
 * Lengths are rounded to tenths of a percent, so the drawing is exact to the pixel at any width a page has.
 */
export function drawBars(bars: readonly CountBar[], unit: readonly [one: string, other: string]): DrawnBar[] {
  const longest = Math.max(0, ...bars.map((bar) => bar.count));
  return bars.map((bar) => {
    if (!Number.isInteger(bar.count) || bar.count < 0) throw new Error(`a bar counts whole things, not ${bar.count} (${bar.label})`);
    const length = bar.count === 0 ? 0 : Math.max(1, Math.round((bar.count / longest) * 1000) / 10);
    const drawn: DrawnBar = { label: bar.label, count: bar.count, length, words: `${numbers.format(bar.count)} ${bar.count === 1 ? unit[0] : unit[1]}` };
    if (bar.short !== undefined) drawn.short = bar.short;
    if (bar.href !== undefined && bar.count > 0) drawn.href = bar.href;
    return drawn;
  });
}
