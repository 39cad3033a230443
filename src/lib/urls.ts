/**
 * Internal URLs, always under Astro's `base` so that a preview served at `/pr-12/` never links out of it.
 */
import { withBase } from './with-base.ts';

const BASE = import.meta.env.BASE_URL;

/** A path of this site, under the configured base. */
export const url = (path: string) => withBase(BASE, path);

export const articleUrl = (id: string) => url(`articles/${id}/`);
export const claimUrl = (id: string) => url(`claims/${id}/`);
export const partyUrl = (id: string) => url(`parties/${id}/`);
export const sourceUrl = (id: string) => url(`sources/${id}/`);
export const timelineUrl = (year?: number) => url(year === undefined ? 'timeline/' : `timeline/${year}/`);
