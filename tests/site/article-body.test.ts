import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from './build-site.ts';

let real: string;
let hostile: string;
const page = (dist: string, route: string): Root => fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');

beforeAll(() => {
  real = buildSite('content');
  hostile = buildSite('tests/fixtures/hostile-site/content');
});
afterAll(() => {
  for (const dist of [real, hostile]) rmSync(path.dirname(dist), { recursive: true, force: true });
});

describe('the first article\'s text', () => {
  const route = 'articles/hamas-official-alleges-broken-us-promise';

  test('marks its claims inline, each with its status in words and a link to an existing claim page', () => {
    const claims = selectAll('.article-body [data-claim-id]', page(real, route));
    const ids = [...new Set(claims.map((claim) => String(claim.properties.dataClaimId)))];
    expect(ids.length).toBeGreaterThanOrEqual(4);
    for (const claim of claims) {
      const id = String(claim.properties.dataClaimId);
      const link = select(`a[href="/claims/${id}/"]`, claim);
      expect(link, id).toBeDefined();
      expect(text(link)).toMatch(/^Claim (by|from) .+, status: (Unverified|Disputed|Denied|Corroborated|Confirmed|False)$/);
      expect(existsSync(path.join(real, 'claims', id, 'index.html')), id).toBe(true);
    }
  });

  test('numbers its citations as the items of the source list, which link back to each citation', () => {
    const root = page(real, route);
    const items = selectAll('ol.source-list > li', root).map((li) => String(li.properties.id));
    const citations = selectAll('.article-body .citation a', root);
    expect(citations.length).toBeGreaterThanOrEqual(5);
    for (const link of citations) {
      const target = String(link.properties.href).slice(1);
      expect(items).toContain(target);
      expect(text(link)).toBe(`Source ${items.indexOf(target) + 1}`);
      const back = select(`#${target} a[href="#${String(link.properties.id)}"]`, root);
      expect(back, String(link.properties.id)).toBeDefined();
    }
  });

  test('links its party mentions to existing party pages', () => {
    const parties = selectAll('.article-body a.party', page(real, route));
    expect(parties.length).toBeGreaterThanOrEqual(5);
    for (const party of parties) expect(existsSync(path.join(real, String(party.properties.href), 'index.html')), String(party.properties.href)).toBe(true);
  });
});

describe('a site built from hostile content', () => {
  const SAFE_URL = /^(?:https?:|mailto:|[^:]*$)/i;
  const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'srcSet', 'poster', 'data', 'cite', 'xLinkHref', 'srcDoc'];
  const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'frame', 'frameset', 'base', 'template']);

  /** A status icon (src/schemas/status-looks.ts): circles and paths with drawing attributes only. */
  const DRAWING = new Set(['d', 'cx', 'cy', 'r', 'strokeDashArray']);
  const statusIcon = (node: Element) =>
    node.tagName === 'svg' &&
    String(node.properties.className) === 'status-icon' &&
    node.children.every(
      (child) =>
        child.type === 'element' && ['path', 'circle'].includes(child.tagName) && child.children.length === 0 && Object.keys(child.properties).every((key) => DRAWING.has(key)),
    );

  /**
   * The site's own: structured data (JSON that cannot close its element: no `<` in it), the bundled search
   * script, the search form, which has no action, the status icons, and the bars of its charts (an SVG of
   * plain rectangles).
   */
  const ownElement = (node: Element) =>
    statusIcon(node) ||
    (node.tagName === 'script' && node.properties.type === 'application/ld+json' && !toString(node).includes('<')) ||
    (node.tagName === 'svg' &&
      String(node.properties.className) === 'cb-bar' &&
      node.children.every((child) => child.type !== 'element' || (child.tagName === 'rect' && Object.keys(child.properties).every((name) => /^(x|y|width|height|dataAstroCid\w+)$/.test(name))))) ||
    (node.tagName === 'script' && String(node.properties.src ?? '').startsWith('/_astro/') && node.children.length === 0) ||
    (node.tagName === 'form' && node.properties.role === 'search' && node.properties.action === undefined);

  test('has no element, attribute or URL from the content that can run script', () => {
    const files = readdirSync(hostile, { recursive: true }).map(String).filter((file) => file.endsWith('.html'));
    expect(files).toContain(path.join('articles', 'hostile', 'index.html'));
    const found: string[] = [];
    for (const file of files) {
      const root = fromHtml(readFileSync(path.join(hostile, file), 'utf8'));
      if (selectAll('body style', root).length > 0) found.push(`${file}: <style> in the body`);
      for (const node of selectAll('*', root)) {
        const where = `${file}: <${node.tagName}>`;
        if (FORBIDDEN.has(node.tagName) && !ownElement(node)) found.push(where);
        for (const [name, value] of Object.entries(node.properties)) {
          if (/^on/i.test(name) || name === 'style') found.push(`${where} ${name}`);
          const url = String(value).replace(/[\s\u0000-\u001f]/g, '');
          if (URL_PROPERTIES.includes(name) && !SAFE_URL.test(url)) found.push(`${where} ${name}=${url}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('shows the hostile strings as text', () => {
    const root = page(hostile, 'articles/hostile');
    expect(text(select('h1', root))).toBe("<script>alert('title')</script> Hostile article");
    expect(text(select('.article-body a.party', root))).toBe('Mallory');
  });
});
