/**
 * The bounds on an article's text, so that no text can hold the check or the build for as long as it likes.
 *
 * The Markdown parser (micromark 4.0.3, the newest release) takes time that grows with the square of the
 * number of block quotes and list items in some shapes (micromark/micromark#169 and its family): 1,000
 * separate block quotes holding inline code took 0.9 s, 4,000 took 10.5 s, 6,000 (70 KB) 27 s. So a text is
 * refused before it is parsed when it has more than {@link MAX_CONTAINER_LINES} lines that open a block quote
 * or a list item (a long news article has a few dozen; 500 separate block quotes, the worst shape found,
 * parsed in 1.8 s on two cores shared with some twenty busy processes, where 6,000 would take minutes), or more
 * than {@link MAX_BODY_CHARACTERS} characters (about 30,000 words, twice the longest features; plain paragraphs
 * parse in time that grows with their length: 183,000 characters in 5.5 s on the same loaded cores). The build also renders each text
 * under a time budget (`src/build/article-bodies.ts`), for shapes not known here. docs/limits.md says so to editors.
 */
import type { BodyProblem } from './check-body.ts';

export const MAX_BODY_CHARACTERS = 200_000;
export const MAX_CONTAINER_LINES = 500;

/** A line that opens a block quote or a list item, at any depth. */
const CONTAINER_LINE = /^[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/gm;

/** The problem of a text over a limit (line and column relative to the text), or undefined. */
export function bodyLimitProblem(markdown: string): BodyProblem | undefined {
  if (markdown.length > MAX_BODY_CHARACTERS) {
    return {
      severity: 'error',
      line: 1,
      column: 1,
      message: `the text is ${markdown.length.toLocaleString('en')} characters long, more than the ${MAX_BODY_CHARACTERS.toLocaleString('en')} an article may have; split it into several articles`,
    };
  }
  let count = 0;
  for (const match of markdown.matchAll(CONTAINER_LINE)) {
    if (++count <= MAX_CONTAINER_LINES) continue;
    const line = markdown.slice(0, match.index).split('\n').length;
    return {
      severity: 'error',
      line,
      column: 1,
      message: `the text has more than ${MAX_CONTAINER_LINES} lines that open a block quote or a list item (this is one more), which the Markdown parser would take too long to read; merge quotes and lists, or split the article`,
    };
  }
  return undefined;
}
