/**
 * A pull-request preview is served under a sub-path (`/pr-12/`), next to other previews: no link, script,
 * style, image or self-referencing URL may leave it, and every one must resolve. The site is built under
 * `<temp>/pr-12/` and served from `<temp>`, so a link that escapes the sub-path finds nothing.
 */
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freePort } from './free-port.ts';
import { buildSite } from './build-site.ts';

const BASE = '/pr-12/';
const SITE = 'https://preview.claimdesk.test';

let root: string;
let out: string;
let pages: string[];
let links: LinkResult[];
let origin: string;

/** Linkinator reports URLs on its local server relative to the server root (`pr-12/claims/`). */
const pathnameOf = (url: string) => (/^[a-z]+:/.test(url) ? new URL(url).pathname : `/${url.replace(/^\.\//, '')}`);

beforeAll(async () => {
  // A stray BASE_URL (Vitest itself exports one) must not override the configured base.
  const dist = buildSite('content', { BASE_PATH: BASE, SITE_URL: SITE, CLAIMDESK_PREVIEW_PR: '12', BASE_URL: '/' });
  root = path.dirname(dist);
  out = path.join(root, BASE);
  renameSync(dist, out);
  pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`; // linkinator serves on 127.0.0.1
  const result = await new LinkChecker().check({
    serverRoot: root,
    path: `${BASE.slice(1)}**/*.html`,
    port,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    concurrency: 8,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${SITE.replace(/\./g, '\\.')}`), replacement: origin }],
    // Nothing leaves the machine: every URL not on the local server is external, and skipped.
    linksToSkip: async (url: string) => !url.startsWith(origin) && !url.startsWith(SITE),
  });
  links = result.links;
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`a preview build (BASE_PATH=${BASE}, CLAIMDESK_PREVIEW_PR=12)`, () => {
  test('returns pages that all ask search engines not to index them', () => {
    const missing = pages.filter((page) => !readFileSync(path.join(out, page), 'utf8').includes('<meta name="robots" content="noindex, nofollow">'));
    expect(missing).toEqual([]);
  });

  test('returns pages that all show the preview banner', () => {
    const missing = pages.filter((page) => !readFileSync(path.join(out, page), 'utf8').includes('Preview of pull request #12: not published'));
    expect(missing).toEqual([]);
  });

  test('returns every page as scanned', () => {
    const scanned = new Set(links.filter((link) => link.state === LinkState.OK).map((link) => pathnameOf(link.url)));
    expect(pages.length).toBeGreaterThan(5);
    for (const page of pages) {
      const url = `${BASE}${page.split(path.sep).join('/')}`;
      expect(scanned.has(url) || scanned.has(url.replace(/index\.html$/, '')), url).toBe(true);
    }
  });

  test('returns no internal URL outside the sub-path', () => {
    const escaping = links
      .filter((link) => link.state !== LinkState.SKIPPED && !pathnameOf(link.url).startsWith(BASE))
      .map((link) => `${link.url} (on ${link.parent})`);
    expect(escaping).toEqual([]);
  });

  test('returns no broken internal link or fragment', () => {
    const broken = links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (${link.status}, on ${link.parent})`);
    expect(broken).toEqual([]);
  });
});
