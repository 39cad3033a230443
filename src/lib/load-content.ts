/**
 * Reads the content folder without Astro: every article and every party and source file, parsed with the
 * YAML parser Astro uses, validated with the same zod schemas as the Astro collections, cross-referenced
 * into the content graph, the article bodies checked for their inline markers, and the warnings computed.
 * Every problem is placed at the line and column of its field. The checker, the build's pre-flight and
 * the content diff all start here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'astro/zod';
import { checkBody, type BodyReport } from '../markdown/check-body.ts';
import { articleSchema } from '../schemas/article.ts';
import { partySchema } from '../schemas/party.ts';
import { sourceSchema } from '../schemas/source.ts';
import { buildGraph, type Collection, type ContentGraph, type Entry, type GraphInput } from './graph.ts';
import { parseContentFile, type ContentFile } from './parse-content-file.ts';
import { salvage } from './salvage.ts';
import { validate } from './schema-problems.ts';
import { contentWarnings } from './warnings.ts';
import { fieldLocator } from './yaml-locate.ts';

export type { ContentFile } from './parse-content-file.ts';

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

export interface LoadedContent {
  graph: ContentGraph;
  files: Map<string, ContentFile>;
  /** What each article body marks, by article id. */
  bodies: Map<string, BodyReport>;
  /** Every problem, errors and warnings, in file order then line order. */
  problems: ContentProblem[];
}

const SCHEMAS: Record<Collection, z.ZodType> = { articles: articleSchema, parties: partySchema, sources: sourceSchema };

/** Valid stand-ins for required top-level fields, so that the rest of a broken entry is still checked. */
const PLACEHOLDERS: Record<Collection, Record<string, unknown>> = {
  articles: { title: 'untitled', dek: 'untitled', kind: 'report', published: '9999-12-31', byline: ['unknown'] },
  parties: { name: 'unnamed', kind: 'unidentified', description: 'undescribed' },
  sources: { title: 'untitled', kind: 'unspecified' },
};

const FOLDERS: { collection: Collection; pattern: RegExp; recursive: boolean }[] = [
  { collection: 'articles', pattern: /\.md$/, recursive: true },
  { collection: 'parties', pattern: /\.ya?ml$/, recursive: false },
  { collection: 'sources', pattern: /\.ya?ml$/, recursive: false },
];

interface Unplaced {
  severity: ContentProblem['severity'];
  file: ContentFile;
  path: (string | number)[];
  message: string;
}

