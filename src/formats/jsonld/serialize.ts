/**
 * JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as `\u003c`,
 * `\u003e` and `\u0026`: the same JSON to a parser, but content can never close the script element
 * (`</script>`) or open a comment in it.
 */
export function jsonLdScriptText(data: object): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
