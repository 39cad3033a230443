/**
 * Splits a list that grows with the archive into numbered pages: page 1 at `path`, page n at
 * `path/page/n/` (`claims/`, `claims/page/2/`). Pure, free of Astro; pages build their URLs with `url()`.
 */

/** One page of a list. */
export interface Page<T> {
  /** The items on this page. */
  items: T[];
  /** 1-based. */
  number: number;
  /** The number of the last page (1 for an empty list). */
  last: number;
  /** How many items the whole list has. */
  total: number;
  /** 1-based position of the first item on this page in the whole list (0 for an empty list). */
  first: number;
}

/** How many pages of `size` a list of `total` items takes: at least 1, so an empty list still has its page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a whole number of at least 1, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` (1-based) of `items` in pages of `size`. Throws for a page past the last. */
export function paginate<T>(items: readonly T[], number: number, size: number): Page<T> {
  const last = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > last) throw new Error(`page ${number} does not exist; pages run from 1 to ${last}`);
  const start = (number - 1) * size;
  return { items: items.slice(start, start + size), number, last, total: items.length, first: items.length === 0 ? 0 : start + 1 };
}

/** The path of page `number` of the list at `path`: `path` itself for page 1, `path/page/n/` after it. */
export function pagePath(path: string, number: number): string {
  const dir = path === '' || path.endsWith('/') ? path : `${path}/`;
  return number === 1 ? dir : `${dir}page/${number}/`;
}

/** The numbers of the pages after the first (`[2, 3]` for 3 pages): the `page/n/` routes to generate. */
export function laterPages(total: number, size: number): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, i) => i + 2);
}

/**
 * The page links to show around page `current` of `last`: the first, the last, and `radius` either side of
 * the current one, with `'gap'` where numbers are left out. `pageWindow(7, 20)` is
 * `[1, 'gap', 5, 6, 7, 8, 9, 'gap', 20]`.
 */
export function pageWindow(current: number, last: number, radius = 2): (number | 'gap')[] {
  const shown = [1];
  for (let n = Math.max(2, current - radius); n <= Math.min(last - 1, current + radius); n++) shown.push(n);
  if (last > 1) shown.push(last);
  const out: (number | 'gap')[] = [];
  for (const n of shown) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n > previous + 1) out.push('gap');
    out.push(n);
  }
  return out;
}

/**
 * Whether a party's or a source's list of `length` items has a full list of its own: its owner's page shows
 * the first {@link PAGE_SIZES.preview} and links to the rest.
 */
export function hasFullList(length: number): boolean {
  return length > PAGE_SIZES.preview;
}

/**
 * The `page` route parameters of such a full list's pages, `undefined` for the first (`<list>/`), then
 * `page/2`, `page/3`...; none for a list its owner's page shows whole.
 */
export function fullListPages(length: number): (string | undefined)[] {
  if (!hasFullList(length)) return [];
  return Array.from({ length: pageCount(length, PAGE_SIZES.list) }, (_, i) => (i === 0 ? undefined : `page/${i + 1}`));
}

/** The page number a full list's `page` parameter names: 1 for none, n for `page/n`. */
export function fullListPageNumber(param: string | undefined): number {
  return param ? Number(param.slice('page/'.length)) : 1;
}

/** Page sizes of the site's split lists. */
export const PAGE_SIZES = {
  /** `/` and `/page/n/`: articles with their standfirst. */
  articles: 50,
  /** `/claims/` and `/claims/page/n/`. */
  claims: 100,
  /** `/parties/` and `/parties/page/n/`, A to Z. */
  parties: 100,
  /** `/sources/` and `/sources/page/n/`, A to Z. */
  sources: 100,
  /** A party's or a source's full lists, `/parties/<id>/<list>/`, `/sources/<id>/<list>/`. */
  list: 100,
  /** The most events a year's timeline page shows; a busier year's page is an overview of its months. */
  timelineYear: 200,
  /** A busy year's month, or its events dated to the year only: `/timeline/<year>/<month>/` and its pages. */
  timelinePart: 100,
  /** The newest events on `/timeline/`. */
  timelineRecent: 8,
  /** How many of each list a party's or a source's own page shows before linking to the full list. */
  preview: 10,
} as const;
