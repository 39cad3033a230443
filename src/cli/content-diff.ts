/**
 * What a change to the content does, for a reviewer: two content graphs in, a structured diff out. Pure
 * and free of git and Astro; `src/cli/diff.ts` loads the two sides and `content-diff-markdown.ts` renders
 * the result.
 *
 * Over 200 lines: one comparison, kind by kind (articles, claims, events, parties, sources), on the same two
 * snapshots and the same rules for what a broken file hides.
 */
import type { Assessment } from '../schemas/claim.ts';
import type { Status } from '../schemas/status.ts';
import type { ClaimNode, ContentGraph, PartyNode, SourceNode } from '../graph/graph.ts';
import { claimantOf } from '../graph/claimant.ts';

/** One side of the comparison: the graph, the article bodies (by article id) and how many errors it has. */
export interface ContentSnapshot {
  graph: ContentGraph;
  /** The Markdown text of each article: an edit to the text changes the article even when its fields do not. */
  bodies: ReadonlyMap<string, string>;
  /** Content errors on this side. */
  errors: number;
  /**
   * Entries whose file exists but could not be loaded (`articles/<id>`, `parties/<id>`, `sources/<id>`):
   * missing from the graph because of their errors, so not reported as added or removed.
   */
  unreadable: ReadonlySet<string>;
}

export interface ArticleRef {
  id: string;
  title: string;
}

/** A changed text field, old and new: a title, a dek, a statement, a quote, a name. */
export interface TextEdit {
  field: string;
  /** `''` when the field was not there. */
  from: string;
  to: string;
}

export interface ArticleChange extends ArticleRef {
  /** Frontmatter fields that differ (`title`, `claims`…), then `text` when the body differs. */
  fields: string[];
  /** The old and new `title` and `dek`, where they changed. */
  edits: TextEdit[];
}

export interface ClaimRef {
  id: string;
  /** The claimant's name (their id when the party is unknown). */
  claimant: string;
  statement: string;
  status: Status;
  article: string;
}

export interface ClaimChange extends ClaimRef {
  /** Claim fields that differ, besides a status change (listed in `statusChanges`); `article` when it moved. */
  fields: string[];
  /** The old and new `statement` and `quote`, where they changed. */
  edits: TextEdit[];
}

/** One change of a claim's status, with the assessment entry that made it. */
export interface StatusChange extends ClaimRef {
  from: Status;
  to: Status;
  /** The day of the new status. */
  date: string;
  rationale: string;
}

export interface EventRef {
  id: string;
  title: string;
  /** EDTF. */
  date: string;
}

export interface EventRedated {
  id: string;
  title: string;
  from: string;
  to: string;
}

export interface EntityRef {
  id: string;
  name: string;
}

export interface EntityChange extends EntityRef {
  /** The fields that differ (`name`, `kind`, `url`…). */
  fields: string[];
  /** The old and new texts (a party's `name` and `description`; a source's `title`, `publisher` and `note`). */
  edits: TextEdit[];
}

/** A party or source whose file was renamed (a new id) with nothing else changed. */
export interface EntityRename {
  from: string;
  to: string;
  name: string;
}

export interface Changes<T> {
  added: T[];
  removed: T[];
}

export type EntityChanges = Changes<EntityRef> & { changed: EntityChange[]; renamed: EntityRename[] };

export interface ContentDiff {
  articles: Changes<ArticleRef> & { changed: ArticleChange[] };
  claims: Changes<ClaimRef> & { changed: ClaimChange[] };
  /** Every status change, claim by claim (in the head's claim order), oldest step first. */
  statusChanges: StatusChange[];
  events: Changes<EventRef> & { redated: EventRedated[] };
  parties: EntityChanges;
  sources: EntityChanges;
  /** Content errors on each side. */
  errors: { base: number; head: number };
  /** Entries left out of the comparison on each side because of their errors (`articles/<id>`…), sorted. */
  unreadable: { base: string[]; head: string[] };
}

