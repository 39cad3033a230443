/**
 * Content that is legal but suspect: the checker and the build both report these as warnings, and
 * `check --strict` as errors. One definition, computed on the content graph:
 *
 * - a claim with no source;
 * - an event dated after the publication of an article that writes it;
 * - a source with a `url` but no `archived` copy (a source without a URL has nothing to archive);
 * - a claim never marked in its article's text with `:claim[…]{#id}`;
 * - a party no article refers to (computed only when every article could be read in full, since an
 *   article with errors may be the one that refers to it);
 * - an article whose `updated` day precedes its `published` day;
 * - a party with the name of another (case aside), named on the second with the first one's file;
 * - an article's `dek` or a party's `description` still the placeholder `npm run new` wrote.
 */
import { pointKey } from '../core/dates.ts';
import { PLACEHOLDERS, STILL_PLACEHOLDER } from '../core/placeholders.ts';
import type { ContentGraph, GraphProblem } from '../graph/graph.ts';

export interface WarningContext {
  /** For each article, the ids of the claims its body marks. Articles missing here mark none. */
  marked: ReadonlyMap<string, readonly string[]>;
  /** Articles whose data was repaired after schema errors: their dates may be stand-ins, so skip them. */
  partial?: ReadonlySet<string>;
  /** False when some article could not be read at all: who refers to which party is then unknown. */
  complete?: boolean;
}

export function contentWarnings(graph: ContentGraph, context: WarningContext): GraphProblem[] {
  const warnings: GraphProblem[] = [];
  for (const article of graph.articles.values()) {
    const at = (path: (string | number)[], message: string) =>
      warnings.push({ severity: 'warning', collection: 'articles', id: article.id, ...(article.file ? { file: article.file } : {}), path, message });
    const { data } = article;
    if (data.dek === PLACEHOLDERS.dek) at(['dek'], `${STILL_PLACEHOLDER}; write one or two sentences that sum up the story`);
    const dated = !context.partial?.has(article.id);
    if (dated && data.updated !== undefined && data.updated < data.published) {
      at(['updated'], `"${data.updated}" is before \`published\` ("${data.published}"); an update comes after publication, so fix one of the two dates`);
    }
    const marked = new Set(context.marked.get(article.id) ?? []);
    data.claims.forEach((claim, index) => {
      if (claim.sources.length === 0) {
        at(['claims', index, 'sources'], `claim "${claim.id}" has no source; add the id of the source where it was made or reported`);
      }
      if (!marked.has(claim.id)) {
        at(['claims', index, 'id'], `claim "${claim.id}" is never marked in the text; wrap the passage that reports it in :claim[…]{#${claim.id}}`);
      }
    });
    if (!dated) continue;
    data.events.forEach((event, index) => {
      const node = graph.events.get(event.id);
      const start = node?.when.start;
      if (!node || !start || node.date !== event.date) return;
      if (pointKey(start, 'start') > data.published) {
        at(['events', index, 'date'], `event "${event.id}" is dated "${event.date}", after the article was published ("${data.published}"); check the date`);
      }
    });
  }
  for (const source of graph.sources.values()) {
    if (source.data.url !== undefined && source.data.archived === undefined) {
      warnings.push({
        severity: 'warning',
        collection: 'sources',
        id: source.id,
        ...(source.file ? { file: source.file } : {}),
        path: ['url'],
        message: 'has no archived copy; add `archived:` with a web-archive link (such as https://web.archive.org/…) so readers can still check the source if the page changes or disappears',
      });
    }
  }
  for (const party of graph.parties.values()) {
    if (party.data.description !== PLACEHOLDERS.description) continue;
    warnings.push({
      severity: 'warning',
      collection: 'parties',
      id: party.id,
      ...(party.file ? { file: party.file } : {}),
      path: ['description'],
      message: `${STILL_PLACEHOLDER}; write one neutral line on who they are`,
    });
  }
  const named = new Map<string, { id: string; file?: string }>();
  // The first by id keeps the name; each other is warned, naming it.
  for (const party of [...graph.parties.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = party.data.name.normalize('NFC').toLocaleLowerCase('en');
    const first = named.get(key);
    if (!first) {
      named.set(key, party);
      continue;
    }
    warnings.push({
      severity: 'warning',
      collection: 'parties',
      id: party.id,
      ...(party.file ? { file: party.file } : {}),
      path: ['name'],
      message: `"${party.data.name}" is also the name of party "${first.id}" (${first.file ?? first.id}), and readers cannot tell the two apart; if they are one party, keep one file, otherwise make the names differ`,
    });
  }
  if (context.complete !== false) {
    for (const party of graph.parties.values()) {
      if (party.articles.length > 0 || party.members.length > 0) continue;
      warnings.push({
        severity: 'warning',
        collection: 'parties',
        id: party.id,
        ...(party.file ? { file: party.file } : {}),
        path: [],
        message: `no article refers to party "${party.id}"; refer to it from an article, or delete the file if it is not needed`,
      });
    }
  }
  return warnings;
}
