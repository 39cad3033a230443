/**
 * The site's constants, in one place as Astro's blog example keeps them (`examples/blog/src/consts.ts`): its
 * name in titles, feeds, structured data and share cards, and its description for pages that have none of
 * their own. Imports nothing, so every layer may read it.
 */

/** The site's name: the last part of every page title, the feeds' titles, the publisher in structured data. */
export const SITE_NAME = 'Claim Desk';

/** The description of a page that has none of its own (search engines and link previews). */
export const SITE_DESCRIPTION = 'Claims, sources, parties and dated events behind the news, each attributed and assessed.';
