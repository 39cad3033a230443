/**
 * Internal URLs, always under Astro's `base` so that a preview served at `/pr-12/` never links out of it.
 */
import { articlePath, claimPath, partyPath, sourcePath, timelinePath } from './paths.ts';
import { withBase } from './with-base.ts';

/** The base, normalised once (`/pr-12/`): pages call `url` for every link, so it does no more than join. */
const ROOT = withBase(import.meta.env.BASE_URL, '');

/** A path of this site, under the configured base. */
export const url = (path: string) => (path.charCodeAt(0) === 47 /* '/' */ ? withBase(ROOT, path) : ROOT + path);

export const articleUrl = (id: string) => url(articlePath(id));
export const claimUrl = (id: string) => url(claimPath(id));
export const partyUrl = (id: string) => url(partyPath(id));
export const sourceUrl = (id: string) => url(sourcePath(id));
export const timelineUrl = (year?: number) => url(timelinePath(year));
/**
 * An event's entry (`id="event-<id>"`) on the timeline page at `path` (under the base: `timeline/2024/`,
 * `timeline/2024/05/page/2/`), the page the timeline's layout puts it on; the overview without one.
 */
export const timelineEventUrl = (id: string, path = 'timeline/') => `${url(path)}#event-${id}`;

/** Absolute URLs, for feeds, structured data and open data, which leave the site and need its origin. */
export interface Links {
  /** The site's root under its base: `https://claimdesk.example/` or `https://x.example/pr-12/`. */
  site: string;
  article(id: string): string;
  claim(id: string): string;
  party(id: string): string;
  source(id: string): string;
  /** Any other path of the site, relative to its root: `page('data/claims.json')`. */
  page(path: string): string;
}

/** {@link Links} for this build, on the origin `site` (Astro's `site` setting). */
export function absoluteLinks(site: URL | string | undefined): Links {
  const origin = site ?? 'http://localhost:4321/';
  const abs = (path: string) => new URL(path, origin).href;
  return {
    site: abs(url('')),
    article: (id) => abs(articleUrl(id)),
    claim: (id) => abs(claimUrl(id)),
    party: (id) => abs(partyUrl(id)),
    source: (id) => abs(sourceUrl(id)),
    page: (path) => abs(url(path)),
  };
}
