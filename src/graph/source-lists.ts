/**
 * What cites a source (claims, events it dates, articles that rely on it). A source's page shows the first
 * few of each and links to the full list, split into pages at `/sources/<id>/<list>/`: a wire service or an
 * official account is cited by more of the archive every year.
 */
import type { SourceNode } from './graph.ts';
import { sourcePath } from '../core/paths.ts';
import { pagePath } from './paginate.ts';

export const SOURCE_LISTS = ['claims', 'events', 'articles'] as const;

export type SourceList = (typeof SOURCE_LISTS)[number];

/** The ids in one of a source's lists, in the graph's order. */
export function sourceListIds(source: SourceNode, list: SourceList): string[] {
  return source[list];
}

/** The heading of a list: "Claims that cite Interview with Basem Naim". */
export function sourceListTitle(list: SourceList, title: string): string {
  switch (list) {
    case 'claims':
      return `Claims that cite ${title}`;
    case 'events':
      return `Events dated by ${title}`;
    case 'articles':
      return `Articles that rely on ${title}`;
  }
}

/** The path (under the site base) of page `number` of a source's full list: `sources/un-report/claims/page/2/`. */
export function sourceListPath(id: string, list: SourceList, number = 1): string {
  return pagePath(`${sourcePath(id)}${list}/`, number);
}
