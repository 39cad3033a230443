/** Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and `'`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Escapes text for HTML element content only: `&`, `<` and `>`. For feed fields that readers may show as
 * HTML or as text (an item's title, its categories): markup cannot appear, and quotes still read as quotes.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
