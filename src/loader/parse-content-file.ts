/**
 * One content file, from bytes to data: UTF-8 decoding, the frontmatter of an article, and YAML parsed with
 * js-yaml, the parser Astro uses for the same files (with the core schema, so that an unquoted
 * `2025-02-30` stays text to be checked instead of becoming a `Date` in March). Problems that stop the
 * file from being read come back with their line and column.
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Collection } from '../graph/graph.ts';
import { describeCharacter, UNPRINTABLE, UNPRINTABLE_ALL } from '../core/unprintable.ts';
import { contentText } from '../core/content-text.ts';
import { describeYamlError, fieldAtLine } from './yaml-syntax.ts';
import { splitFrontmatter } from '../core/frontmatter.ts';

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

/**
 * `yaml` is the YAML text (the frontmatter, for an article), kept apart: only the thread that places problems
 * needs it. `unprintable`: the unprintable characters written in the file, one problem each; the file is read
 * on with them replaced by U+FFFD, so that its other problems are found too.
 */
export type ParsedFile = (
  | { ok: true; file: ContentFile; yaml: string; data: Record<string, unknown> }
  | { ok: false; file?: ContentFile; yaml?: string; problem: ReadProblem }
) & { unprintable?: ReadProblem[] };

export function parseContentFile(collection: Collection, id: string, file: string, bytes: Uint8Array): ParsedFile {
  const fail = (line: number, column: number, message: string, parsed?: ContentFile): ParsedFile => ({
    ok: false,
    ...(parsed ? { file: parsed } : {}),
    problem: { line, column, path: [], message },
  });
  let text: string;
  try {
    text = contentText(bytes);
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
        path: inYaml ? readablePath(fieldAtLine(lines, line - 1, true)) : [],
        message: 'the file is not valid UTF-8 text (a byte here is not a character); save it as UTF-8',
      },
    };
  }
  if (text.charCodeAt(0) === 0xfeff) {
    return fail(1, 1, 'the file starts with two byte-order marks (invisible characters); remove the second, or save the file again as UTF-8 without BOM');
  }
  const unprintable = unprintableProblems(collection, text);
  if (unprintable.length > 0) {
    const result = parseText(collection, id, file, text.replace(UNPRINTABLE_ALL, '\uFFFD'));
    return { ...result, unprintable };
  }
  return parseText(collection, id, file, text);
}

/** Every unprintable character in `text`, at its line and column, with the field it is in (none in an article's body). */
function unprintableProblems(collection: Collection, text: string): ReadProblem[] {
  if (!UNPRINTABLE.test(text)) return [];
  const lines = text.split(/\r?\n/);
  const end = collection === 'articles' ? lines.findIndex((line, i) => i > 0 && /^---[ \t]*$/.test(line)) : lines.length;
  const problems: ReadProblem[] = [];
  const yamlLines = collection === 'articles' ? lines.slice(1, end === -1 ? undefined : end) : lines;
  lines.forEach((line, i) => {
    for (const match of line.matchAll(UNPRINTABLE_ALL)) {
      const inYaml = collection !== 'articles' || (i > 0 && (end === -1 || i < end));
      problems.push({
        line: i + 1,
        column: [...line.slice(0, match.index)].length + 1,
        path: inYaml ? readablePath(fieldAtLine(yamlLines, collection === 'articles' ? i - 1 : i, true)) : [],
        message: `the text contains ${describeCharacter(match[0])}, an invisible character; delete it`,
      });
    }
  });
  return problems;
}

function parseText(collection: Collection, id: string, file: string, text: string): ParsedFile {
  const fail = (line: number, column: number, message: string, parsed?: ContentFile): ParsedFile => ({
    ok: false,
    ...(parsed ? { file: parsed } : {}),
    problem: { line, column, path: [], message },
  });
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

/**
 * A field path read from the text around a bad character, up to the first key that holds one (a replacement
 * character where a byte was not UTF-8, or the unprintable character itself): a name no editor wrote.
 */
function readablePath(path: (string | number)[]): (string | number)[] {
  const bad = path.findIndex((key) => typeof key === 'string' && (key.includes('\uFFFD') || UNPRINTABLE.test(key)));
  return bad === -1 ? path : path.slice(0, bad);
}