/** Reads, validates and cross-references the content under `dir` (`content/`). Never throws for bad content. */
export async function loadContent(dir: string, cwd: string = process.cwd()): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const unplaced: Unplaced[] = [];
  const files = new Map<string, ContentFile>();
  const input: GraphInput = { articles: [], parties: [], sources: [] };
  const invalid = { parties: new Set<string>(), sources: new Set<string>(), claims: new Set<string>(), events: new Set<string>() };
  const partial = new Set<string>();
  let complete = true;

  const listings = await Promise.all(FOLDERS.map(({ collection, pattern, recursive }) => list(path.join(dir, collection), pattern, recursive)));
  const reads = await Promise.all(
    FOLDERS.flatMap(({ collection }, i) =>
      listings[i]!.map(async (absolute) => {
        const file = path.relative(cwd, absolute).split(path.sep).join('/');
        const id = path.relative(path.join(dir, collection), absolute).replace(/\.(md|ya?ml)$/, '').split(path.sep).join('/');
        try {
          return { collection, id, file, bytes: await readFile(absolute) };
        } catch (error) {
          return { collection, id, file, error: (error as NodeJS.ErrnoException).code ?? String(error) };
        }
      }),
    ),
  );

  const seen = new Map<string, string>();
  for (const read of reads) {
    const { collection, id, file } = read;
    const fail = (line: number, column: number, message: string, at: (string | number)[] = []) => problems.push({ severity: 'error', file, line, column, path: at, message });
    const key = `${collection}/${id}`;
    const twin = seen.get(key);
    seen.set(key, file);
    if (twin) fail(1, 1, `${collection.slice(0, -1)} "${id}" is also defined by ${twin}; keep one of the two files`);
    if (!('bytes' in read)) {
      fail(1, 1, `the file cannot be read (${read.error}); check its permissions`);
      continue;
    }
    const parsed = parseContentFile(collection, id, file, read.bytes);
    if (parsed.file) files.set(file, parsed.file);
    if (!parsed.ok) {
      fail(parsed.problem.line, parsed.problem.column, parsed.problem.message, parsed.problem.path);
      if (collection === 'articles') {
        complete = false;
        // Its claims and events exist, even if unreadable: do not report references to them as unknown.
        for (const match of (parsed.file?.yaml ?? '').matchAll(/^[ \t]*-[ \t]+id:[ \t]*["']?([a-z0-9-]+)/gm)) {
          invalid.claims.add(match[1]!);
          invalid.events.add(match[1]!);
        }
      } else {
        invalid[collection].add(id);
      }
      continue;
    }
    const schema = SCHEMAS[collection];
    const result = validate(schema, parsed.data);
    if (result.success) {
      (input[collection] as Entry<unknown>[]).push({ id, file, data: result.data });
      continue;
    }
    for (const problem of result.problems) unplaced.push({ severity: 'error', file: parsed.file, ...problem });
    const repaired = salvage(schema, parsed.data, PLACEHOLDERS[collection]);
    for (const { path: at, value } of repaired.dropped) {
      const [list] = at;
      const dropped = (value as { id?: unknown } | null)?.id;
      if (at.length === 2 && (list === 'claims' || list === 'events') && typeof dropped === 'string') invalid[list].add(dropped);
    }
    if (repaired.data === undefined) {
      if (collection === 'articles') complete = false;
      else invalid[collection].add(id);
      continue;
    }
    if (collection === 'articles') partial.add(id);
    (input[collection] as Entry<unknown>[]).push({ id, file, data: repaired.data });
  }
  if (partial.size > 0) complete = false;

  input.invalid = invalid;
  const graph = buildGraph(input);

  const bodies = new Map<string, BodyReport>();
  const known = {
    claims: new Set([...graph.claims.keys(), ...invalid.claims]),
    sources: new Set([...graph.sources.keys(), ...invalid.sources]),
    parties: new Set([...graph.parties.keys(), ...invalid.parties]),
  };
  for (const file of files.values()) {
    if (file.body === undefined) continue;
    const report = checkBody(file.body, known);
    bodies.set(file.id, report);
    for (const problem of report.problems) {
      problems.push({ severity: problem.severity, file: file.file, line: problem.line + file.bodyStartLine! - 1, column: problem.column, path: [], message: problem.message });
    }
  }

  const marked = new Map([...bodies].map(([id, report]) => [id, report.claims]));
  for (const problem of [...graph.problems, ...contentWarnings(graph, { marked, partial, complete })]) {
    const file = problem.file ? files.get(problem.file) : undefined;
    if (file) unplaced.push({ severity: problem.severity, file, path: problem.path, message: problem.message });
    else problems.push({ severity: problem.severity, file: problem.file ?? problem.id, line: 1, column: 1, path: problem.path, message: problem.message });
  }
  problems.push(...place(unplaced));
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
  return { graph, files, bodies, problems };
}

/** Gives each problem the line and column of its field, parsing each file with problems once more. */
function place(unplaced: Unplaced[]): ContentProblem[] {
  const locators = new Map<ContentFile, ReturnType<typeof fieldLocator>>();
  return unplaced.map(({ severity, file, path: at, message }) => {
    let locate = locators.get(file);
    if (!locate) locators.set(file, (locate = fieldLocator(file.yaml)));
    const { line, column } = locate(at);
    return { severity, file: file.file, line: line + file.yamlStartLine - 1, column, path: at, message };
  });
}

async function list(dir: string, pattern: RegExp, recursive: boolean): Promise<string[]> {
  try {
    const names = await readdir(dir, { recursive });
    return names
      .filter((name) => pattern.test(name) && !path.basename(name).startsWith('.'))
      .map((name) => path.join(dir, name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
