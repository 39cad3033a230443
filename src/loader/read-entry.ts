/**
 * One content file, read and validated on its own: parsed, checked against its zod schema, repaired when
 * it fails (so that its valid parts are still cross-referenced), and its problems placed at their lines.
 * It needs nothing from other files, so the loader can run it on several threads.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { articleSchema } from '../schemas/article.ts';
import { partySchema } from '../schemas/party.ts';
import { sourceSchema } from '../schemas/source.ts';
import type { Collection } from '../graph/graph.ts';
import { escapedCharacterProblems } from './escaped-characters.ts';
import { parseContentFile, type ContentFile } from './parse-content-file.ts';
import { salvage } from './salvage.ts';
import { validate } from './schema-problems.ts';
import { fieldLocator } from './yaml-locate.ts';

/** A problem placed in its file: `file:line:column severity path: message`. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /** 1-based; the offending field's key or list item, or the start of the file when no field fits. */
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
}

export interface EntryJob {
  collection: Collection;
  id: string;
  /** As reported, relative to the working directory. */
  file: string;
  /** As read. */
  absolute: string;
}

export interface EntryResult {
  job: EntryJob;
  /** The file as parsed; absent when it could not be decoded or split. */
  file?: ContentFile;
  /** The data for the graph: valid, or repaired after schema errors (`partial`). Absent when nothing is usable. */
  data?: unknown;
  partial: boolean;
  problems: ContentProblem[];
  /** Ids of claims and events defined here that could not be kept: references to them are not errors. */
  invalidIds: string[];
  /** The YAML text, for placing problems later; the thread that read the file keeps it and sends the rest. */
  yaml?: string;
  /** List items removed by the repair, to map paths in `data` back to the file (see `restorePath`). */
  dropped: { path: (string | number)[] }[];
}

const SCHEMAS: Record<Collection, z.ZodType> = { articles: articleSchema, parties: partySchema, sources: sourceSchema };

/** Valid stand-ins for required top-level fields, so that the rest of a broken entry is still checked. */
const PLACEHOLDERS: Record<Collection, Record<string, unknown>> = {
  articles: { title: 'untitled', dek: 'untitled', kind: 'report', published: '9999-12-31', byline: ['unknown'] },
  parties: { name: 'unnamed', kind: 'unidentified', description: 'undescribed' },
  sources: { title: 'untitled', kind: 'unspecified' },
};

export function readEntry(job: EntryJob): EntryResult {
  const result: EntryResult = { job, partial: false, problems: [], invalidIds: [], dropped: [] };
  const fail = (line: number, column: number, message: string, path: (string | number)[] = []) =>
    result.problems.push({ severity: 'error', file: job.file, line, column, path, message });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(job.absolute);
  } catch (error) {
    fail(1, 1, `the file cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); check its permissions`);
    return result;
  }
  const parsed = parseContentFile(job.collection, job.id, job.file, bytes);
  for (const problem of parsed.unprintable ?? []) fail(problem.line, problem.column, problem.message, problem.path);
  if (parsed.file) result.file = parsed.file;
  if (parsed.yaml !== undefined) result.yaml = parsed.yaml;
  if (!parsed.ok) {
    fail(parsed.problem.line, parsed.problem.column, parsed.problem.message, parsed.problem.path);
    // Its claims and events exist even if the file cannot be read: do not report references to them.
    for (const match of (parsed.yaml ?? '').matchAll(/^[ \t]*-[ \t]+id:[ \t]*["']?([a-z0-9-]+)/gm)) result.invalidIds.push(match[1]!);
    return result;
  }
  const locate = fieldLocator(parsed.yaml);
  for (const problem of escapedCharacterProblems(parsed.data, parsed.yaml, locate, parsed.file.yamlStartLine)) {
    fail(problem.line, problem.column, problem.message, problem.path);
  }
  const schema = SCHEMAS[job.collection];
  const validated = validate(schema, parsed.data);
  if (validated.success) {
    result.data = validated.data;
    return result;
  }
  // A key holding an unprintable character was reported above, and was read with U+FFFD in its place.
  const replaced = (path: (string | number)[]) => parsed.unprintable !== undefined && path.some((key) => typeof key === 'string' && key.includes('\uFFFD'));
  for (const { path, message } of validated.problems.filter((problem) => !replaced(problem.path))) {
    const { line, column } = locate(path);
    fail(line + parsed.file.yamlStartLine - 1, column, message, path);
  }
  const repaired = salvage(schema, parsed.data, PLACEHOLDERS[job.collection]);
  for (const { path, value } of repaired.dropped) {
    result.dropped.push({ path });
    const id = (value as { id?: unknown } | null)?.id;
    if (path.length === 2 && (path[0] === 'claims' || path[0] === 'events') && typeof id === 'string') result.invalidIds.push(id);
  }
  if (repaired.data !== undefined) {
    result.data = repaired.data;
    result.partial = true;
  }
  return result;
}
