/**
 * Reads the content folder without Astro: every article's frontmatter and every party and source file,
 * parsed with a YAML parser that keeps source positions, validated with the same zod schemas the Astro
 * collections use, and cross-referenced into the content graph. The checker, the build's pre-flight and
 * the content diff all start here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../schemas/article.ts';
import { partySchema, type PartyData } from '../schemas/party.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import { buildGraph, type Collection, type ContentGraph, type Entry } from './graph.ts';

/** A problem placed in its file: `file:line:column severity path: message`. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /** 1-based; the start of the offending YAML node, or of the file when no node fits. */
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
}

/** One parsed file, kept so that later passes (the body checker, positions of graph problems) can use it. */
export interface ContentFile {
  collection: Collection;
  id: string;
  file: string;
  /** The YAML document (the frontmatter, for an article). */
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** Line (1-based) of the first YAML line: 2 for frontmatter after `---`, 1 for a YAML file. */
  yamlStartLine: number;
  /** For articles: the Markdown body and the line it starts on. */
  body?: string;
  bodyStartLine?: number;
}

export interface LoadedContent {
  graph: ContentGraph;
  files: Map<string, ContentFile>;
  /** Every problem, in file order then line order. Errors and warnings. */
  problems: ContentProblem[];
}

const SCHEMAS = { articles: articleSchema, parties: partySchema, sources: sourceSchema } as const;

/** Reads, validates and cross-references the content under `dir` (`content/`). */
export async function loadContent(dir: string, cwd: string = process.cwd()): Promise<LoadedContent> {
  const problems: ContentProblem[] = [];
  const files = new Map<string, ContentFile>();
  const input = { articles: [] as Entry<ArticleData>[], parties: [] as Entry<PartyData>[], sources: [] as Entry<SourceData>[] };

  const listings = await Promise.all([
    list(path.join(dir, 'articles'), /\.md$/, true),
    list(path.join(dir, 'parties'), /\.ya?ml$/, false),
    list(path.join(dir, 'sources'), /\.ya?ml$/, false),
  ]);
  const collections: Collection[] = ['articles', 'parties', 'sources'];
  await Promise.all(
    collections.flatMap((collection, i) =>
      listings[i]!.map(async (absolute) => {
        const file = path.relative(cwd, absolute).split(path.sep).join('/');
        const base = path.join(dir, collection);
        const id = path.relative(base, absolute).replace(/\.(md|ya?ml)$/, '').split(path.sep).join('/');
        const bytes = await readFile(absolute);
        const parsed = parseFile(collection, id, file, bytes, problems);
        if (!parsed) return;
        files.set(file, parsed.file);
        const result = (SCHEMAS[collection] as z.ZodType).safeParse(parsed.data);
        if (!result.success) {
          for (const issue of result.error.issues) {
            problems.push(place(parsed.file, issue.path as (string | number)[], issue.message, 'error', parsed.data));
          }
          return;
        }
        (input[collection] as Entry<unknown>[]).push({ id, file, data: result.data });
      }),
    ),
  );

  const graph = buildGraph(input);
  for (const problem of graph.problems) {
    const file = problem.file ? files.get(problem.file) : undefined;
    problems.push(
      file
        ? place(file, problem.path, problem.message, problem.severity)
        : { severity: problem.severity, file: problem.file ?? problem.id, line: 1, column: 1, path: problem.path, message: problem.message },
    );
  }
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line || a.column - b.column : a.file < b.file ? -1 : 1));
  return { graph, files, problems };
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

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Decodes and parses one file; pushes a problem and returns undefined when it cannot be read as content. */
function parseFile(
  collection: Collection,
  id: string,
  file: string,
  bytes: Buffer,
  problems: ContentProblem[],
): { file: ContentFile; data: unknown } | undefined {
  const at = (line: number, column: number, message: string) =>
    problems.push({ severity: 'error', file, line, column, path: [], message });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const before = bytes.subarray(0, offset).toString('utf8');
    const line = before.split('\n').length;
    at(line, before.length - before.lastIndexOf('\n'), 'the file is not valid UTF-8 text; save it as UTF-8');
    return undefined;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    at(1, 1, collection === 'articles' ? 'the file is empty; an article starts with `---`, its frontmatter, `---`, then the text' : 'the file is empty; write the fields, or delete the file');
    return undefined;
  }
  let yamlText = text;
  let yamlStartLine = 1;
  let body: string | undefined;
  let bodyStartLine: number | undefined;
  if (collection === 'articles') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      at(1, 1, text.startsWith('---') ? 'the frontmatter is not closed; add a line `---` after the last field' : 'the file has no frontmatter; start it with a line `---`, the fields, and another `---`');
      return undefined;
    }
    yamlText = match[1]!;
    yamlStartLine = 2;
    body = text.slice(match[0].length);
    bodyStartLine = match[0].split('\n').length;
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const contentFile: ContentFile = { collection, id, file, doc, lineCounter, yamlStartLine };
  if (body !== undefined) {
    contentFile.body = body;
    contentFile.bodyStartLine = bodyStartLine!;
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      at(pos.line + yamlStartLine - 1, pos.col, `YAML syntax: ${yamlMessage(error.code, error.message)}`);
    }
    return undefined;
  }
  const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    at(yamlStartLine, 1, 'expected fields (`name: value` lines) at the top level');
    return undefined;
  }
  return { file: contentFile, data };
}

