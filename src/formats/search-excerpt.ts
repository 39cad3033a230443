/**
 * Pagefind returns excerpts as HTML: escaped text with the matched words in `<mark>`. The search page
 * builds its DOM from these segments as text, so no markup in an excerpt can become an element.
 */
export interface ExcerptSegment {
  text: string;
  /** True for a matched word, shown in `<mark>`. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/** Splits an excerpt into plain and marked text, with every other tag dropped and entities decoded. */
export function excerptSegments(html: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decode(html.slice(last, match.index)), mark: false });
    segments.push({ text: decode(match[1]!), mark: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) segments.push({ text: decode(html.slice(last)), mark: false });
  return segments.filter((segment) => segment.text.length > 0);
}
