/**
 * A date written in words or with slashes, read when it can mean one thing only: `May 16, 2025`,
 * `16 May 2025`, `Friday, 16th of May 2025` and `2025/05/16` give `2025-05-16`; `May 2025` gives `2025-05`.
 * `05/06/2025` (May or June?) gives nothing. For the check's hints: the content itself must be ISO.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `1` to `12` from `May`, `Sept.`, `december`; undefined for anything else. */
function monthNumber(word: string): number | undefined {
  const name = word.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((month) => name === month || (name.length >= 3 && `${month}${FULL[month] ?? ''}`.startsWith(name)));
  return index >= 0 ? index + 1 : undefined;
}
const FULL: Record<string, string> = {
  jan: 'uary', feb: 'ruary', mar: 'ch', apr: 'il', jun: 'e', jul: 'y', aug: 'ust', sep: 'tember', oct: 'ober', nov: 'ember', dec: 'ember',
};

const pad = (n: number) => String(n).padStart(2, '0');

function day(year: number, month: number, dayOfMonth: number): string | undefined {
  // The calendar's own answer: 30 February rolls over into March.
  if (dayOfMonth < 1 || new Date(Date.UTC(year, month - 1, dayOfMonth)).getUTCDate() !== dayOfMonth) return undefined;
  return `${year}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** The ISO form (`YYYY-MM-DD`, or `YYYY-MM` for a month) of `value`, when it is unambiguous; else undefined. */
export function isoDateFromWords(value: string): string | undefined {
  const text = value.trim().replace(/^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+/i, '');
  let match = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? day(Number(match[1]), month, Number(match[3])) : undefined;
  }
  const ordinal = '(\\d{1,2})(?:st|nd|rd|th)?';
  match = new RegExp(`^([a-z]+\\.?)\\s+${ordinal},?\\s+(\\d{4})$`, 'i').exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    return month ? day(Number(match[3]), month, Number(match[2])) : undefined;
  }
  match = new RegExp(`^${ordinal}\\s+(?:of\\s+)?([a-z]+\\.?),?\\s+(\\d{4})$`, 'i').exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    return month ? day(Number(match[3]), month, Number(match[1])) : undefined;
  }
  match = /^([a-z]+\.?),?\s+(\d{4})$/i.exec(text);
  if (match) {
    const month = monthNumber(match[1]!);
    return month ? `${match[2]}-${pad(month)}` : undefined;
  }
  return undefined;
}