/** The yaml package's messages carry a code excerpt after the first line; keep the first line and a hint. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const hints: Record<string, string> = {
    DUPLICATE_KEY: 'a field appears twice; keep one',
    TAB_AS_INDENT: 'indent with spaces, not tabs',
    BAD_INDENT: 'align the field with its siblings',
    MISSING_CHAR: 'close the quote or bracket',
    BLOCK_AS_IMPLICIT_KEY: 'check the indentation of the lines above',
  };
  return hints[code] ? `${first}; ${hints[code]}` : first;
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let i = 0; i < bytes.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, i + 1), { stream: true });
    } catch {
      return i;
    }
  }
  return 0;
}

/** Places a problem at the YAML node of `path`, or at the nearest ancestor that exists. */
function place(file: ContentFile, fieldPath: (string | number)[], message: string, severity: ContentProblem['severity'], data?: unknown): ContentProblem {
  let node: YamlNode | undefined;
  let keyNode: YamlNode | undefined;
  for (let depth = fieldPath.length; depth >= 0 && !node; depth--) {
    const found = file.doc?.getIn(fieldPath.slice(0, depth), true) as YamlNode | undefined;
    if (found && typeof found === 'object' && 'range' in found && found.range) {
      node = found;
      // A missing or unknown field sits under its parent map: point at the key when it exists.
      if (depth < fieldPath.length || isMap(found) || isSeq(found)) keyNode = keyOf(file, fieldPath.slice(0, depth + 1));
    }
  }
  const offset = keyNode?.range?.[0] ?? node?.range?.[0];
  const pos = offset === undefined ? { line: 1, col: 1 } : file.lineCounter.linePos(offset);
  return {
    severity,
    file: file.file,
    line: pos.line + file.yamlStartLine - 1,
    column: pos.col,
    path: fieldPath,
    message: withValue(message, fieldPath, data),
  };
}

function keyOf(file: ContentFile, fieldPath: (string | number)[]): YamlNode | undefined {
  const parent = file.doc?.getIn(fieldPath.slice(0, -1), true);
  const last = fieldPath.at(-1);
  if (!isMap(parent) || last === undefined) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === last);
  return (pair?.key as YamlNode | undefined) ?? undefined;
}

/** Adds the bad value to a schema message when it does not show it already. */
function withValue(message: string, fieldPath: (string | number)[], data: unknown): string {
  if (data === undefined) return message;
  let value: unknown = data;
  for (const key of fieldPath) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined;
  if (value === undefined || typeof value === 'object' || message.includes('`')) return message;
  const shown = JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value);
  return `${message} (got ${shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown})`;
}