/**
 * Compares `base` with `head`. Lists keep each graph's own order (articles newest first, events oldest
 * first, parties by name): added and changed in the head's order, removed in the base's.
 */
export function diffContent(base: ContentSnapshot, head: ContentSnapshot): ContentDiff {
  const b = base.graph;
  const h = head.graph;
  const claimRef = (graph: ContentGraph, claim: ClaimNode): ClaimRef => ({
    id: claim.id,
    claimant: claimantOf(graph, claim).name,
    statement: claim.statement,
    status: claim.status,
    article: claim.article,
  });

  // An entry missing from one side because its file has errors is neither added nor removed.
  const brokenBefore = (key: string) => base.unreadable.has(key);
  const brokenAfter = (key: string) => head.unreadable.has(key);

  const articles: ContentDiff['articles'] = { added: [], removed: [], changed: [] };
  for (const [id, after] of h.articles) {
    const before = b.articles.get(id);
    const ref = { id, title: after.data.title };
    if (!before) {
      if (!brokenBefore(`articles/${id}`)) articles.added.push(ref);
      continue;
    }
    const fields = differingFields(before.data, after.data);
    if (base.bodies.get(id) !== head.bodies.get(id)) fields.push('text');
    if (fields.length > 0) articles.changed.push({ ...ref, fields, edits: textEdits(before.data, after.data, fields, ['title', 'dek']) });
  }
  for (const [id, before] of b.articles) {
    if (!h.articles.has(id) && !brokenAfter(`articles/${id}`)) articles.removed.push({ id, title: before.data.title });
  }

  const claims: ContentDiff['claims'] = { added: [], removed: [], changed: [] };
  const statusChanges: StatusChange[] = [];
  for (const [id, after] of h.claims) {
    const before = b.claims.get(id);
    if (!before) {
      if (!brokenBefore(`articles/${after.article}`)) claims.added.push(claimRef(h, after));
      continue;
    }
    const steps = statusSteps(before, after).map((step) => ({ ...claimRef(h, after), ...step }));
    statusChanges.push(...steps);
    const fields = differingFields(claimFields(before), claimFields(after)).filter((field) => field !== 'assessment' || steps.length === 0);
    if (fields.length > 0) claims.changed.push({ ...claimRef(h, after), fields, edits: textEdits(before, after, fields, ['statement', 'quote']) });
  }
  for (const [id, before] of b.claims) {
    if (!h.claims.has(id) && !brokenAfter(`articles/${before.article}`)) claims.removed.push(claimRef(b, before));
  }

  const events: ContentDiff['events'] = { added: [], removed: [], redated: [] };
  for (const [id, after] of h.events) {
    const before = b.events.get(id);
    if (!before) {
      if (!after.articles.every((article) => brokenBefore(`articles/${article}`))) events.added.push({ id, title: after.title, date: after.date });
    } else if (before.date !== after.date) events.redated.push({ id, title: after.title, from: before.date, to: after.date });
  }
  for (const [id, before] of b.events) {
    if (h.events.has(id) || before.articles.every((article) => brokenAfter(`articles/${article}`))) continue;
    events.removed.push({ id, title: before.title, date: before.date });
  }

  return {
    articles,
    claims,
    statusChanges,
    events,
    parties: entityChanges<PartyNode>(base, head, 'parties', (party) => party.data.name, ['name', 'description']),
    sources: entityChanges<SourceNode>(base, head, 'sources', (source) => source.data.title, ['title', 'publisher', 'note']),
    errors: { base: base.errors, head: head.errors },
    unreadable: { base: [...base.unreadable].sort(), head: [...head.unreadable].sort() },
  };
}

/** True when the diff has nothing to show (errors aside). */
export function isEmptyDiff(diff: ContentDiff): boolean {
  const { articles, claims, events, parties, sources, statusChanges } = diff;
  return [
    articles.added, articles.changed, articles.removed, claims.added, claims.changed, claims.removed, statusChanges,
    events.added, events.redated, events.removed, parties.added, parties.changed, parties.renamed, parties.removed,
    sources.added, sources.changed, sources.renamed, sources.removed,
  ].every((list) => list.length === 0);
}

