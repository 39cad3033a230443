/**
 * How the search index is split into parts (`search-index.ts`), so that an edit touches one part and the
 * others stay as they were (docs/edit-builds.md):
 *
 * - each article goes to the part its id hashes to, with its claims: a new, removed or re-dated article, a
 *   typo, a title or a claim's status changes that part only, wherever the article falls in the archive;
 * - the number of article parts is the least, from `articles / articlesPerPart`, at which no part has more
 *   than `articlesPerPart` articles (Pagefind holds a part in memory while it writes it), so it changes only
 *   as the archive grows (and every part is written again then);
 * - the parties have a small part of their own, the first: a new party changes that part only, a party
 *   renamed that part and those whose claims print its name (a claim's record has its claimant's name).
 *
 * With one article part, there is one part, the parties in it, as a small site needs no more. The claim and
 * party records are made here, from the graph; an article's record is made when its text has been rendered.
 * Part 0 is written to the index's folder itself, part n to `part-<n + 1>/` inside it; every part but the
 * first is written only when it has records.
 */
import { createHash } from 'node:crypto';
import { claimSearchRecords, partySearchRecords, type SearchRecord } from '../formats/search-records.ts';
import type { ContentGraph } from '../graph/graph.ts';

export interface SearchPlan {
  /** The part of each article, by id. */
  partOf: Map<string, number>;
  /** The records known from the graph, with their part, in the order each part takes them. */
  records: { part: number; record: SearchRecord }[];
  /** How many records each part gets in all, articles included (0: a part not written). */
  sizes: number[];
  /** The parts written: the first, and those with records. */
  parts: number[];
}

/** The folder of part `part` (0-based), relative to the index's folder: `''`, `part-2/`, `part-3/`... */
export function searchPartFolder(part: number): string {
  return part === 0 ? '' : `part-${part + 1}/`;
}

/** The part a file of the output belongs to (`pagefind/part-3/x` is part 2), or undefined outside `pagefind/`. */
export function searchPartOfFile(file: string): number | undefined {
  if (!file.startsWith('pagefind/')) return undefined;
  const nested = /^pagefind\/part-(\d+)\//.exec(file);
  return nested ? Number(nested[1]) - 1 : 0;
}

/** The least number of parts, from `ids / perPart`, at which no part gets more than `perPart` of `hashes`. */
function articleParts(hashes: readonly number[], perPart: number): number {
  let parts = Math.max(1, Math.ceil(hashes.length / perPart));
  // A degenerate `perPart` (1: every id in a part of its own) may never be met: the search stops at four parts an id.
  for (; parts <= 4 * hashes.length; parts++) {
    const counts = new Uint32Array(parts);
    let most = 0;
    for (const hash of hashes) most = Math.max(most, ++counts[hash % parts]!);
    if (most <= perPart) break;
  }
  return parts;
}

export function planSearchIndex(graph: ContentGraph, articlesPerPart: number): SearchPlan {
  const ids = [...graph.articles.keys()];
  const hashes = ids.map((id) => createHash('sha1').update(id).digest().readUInt32BE(0));
  const articleCount = articleParts(hashes, articlesPerPart);
  // One article part: everything in part 0. More: the parties in part 0, the articles from part 1.
  const first = articleCount === 1 ? 0 : 1;
  const partOf = new Map(ids.map((id, i) => [id, first + (hashes[i]! % articleCount)]));
  const sizes = Array.from({ length: first + articleCount }, () => 0);
  for (const part of partOf.values()) sizes[part]!++;
  const claims = [...graph.claims.values()];
  const records = [
    ...claimSearchRecords(graph).map((record, i) => ({ part: partOf.get(claims[i]!.article) ?? 0, record })),
    ...partySearchRecords(graph).map((record) => ({ part: 0, record })),
  ];
  for (const { part } of records) sizes[part]!++;
  return { partOf, records, sizes, parts: sizes.flatMap((size, part) => (part === 0 || size > 0 ? [part] : [])) };
}

/**
 * The digest of the records of each part, in part order: the plan's, and each article's fields with the
 * digest of its text (`content-digests.ts`, `body:<id>`). A part's output depends on its records alone, in
 * the order it takes them: the same digest, the same files (docs/edit-builds.md).
 */
export function searchDigests(plan: SearchPlan, articles: readonly { id: string; fields: unknown }[], body: (id: string) => string): string[] {
  const hashes = plan.sizes.map((size) => createHash('sha1').update(`${size}\n`));
  for (const { part, record } of plan.records) hashes[part]!.update(`${JSON.stringify(record)}\n`);
  for (const { id, fields } of articles) hashes[plan.partOf.get(id)!]!.update(`${JSON.stringify(fields)} ${body(id)}\n`);
  return hashes.map((hash) => hash.digest('base64url'));
}
