/**
 * The paths of the site's pages, relative to its root and free of Astro and of the base: `claims/naim-deal/`.
 * The one place a page's address is spelled: `urls.ts` puts these under Astro's base for the pages, the
 * Markdown plugins join them to the base they are given, search records take them from the root.
 */

export const articlePath = (id: string) => `articles/${id}/`;
export const claimPath = (id: string) => `claims/${id}/`;
export const partyPath = (id: string) => `parties/${id}/`;
export const sourcePath = (id: string) => `sources/${id}/`;

/** The URL segment of a part of a busy timeline year: a month as two digits, or `year-only`. */
export const partSegment = (month: number | undefined) => (month === undefined ? 'year-only' : String(month).padStart(2, '0'));

/**
 * The timeline's overview (`timeline/`), a year's page (`timeline/2024/`) or a part of a busy year
 * (`timeline/2024/05/`, `timeline/2024/year-only/` for its events known to the year only).
 */
export function timelinePath(year?: number, month?: number | 'year-only'): string {
  if (year === undefined) return 'timeline/';
  return month === undefined ? `timeline/${year}/` : `timeline/${year}/${month === 'year-only' ? month : partSegment(month)}/`;
}
