/**
 * Joins a site path to Astro's `base` (`/`, `/pr-12/`, or `pr-12` as written in BASE_PATH):
 * `withBase('/pr-12/', 'claims/')` is `/pr-12/claims/`. Free of Astro, so the Markdown plugins build the same
 * URLs as the pages.
 */
export function withBase(base: string, path: string): string {
  return `${base.replace(/^\/*/, '/').replace(/\/*$/, '/')}${path.replace(/^\/+/, '')}`;
}
