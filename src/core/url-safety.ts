/**
 * What a URL written in an article's text may do. An image must come from the site itself (the content's
 * media): an image from elsewhere is fetched by every reader's browser and tells its host who read what (a
 * tracking pixel). A link may not run script or carry a document: `javascript:`, `vbscript:` and `data:`.
 */

/**
 * Whether `url` leaves the site: it has a scheme (`https:`, `data:`) or names a host (`//host/…`, and `/\host/…`,
 * which browsers read the same). Browsers ignore tabs, line breaks and leading spaces in URLs; so does this.
 */
export function isRemoteUrl(url: string): boolean {
  const plain = url.replace(/[\t\n\r]/g, '').trimStart().replaceAll('\\', '/');
  return /^[a-z][a-z0-9+.-]*:/i.test(plain) || plain.startsWith('//');
}

const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data'];

/** The scheme of `url` when it is one a link may not use (`javascript`, `vbscript`, `data`), else undefined. */
export function unsafeScheme(url: string): string | undefined {
  // Browsers drop control characters and whitespace inside the scheme: `java\tscript:` runs.
  const scheme = /^([^:/?#]*):/.exec(url.replace(/[\0-\x20\x7f]/g, ''))?.[1]?.toLowerCase();
  return scheme && UNSAFE_SCHEMES.includes(scheme) ? scheme : undefined;
}
