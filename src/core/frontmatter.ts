/**
 * Splits an article file into its YAML frontmatter and its Markdown text: one definition for the loader,
 * which checks both, and the renderer, which renders the text, so the two always agree on where it starts.
 */

const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export interface Frontmatter {
  /** The YAML between the two `---` lines (empty when there is none). */
  yaml: string;
  /** Everything after the closing `---` line. */
  body: string;
  /** The file line (1-based) the body starts on. */
  bodyStartLine: number;
}

/**
 * The parts of `text`, as `contentText` (`src/core/content-text.ts`) reads it, its byte-order mark removed; undefined
 * when it has no closed frontmatter.
 */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), bodyStartLine: match[0].split('\n').length };
}
