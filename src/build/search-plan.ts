/**
 * How the search index is split into parts (`search-index.ts`): articles in the graph's order, so many a
 * part; each claim in its article's part; the parties in the first. The claim and party records are made
 * here, from the graph; an article's record is made when its text has been rendered.
 */
import { createHash } from 'node:crypto';
import { claimSearchRecords, partySearchRecords, type SearchRecord } from '../formats/search-records.ts';
import type { ContentGraph } from '../graph/graph.ts';

export interface SearchPlan {
  /** The part of each article, by id. */
  partOf: Map<string, number>;
  /** The records known from the graph, with their part. */
  records: { part: number; record: SearchRecord }[];
  /** How many records each part gets in all, articles included. */
  sizes: number[];
}

export function planSearchIndex(graph: ContentGraph, articlesPerPart: number): SearchPlan {
  const partOf = new Map([...graph.articles.keys()].map((id, i) => [id, Math.floor(i / articlesPerPart)]));
  const sizes = Array.from({ length: Math.max(1, Math.ceil(graph.articles.size / articlesPerPart)) }, () => 0);
  for (const part of partOf.values()) sizes[part]!++;
  const claims = [...graph.claims.values()];
  const records = [
    ...claimSearchRecords(graph).map((record, i) => ({ part: partOf.get(claims[i]!.article) ?? 0, record })),
    ...partySearchRecords(graph).map((record) => ({ part: 0, record })),
  ];
  for (const { part } of records) sizes[part]!++;
  return { partOf, records, sizes };
}

/**
 * The digest of every record the index would get: the plan's, and each article's fields with the digest of
 * its text (`content-digests.ts`, `body:<id>`). The same digest, the same index (docs/edit-builds.md).
 */
export function searchDigest(plan: SearchPlan, articles: readonly { id: string; fields: unknown }[], body: (id: string) => string): string {
  const hash = createHash('sha1');
  hash.update(`${JSON.stringify(plan.sizes)}\n`);
  for (const { part, record } of plan.records) hash.update(`${part} ${JSON.stringify(record)}\n`);
  for (const { id, fields } of articles) hash.update(`${plan.partOf.get(id)} ${JSON.stringify(fields)} ${body(id)}\n`);
  return hash.digest('base64url');
}
