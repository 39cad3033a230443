/**
 * A content file's bytes as text: the one decoder of the checker, the build's text renderer and `astro dev`,
 * so that all three see the same characters. UTF-8 only (a byte that is not UTF-8 throws a `TypeError`), and
 * one leading byte-order mark removed, as editors on Windows write it; a second is text, which the checker
 * reports (`src/loader/parse-content-file.ts`), so that no page can begin with a frontmatter the renderer did not recognise.
 */

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function contentText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