/**
 * The status steps from `before` to `after`: each entry appended after the newest entry the base already
 * had, where the status changes. When the history was rewritten instead (an entry removed or edited), one
 * step from the old current status to the new one, with the new rationale.
 */
function statusSteps(before: ClaimNode, after: ClaimNode): Pick<StatusChange, 'from' | 'to' | 'date' | 'rationale'>[] {
  const newestBefore = entryKey(before.assessment.at(-1)!);
  const kept = after.assessment.findLastIndex((entry) => entryKey(entry) === newestBefore);
  const steps: Pick<StatusChange, 'from' | 'to' | 'date' | 'rationale'>[] = [];
  if (kept >= 0) {
    let from = before.status;
    for (const entry of after.assessment.slice(kept + 1)) {
      if (entry.status !== from) steps.push({ from, to: entry.status, date: entry.date, rationale: entry.rationale });
      from = entry.status;
    }
  } else if (before.status !== after.status) {
    steps.push({ from: before.status, to: after.status, date: after.statusDate, rationale: after.rationale });
  }
  return steps;
}

const entryKey = (entry: Assessment) => stableJson(entry);

/** The fields an editor writes for a claim, and the article that holds it. */
function claimFields(claim: ClaimNode): Record<string, unknown> {
  const { status: _status, statusDate: _statusDate, rationale: _rationale, when: _when, incoming: _incoming, ...fields } = claim;
  return fields;
}

/** Keys whose values differ, in the order of `after` then the keys only `before` has. */
function differingFields(before: object, after: object): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((key) => stableJson(b[key]) !== stableJson(a[key]));
}

/** The old and new values of the text fields among `fields` (those of `texts` that differ). */
function textEdits(before: object, after: object, fields: readonly string[], texts: readonly string[]): TextEdit[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const asText = (value: unknown) => (typeof value === 'string' ? value : '');
  return texts.filter((field) => fields.includes(field)).map((field) => ({ field, from: asText(b[field]), to: asText(a[field]) }));
}

/**
 * Parties or sources added, changed (any field), renamed (the same data under a new id: the file was
 * renamed) and removed; an entry missing on one side because of its errors is neither added nor removed.
 */
function entityChanges<Node extends { data: object }>(
  base: ContentSnapshot,
  head: ContentSnapshot,
  collection: 'parties' | 'sources',
  name: (node: Node) => string,
  texts: readonly string[],
): EntityChanges {
  const before = base.graph[collection] as ReadonlyMap<string, unknown> as ReadonlyMap<string, Node>;
  const after = head.graph[collection] as ReadonlyMap<string, unknown> as ReadonlyMap<string, Node>;
  const added = [...after].filter(([id]) => !before.has(id) && !base.unreadable.has(`${collection}/${id}`));
  const removed = [...before].filter(([id]) => !after.has(id) && !head.unreadable.has(`${collection}/${id}`));
  const renamed: EntityRename[] = [];
  const removedByData = new Map(removed.map(([id, node]) => [stableJson(node.data), id]));
  const renamedIds = new Set<string>();
  for (const [id, node] of added) {
    const from = removedByData.get(stableJson(node.data));
    if (from === undefined || renamedIds.has(from)) continue;
    renamedIds.add(from).add(id);
    renamed.push({ from, to: id, name: name(node) });
  }
  const changed: EntityChange[] = [];
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) continue;
    const fields = differingFields(old.data, node.data);
    if (fields.length > 0) changed.push({ id, name: name(node), fields, edits: textEdits(old.data, node.data, fields, texts) });
  }
  const ref = ([id, node]: [string, Node]) => ({ id, name: name(node) });
  return {
    added: added.filter(([id]) => !renamedIds.has(id)).map(ref),
    changed,
    renamed,
    removed: removed.filter(([id]) => !renamedIds.has(id)).map(ref),
  };
}

/** JSON with object keys sorted, so that two equal values always serialise alike. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  ) ?? 'undefined';
}
