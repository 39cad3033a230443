/**
 * A quotation in typographic marks, unless it brings its own: `It was a deal.` becomes `“It was a deal.”`,
 * but `“A deal,” he said, “is a deal.”` and `'Never', she said` stay as written, so that no quote is wrapped
 * in a second pair of the same marks.
 */

/** Double quotation marks anywhere (straight, curly, low, guillemets, corner brackets). */
const DOUBLE = /["“”„«»「」『』]/u;
/** Single marks only at either end: inside a quote, ’ and ' are apostrophes. */
const SINGLE_AT_END = /^['‘’‚‹›]|['‘’‚‹›]$/u;

/** True when the quote holds quotation marks of its own. */
export function hasOwnMarks(quote: string): boolean {
  const text = quote.trim();
  return DOUBLE.test(text) || SINGLE_AT_END.test(text);
}

/** The quote in “ ” unless it has marks of its own. */
export function quoted(quote: string): string {
  return hasOwnMarks(quote) ? quote : `“${quote}”`;
}
