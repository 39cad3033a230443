/**
 * The id a title or a file name suggests: what `npm run new` names a new entry, and what the checker suggests
 * for a file whose name is not an id.
 */

/** `"Hamas official: US broke a promise"` -> `hamas-official-us-broke-a-promise`; accents dropped, at most 80 characters. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}
