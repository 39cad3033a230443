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

  /**
   * The site's own drawings, inline SVG: the status icons (src/schemas/status-looks.ts), the bars of the count
   * charts, a party's mark and the status charts' bar and swatches. Only shapes, patterns, a title and text
   * inside, with drawing attributes, and a fill that points at a pattern of the same drawing: the only words
   * from the content in them (a mark's initials, a chart's title) are text.
   */
  const DRAWINGS = ['status-icon', 'cb-bar', 'party-mark', 'bar', 'swatch'];
  const DRAWN = new Set(['title', 'defs', 'pattern', 'g', 'rect', 'circle', 'path', 'text']);
  const DRAWING_ATTRIBUTE = /^(id|className|d|cx|cy|r|x|y|dy|width|height|fill|patternUnits|textAnchor|fontSize|strokeDashArray|dataAstroCid\w+)$/;
  const drawnOnly = (node: Element): boolean =>
    node.children.every(
      (child) =>
        child.type !== 'element' ||
        (DRAWN.has(child.tagName) &&
          Object.entries(child.properties).every(([name, value]) => DRAWING_ATTRIBUTE.test(name) && (name !== 'fill' || /^url\(#[\w-]+\)$/.test(String(value)))) &&
          drawnOnly(child)),
    );
  const ownDrawing = (node: Element) =>
    node.tagName === 'svg' && DRAWINGS.some((name) => (node.properties.className as string[] | undefined)?.includes(name)) && drawnOnly(node);

  /**
   * The site's own: structured data (JSON that cannot close its element: no `<` in it), the bundled search
   * script, the search form, which has no action, and its drawings.
   */
  const ownElement = (node: Element) =>
    ownDrawing(node) ||
    (node.tagName === 'script' && node.properties.type === 'application/ld+json' && !toString(node).includes('<')) ||
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

  test('keeps the words of pictures as text: alt, credit, licence, caption, and the initials of a mark', () => {
    const claim = select('.claim-head', page(hostile, 'claims/mallory-claim'))!;
    expect(select('img', claim)!.properties.alt).toBe('"><img src=x onerror="alert(\'alt\')">');
    expect(text(select('.picture-credit', claim))).toBe('Picture: <script>alert(\'credit\')</script> (" onmouseover="alert(1))');
    for (const [route, words] of [
      ['articles/hostile', '</figcaption><script>alert(\'lead-caption\')</script> <img src=x onerror="alert(\'lead-credit\')">'],
      ['', '<img src=x onerror="alert(\'lead-credit\')">'],
    ] as const) {
      const figure = select('.lead-picture', page(hostile, route))!;
      expect(select('img', figure)!.properties.alt, route).toBe('"><svg onload="alert(\'lead-alt\')">');
      expect(text(select('figcaption', figure)), route).toBe(words);
    }
    const mark = select('.claim-head svg.party-mark', page(hostile, 'claims/eve-claim'))!;
    expect(text(select('text', mark))).toBe('E');
    expect(text(select('.claimant-name', page(hostile, 'claims/eve-claim')))).toBe("<svg><script>alert('mark')</script></svg> Eve <foreignObject>");
  });

  test('shows the hostile strings as text', () => {
    const root = page(hostile, 'articles/hostile');
    expect(text(select('h1', root))).toBe("<script>alert('title')</script> Hostile article");
    expect(text(select('.article-body a.party', root))).toBe('Mallory');
  });
});
