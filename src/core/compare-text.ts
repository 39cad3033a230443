/**
 * Orders text alike on every machine. `localeCompare` without a locale follows the locale of the machine
 * that builds (in Lithuanian `y` sorts before `j`, in Swedish `ä` after `z`), so two builds of the same
 * content could list parties in different orders; this collator's locale is fixed.
 */
const collator = new Intl.Collator('en');

/** Negative, zero or positive, as `Array.prototype.sort` wants: English collation, whatever the machine's locale. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}
