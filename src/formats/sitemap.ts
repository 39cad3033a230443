/**
 * Sitemaps (sitemaps.org protocol 0.9): the site's page URLs in files of at most `limit` URLs
 * (`sitemap-0.xml`, `sitemap-1.xml`...; the protocol allows 50,000), and `sitemap-index.xml` listing them.
 * URLs are sorted by code unit, so the files do not depend on the machine's locale. Pure, free of Astro.
 */
import { escapeHtml } from './escape-html.ts';

export interface SitemapFile {
  name: string;
  xml: string;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** `urls`: absolute page URLs; `root`: the site's root URL (with its base), where the files go. */
export function sitemapFiles(urls: readonly string[], root: URL, limit = 45_000): SitemapFile[] {
  const sorted = [...urls].sort();
  const files: SitemapFile[] = [];
  for (let start = 0; start < Math.max(sorted.length, 1); start += limit) {
    const entries = sorted.slice(start, start + limit).map((url) => `<url><loc>${escapeHtml(url)}</loc></url>`);
    files.push({ name: `sitemap-${files.length}.xml`, xml: `${HEAD}<urlset xmlns="${NS}">${entries.join('')}</urlset>\n` });
  }
  const index = files.map(({ name }) => `<sitemap><loc>${escapeHtml(new URL(name, root).href)}</loc></sitemap>`);
  return [{ name: 'sitemap-index.xml', xml: `${HEAD}<sitemapindex xmlns="${NS}">${index.join('')}</sitemapindex>\n` }, ...files];
}
