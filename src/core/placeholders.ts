/**
 * The texts `npm run new` writes where only the editor can write the real one. The check warns while one
 * is still there (an error under `--strict`), naming the field, so a scaffold never reaches readers unnoticed.
 */
export const PLACEHOLDERS = {
  /** An article's standfirst. */
  dek: 'Replace this with one or two sentences that sum up the story.',
  /** A party's one-line description. */
  description: 'Replace this with one neutral line on who they are.',
  /** The first words of an article's text. */
  text: 'Write the article here, in Markdown.',
} as const;

/** What the check says of a field that still holds its placeholder, before the fix. */
export const STILL_PLACEHOLDER = 'still the placeholder from `npm run new`';
