/**
 * Internal URLs, always under Astro's `base` so that a preview served at `/pr-12/` never links out of it.
 */
const BASE = import.meta.env.BASE_URL;

/** Joins `path` to a base such as `/` or `/pr-12/`: `withBase('/pr-12/', 'claims/')` is `/pr-12/claims/`. */
export function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`;
}

/** A path of this site, under the configured base. */
export const url = (path: string) => withBase(BASE, path);

export const articleUrl = (id: string) => url(`articles/${id}/`);
export const claimUrl = (id: string) => url(`claims/${id}/`);
export const partyUrl = (id: string) => url(`parties/${id}/`);
export const sourceUrl = (id: string) => url(`sources/${id}/`);
export const timelineUrl = (year?: number) => url(year === undefined ? 'timeline/' : `timeline/${year}/`);
/** An event's entry on the timeline (`id="event-<id>"` there). */
export const timelineEventUrl = (id: string) => `${timelineUrl()}#event-${id}`;
