import { describe, expect, test } from 'vitest';
import { sitemapFiles } from '../../src/formats/sitemap.ts';

const root = new URL('https://news.example/pr-5/');

describe('sitemapFiles', () => {
  test('returns an index and sitemaps of at most `limit` URLs, sorted by code unit and escaped', () => {
    const urls = ['https://news.example/pr-5/b/', 'https://news.example/pr-5/', 'https://news.example/pr-5/a/?x=1&y=2', 'https://news.example/pr-5/B/'];
    expect(sitemapFiles(urls, root, 3)).toEqual([
      {
        name: 'sitemap-index.xml',
        xml:
          '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          '<sitemap><loc>https://news.example/pr-5/sitemap-0.xml</loc></sitemap><sitemap><loc>https://news.example/pr-5/sitemap-1.xml</loc></sitemap></sitemapindex>\n',
      },
      {
        name: 'sitemap-0.xml',
        xml:
          '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
          '<url><loc>https://news.example/pr-5/</loc></url><url><loc>https://news.example/pr-5/B/</loc></url><url><loc>https://news.example/pr-5/a/?x=1&#38;y=2</loc></url></urlset>\n',
      },
      {
        name: 'sitemap-1.xml',
        xml: '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/pr-5/b/</loc></url></urlset>\n',
      },
    ]);
  });

  test('returns one empty sitemap when there are no pages', () => {
    expect(sitemapFiles([], root).map(({ name }) => name)).toEqual(['sitemap-index.xml', 'sitemap-0.xml']);
  });
});
