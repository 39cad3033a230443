/**
 * A party or source written by its name where its id belongs (`claimant: Steve Witkoff`) fails the id rule
 * before any reference is looked up. Once the content is read, such a problem gets the matching id offered:
 * the party whose name or alias it is, or the source whose title it is, or the id the words make
 * (`Steve Witkoff` → `steve-witkoff`) when there is one.
 */
import { slugify } from '../core/slugify.ts';
import type { ContentGraph } from '../graph/graph.ts';

/** The id rule's message with the value written (`src/schemas/common.ts`): `… (got "Steve Witkoff")`. */
const NOT_AN_ID = /^must be lower-case letters, digits and single hyphens.* \(got "(.+)"\)$/;

/** The fields that name a party or a source, by the last keys of their path. */
function referenceKind(path: readonly (string | number)[]): 'party' | 'source' | undefined {
  const keys = path.filter((key): key is string => typeof key === 'string');
  const field = keys.at(-1);
  if (field === 'claimant' || field === 'about' || field === 'party' || (field === 'parties' && keys.length <= 2)) return 'party';
  if (field === 'sources') return 'source';
  return undefined;
}

const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();

/** The id that `written` names in `graph`, by name, alias or title, or as the id its words make. */
export function idForName(graph: ContentGraph, kind: 'party' | 'source', written: string): string | undefined {
  const wanted = folded(written);
  if (kind === 'party') {
    for (const [id, party] of graph.parties) {
      if (folded(party.data.name) === wanted || party.data.aliases.some((alias) => folded(alias) === wanted)) return id;
    }
  } else {
    for (const [id, source] of graph.sources) if (folded(source.data.title) === wanted) return id;
  }
  const slug = slugify(written);
  return slug && (kind === 'party' ? graph.parties : graph.sources).has(slug) ? slug : undefined;
}

/** The message of `problem` with the matching id offered, or the message as it was. */
export function withNameHint(graph: ContentGraph, problem: { path: readonly (string | number)[]; message: string }): string {
  const written = NOT_AN_ID.exec(problem.message)?.[1];
  const kind = written === undefined ? undefined : referenceKind(problem.path);
  if (!written || !kind) return problem.message;
  const id = idForName(graph, kind, written.replaceAll('\\"', '"'));
  return id ? `${problem.message}; did you mean "${id}"?` : problem.message;
}
