/**
 * What the plugins record about an article's text, for the page around it: the claims and parties it marks
 * and its citations, numbered. Kept on the file as `file.data.bodyMarks`; Astro hands it to the page as
 * `remarkPluginFrontmatter.bodyMarks`.
 */
import type { VFile } from 'vfile';

/** One cited source: its number in the text, and the ids of the citation links that point to it. */
export interface Citation {
  source: string;
  number: number;
  /** Element ids of its citation links, in text order (`cite-drop-site-interview-1`), for links back. */
  anchors: string[];
}

export interface BodyMarks {
  /** Claims marked with `:claim`, each once, in text order. */
  claims: string[];
  /** Parties marked with `:party`, each once, in text order. */
  parties: string[];
  /** Cited sources in the order of their numbers: the first source cited is 1. */
  citations: Citation[];
}

declare module 'vfile' {
  interface DataMap {
    bodyMarks: BodyMarks;
  }
}

/** Marks of a text that marks nothing. */
export function emptyMarks(): BodyMarks {
  return { claims: [], parties: [], citations: [] };
}

/** The marks of a file, created empty on first use. */
export function bodyMarks(file: VFile): BodyMarks {
  file.data.bodyMarks ??= emptyMarks();
  return file.data.bodyMarks;
}

/**
 * The order of an article's source list: cited sources first, by number, so that source `n` is the `n`th
 * item, then the other sources the article relies on, in their own order.
 */
export function sourceOrder(listed: readonly string[], citations: readonly Citation[]): string[] {
  const cited = citations.map((citation) => citation.source);
  return [...cited, ...listed.filter((id) => !cited.includes(id))];
}
