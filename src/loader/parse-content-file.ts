/**
 * One content file, from bytes to data: UTF-8 decoding, the frontmatter of an article, and YAML parsed with
 * js-yaml, the parser Astro uses for the same files (with the core schema, so that an unquoted
 * `2025-02-30` stays text to be checked instead of becoming a `Date` in March). Problems that stop the
 * file from being read come back with their line and column.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Collection } from '../graph/graph.ts';
import { describeYamlError, fieldAtLine } from './yaml-syntax.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** One file as read: where its YAML and its body are, for placing problems later. */
export interface ContentFile {
  collection: Collection;
  id: string;
  /** Path relative to the working directory, with `/` separators. */
  file: string;
  /** Line (1-based) of the first YAML line: 2 for frontmatter after `---`, 1 for a YAML file. */
  yamlStartLine: number;
  /** For articles: the Markdown body and the line it starts on. */
  body?: string;
  bodyStartLine?: number;
}

/** A problem found while reading, at a line and column of the file. */
export interface ReadProblem {
  line: number;
  column: number;
  path: (string | number)[];
  message: string;
}

/** `yaml` is the YAML text (the frontmatter, for an article), kept apart: only the thread that places problems needs it. */
export type ParsedFile =
  | { ok: true; file: ContentFile; yaml: string; data: Record<string, unknown> }
  | { ok: false; file?: ContentFile; yaml?: string; problem: ReadProblem };

export function parseContentFile(collection: Collection, id: string, file: string, bytes: Uint8Array): ParsedFile {
  const fail = (line: number, column: number, message: string, parsed?: ContentFile): ParsedFile => ({
    ok: false,
    ...(parsed ? { file: parsed } : {}),
    problem: { line, column, path: [], message },
  });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column } = firstInvalidUtf8(bytes);
    // Name the field from the keys around the bad byte, read with the bad bytes replaced.
    const lines = new TextDecoder('utf-8').decode(bytes).split(/\r?\n/);
    const end = collection === 'articles' ? lines.findIndex((text, i) => i > 0 && /^---[ \t]*$/.test(text)) : lines.length;
    const inYaml = collection !== 'articles' || (line > 1 && (end === -1 || line - 1 < end));
    return {
      ok: false,
      problem: {
        line,
        column,
        path: inYaml ? fieldAtLine(lines, line - 1, true) : [],
        message: 'the file is not valid UTF-8 text (a byte here is not a character); save it as UTF-8',
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail(1, 1, collection === 'articles' ? 'the file is empty; an article starts with a line `---`, its fields, another `---`, then the text' : 'the file is empty; write its fields, or delete the file');
  }
  const contentFile: ContentFile = { collection, id, file, yamlStartLine: 1 };
  let yaml = text;
  if (collection === 'articles') {
    const split = splitFrontmatter(text);
    if (!split) {
      return fail(1, 1, /^---[ \t]*\r?\n/.test(text) ? 'the frontmatter is never closed; add a line `---` after the last field' : 'the file has no frontmatter; start it with a line `---`, the fields, and another `---`');
    }
    yaml = split.yaml;
    contentFile.yamlStartLine = 2;
    contentFile.body = split.body;
    contentFile.bodyStartLine = split.bodyStartLine;
  }
  let data: unknown;
  try {
    data = load(yaml, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return { ok: false, file: contentFile, yaml, problem: describeYamlError(error, yaml, contentFile.yamlStartLine) };
  }
  if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
    const what = collection === 'articles' ? 'the frontmatter' : 'the file';
    return { ...fail(contentFile.yamlStartLine, 1, `${what} must be fields, one \`name: value\` a line (such as \`title: …\`)`, contentFile), yaml };
  }
  return { ok: true, file: contentFile, yaml, data: data as Record<string, unknown> };
}

/** Line and column of the first byte that is not UTF-8, counted in the characters before it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let before = '';
  for (let i = 0; i < bytes.length; i++) {
    try {
      before += decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      break;
    }
  }
  const lines = before.split('\n');
  return { line: lines.length, column: [...lines.at(-1)!].length + 1 };
}
