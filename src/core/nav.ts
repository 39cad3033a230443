/**
 * The site's sections, as the header lists them, and which one a page belongs to, so that the header marks
 * it on every page of the section, not only on its index (`aria-current="page"` on the index itself,
 * `aria-current="true"` below it).
 */

export interface Section {
  label: string;
  /** The section's index, relative to the site's root: `claims/`; `''` for the home page. */
  path: string;
  /** Other paths of the section, relative to the root: the articles' `articles/` and `page/`. */
  also?: string[];
}

export const SECTIONS: Section[] = [
  { label: 'Articles', path: '', also: ['articles/', 'page/'] },
  { label: 'Timeline', path: 'timeline/' },
  { label: 'Claims', path: 'claims/' },
  { label: 'Parties', path: 'parties/' },
  { label: 'Sources', path: 'sources/' },
  { label: 'Search', path: 'search/' },
];

/**
 * `aria-current` for a section's link on the page at `path` (relative to the site's root, no leading slash):
 * `page` on the section's index, `true` on any other page of it, otherwise `undefined`.
 */
export function sectionCurrent(section: Section, path: string): 'page' | 'true' | undefined {
  if (path === section.path) return 'page';
  const prefixes = section.path === '' ? (section.also ?? []) : [section.path, ...(section.also ?? [])];
  return prefixes.some((prefix) => path.startsWith(prefix)) ? 'true' : undefined;
}
