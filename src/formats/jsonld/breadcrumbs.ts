/**
 * The JSON-LD of a page's breadcrumbs: a `BreadcrumbList` from the site's home to the page itself, each item
 * with its position, name and absolute URL, as the visible trail shows them.
 */
import type { BreadcrumbList, WithContext } from 'schema-dts';

/** One step of the trail: what it is called and its absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** The `BreadcrumbList` of a trail, the page itself last. */
export function breadcrumbsJsonLd(trail: Crumb[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
