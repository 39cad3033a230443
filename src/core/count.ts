/**
 * A number and its noun, in the right grammatical number: `count(1, 'claim')` is "1 claim",
 * `count(2, 'claim')` "2 claims". The one place the site spells a count; every page, feed and list uses it.
 */

const rules = new Intl.PluralRules('en');
const numbers = new Intl.NumberFormat('en');

/**
 * `n` and the noun in the form `Intl.PluralRules` picks for it. `plural` is the plural form where it is not
 * the noun and an "s" (`count(3, 'party', 'parties')`); a noun of several words puts its "s" on the first
 * word when the second is a participle or preposition (`count(2, 'claim made')` is "2 claims made").
 */
export function count(n: number, noun: string, plural?: string): string {
  return `${numbers.format(n)} ${rules.select(n) === 'one' ? noun : (plural ?? pluralOf(noun))}`;
}

/** The regular plural of a noun or of a noun followed by its qualifier ("claim made" -> "claims made"). */
function pluralOf(noun: string): string {
  const space = noun.indexOf(' ');
  if (space === -1) return noun + 's';
  return noun.slice(0, space) + 's' + noun.slice(space);
}
