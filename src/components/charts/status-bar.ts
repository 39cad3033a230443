/**
 * The numbers behind a status chart (StatusBar.astro): how many claims have each status, each one's share
 * in whole percents that add up to 100, and where its segment starts and ends on the bar. Pure, so that the
 * tests check the numbers rather than pixels.
 */
import { STATUS_IDS, STATUSES, type Status } from '../../schemas/status.ts';

export interface StatusSegment {
  status: Status;
  label: string;
  count: number;
  /** Whole percents, adding up to 100 over the segments (largest remainders), 0 when there is no claim. */
  percent: number;
  /** Start and width on the bar, in percent of its length, exact. */
  x: number;
  width: number;
}

export interface StatusChart {
  total: number;
  /** Every status in the vocabulary's order, those with no claim included (their width is 0). */
  segments: StatusSegment[];
  /** One sentence for the chart's title: "7 claims: 5 unverified, 2 disputed." */
  summary: string;
}

/** How many of `statuses` are each status. */
export function countStatuses(statuses: Iterable<Status>): Record<Status, number> {
  const counts = Object.fromEntries(STATUS_IDS.map((status) => [status, 0])) as Record<Status, number>;
  for (const status of statuses) counts[status]++;
  return counts;
}

/** The chart of `counts`; `what` names the claims in the summary ("claims made by Israel"). */
export function statusChart(counts: Record<Status, number>, what = 'claims'): StatusChart {
  const total = STATUS_IDS.reduce((sum, status) => sum + counts[status], 0);
  const percents = wholePercents(STATUS_IDS.map((status) => counts[status]), total);
  let x = 0;
  const segments = STATUS_IDS.map((status, i) => {
    const width = total === 0 ? 0 : (counts[status] / total) * 100;
    const segment = { status, label: STATUSES[status].label, count: counts[status], percent: percents[i]!, x, width };
    x += width;
    return segment;
  });
  const parts = segments.filter((segment) => segment.count > 0).map((segment) => `${segment.count} ${segment.label.toLowerCase()}`);
  const noun = `${total} ${total === 1 ? what.replace(/^claims\b/, 'claim') : what}`;
  return { total, segments, summary: total === 0 ? `No ${what}.` : `${noun}: ${parts.join(', ')}.` };
}

/** Percents rounded down, then the points left given to the largest remainders (ties to the first), so they add up to 100. */
function wholePercents(counts: number[], total: number): number[] {
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((count) => (count / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, remainder: value - floors[i]! })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (counts[i]! > 0) {
      floors[i]!++;
      left--;
    }
  }
  return floors;
}
